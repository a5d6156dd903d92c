package cn.jianyi.handling.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jianyi.handling.Replies;
import cn.jianyi.handling.ReplyQueries;
import cn.jianyi.handling.ReplyTemplates;
import cn.jianyi.handling.Countersignature;
import cn.jianyi.handling.Countersigning;
import cn.jianyi.handling.Commitments;
import cn.jianyi.handling.Publicity;
import cn.jianyi.handling.Reply;
import cn.jianyi.handling.ReplyClassChecks;
import cn.jianyi.handling.ReplyLetters;
import cn.jianyi.handling.SaveDraftCommand;
import cn.jianyi.handling.SignReplyCommand;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.Role;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.handling.CountersignCommand;
import cn.jianyi.handling.DraftChanges;
import cn.jianyi.handling.FeedbackDue;
import cn.jianyi.handling.ReplyLetter;
import cn.jianyi.handling.ReviewClassCommand;
import cn.jianyi.handling.TypesettingAdvice;
import cn.jianyi.rules.ClassificationScheme;
import cn.jianyi.rules.RuleSets;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.shared.web.Flash;
import cn.jianyi.shared.web.Forms;
import cn.jianyi.suggestion.CaseAction;
import cn.jianyi.suggestion.LatestCaseState;
import cn.jianyi.suggestion.SuggestionDetails;
import cn.jianyi.suggestion.SuggestionQueries;
import cn.jianyi.suggestion.TimelineVisibility;

/** 拟写答复 (handler), the letter page, and 签发 (unit head). */
@Controller
class ReplyController {

    private static final String FORM_VIEW = "handling/reply-form";
    private static final String LETTER_VIEW = "handling/reply";

    private final RuleSets ruleSets;
    private final cn.jianyi.identity.Directory directory;
    private final Replies replies;
    private final ReplyQueries replyQueries;
    private final ReplyTemplates replyTemplates;
    private final Countersigning countersigning;
    private final Commitments commitments;
    private final ReplyLetters letters;
    private final SuggestionQueries queries;
    private final Clock clock;
    private final ObjectProvider<TypesettingAdvice> typesetting;
    private final FeedbackDue feedbackDue;
    private final cn.jianyi.handling.DraftHandoffs handoffs;
    private final cn.jianyi.handling.DraftingContexts draftingContexts;
    private final ReplyClassChecks classChecks;

    ReplyController(cn.jianyi.handling.DraftHandoffs handoffs, cn.jianyi.handling.DraftingContexts draftingContexts,
                    Replies replies, ReplyQueries replyQueries, ReplyTemplates replyTemplates,
                    Countersigning countersigning, Commitments commitments, ReplyLetters letters,
                    SuggestionQueries queries, Clock clock, RuleSets ruleSets,
                    cn.jianyi.identity.Directory directory, ObjectProvider<TypesettingAdvice> typesetting,
                    FeedbackDue feedbackDue, ReplyClassChecks classChecks) {
        this.classChecks = classChecks;
        this.feedbackDue = feedbackDue;
        this.typesetting = typesetting;
        this.handoffs = handoffs;
        this.draftingContexts = draftingContexts;
        this.directory = directory;
        this.ruleSets = ruleSets;
        this.replies = replies;
        this.replyQueries = replyQueries;
        this.replyTemplates = replyTemplates;
        this.countersigning = countersigning;
        this.commitments = commitments;
        this.letters = letters;
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/suggestions/{id}/reply")
    @PreAuthorize("hasAuthority('handling:reply:draft')")
    String initDraftForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        SuggestionDetails details = queries.details(id, me.dataScope());
        replies.checkCanDraft(id, me.unitId());
        ReplyForm form = replyQueries.draftOf(id, me.unitId())
                .map(draft -> ReplyForm.of(draft.content(), commitments.onReply(draft.id()), draft.version()))
                .orElseGet(() -> {
                    var start = replyTemplates.draftStart(id, me.unitId());
                    return ReplyForm.of(start.content(), start.commitments(), SaveDraftCommand.NO_DRAFT);
                });
        return showForm(details, form, me, model);
    }

    @PostMapping("/suggestions/{id}/reply")
    @PreAuthorize("hasAuthority('handling:reply:draft')")
    String processDraftForm(@PathVariable long id, @Valid @ModelAttribute("form") ReplyForm form,
                            BindingResult result, @AuthenticationPrincipal CurrentUser me,
                            RedirectAttributes redirect) {
        queries.details(id, me.dataScope());                // outside the user's scope: 404
        var command = new SaveDraftCommand(id, me.unitId(), form.toContent(), me.toActor(), form.toDraftCommitments(),
                form.version());
        // one round: the form's own checks and every rule the draft would be refused by, beside their fields
        for (RuleViolation refusal : replies.refusalsOf(command)) {
            if (refusal.field() == null || !result.hasFieldErrors(refusal.field())) {
                Forms.reject(result, refusal);
            }
        }
        if (result.hasErrors()) {
            return Forms.refused(result, redirect);
        }
        if (!Forms.accepted(result, () -> replies.saveDraft(command))) {
            // another's newer draft: the latest on the case, and this text kept to send again knowingly (ADR 0065)
            return Forms.refused(Forms.showLatest(result, () -> LatestCaseState.of(
                    queries.details(id, me.dataScope()), me.roles().primary(), clock.getZone()),
                    () -> form.withVersion(replyQueries.draftOf(id, me.unitId()).map(Reply::version)
                            .orElse(SaveDraftCommand.NO_DRAFT))), redirect);
        }
        Flash.show(redirect, "reply.saved");
        return "redirect:/suggestions/" + id;
    }

    /** htmx: the letter as it would look with what is in the form now. */
    @PostMapping("/suggestions/{id}/reply/preview")
    @PreAuthorize("hasAuthority('handling:reply:draft')")
    String preview(@PathVariable long id, @ModelAttribute("form") ReplyForm form, BindingResult ignored,
                   @AuthenticationPrincipal CurrentUser me, Model model) {
        SuggestionDetails details = queries.details(id, me.dataScope());
        replies.checkCanDraft(id, me.unitId());
        addLetter(model, letters.preview(id, me.unitId(), form.toContent()));
        addDraftClassCheck(model, ruleSets.schemeForMeeting(details.suggestion().meetingId()), form);
        return "handling/preview :: preview";
    }

    @GetMapping("/replies/{replyId}")
    @PreAuthorize("hasAuthority('suggestion:read')")
    String show(@PathVariable long replyId, @AuthenticationPrincipal CurrentUser me, Model model) {
        Reply reply = visibleReply(replyId, me);
        model.addAttribute("signForm", new SignForm(LocalDate.now(clock), reply.version()));
        return showLetter(reply, me, model);
    }

    @PostMapping("/replies/{replyId}/sign")
    @PreAuthorize("hasAuthority('handling:reply:sign')")
    String sign(@PathVariable long replyId, @Valid @ModelAttribute("signForm") SignForm form, BindingResult result,
                @AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
        Reply reply = visibleReply(replyId, me);
        if (!me.unitId().equals(reply.unitId())) {
            throw new NotFoundException("reply", replyId);
        }
        if (result.hasErrors()) {
            return Forms.refused(result, redirect, "/replies/" + replyId);
        }
        Optional<Reply> signed;
        try {
            signed = Forms.submitOnFields(result, () -> replies.sign(new SignReplyCommand(replyId, me.unitId(),
                    form.signedOn(), me.toActor(), form.version())));
        } catch (RuleViolation violation) {
            if (!canSign(reply, me, queries.details(reply.suggestionId(), me.dataScope()))) {
                throw violation;               // e.g. already signed: no form to show it on, the refusal page says why
            }
            Forms.reject(result, violation);
            signed = Optional.empty();
        }
        if (signed.isEmpty()) {
            // the draft changed since the head read it: the letter shown again is the latest (ADR 0065)
            var refusal = Forms.showLatest(result, () -> LatestCaseState.of(queries.details(reply.suggestionId(),
                    me.dataScope()), me.roles().primary(), clock.getZone()), () -> new SignForm(form.signedOn(),
                    replyQueries.find(replyId).map(Reply::version).orElse(null)));
            return Forms.refused(refusal, redirect, "/replies/" + replyId);   // the letter stays in view
        }
        Flash.show(redirect, "reply.sign.done", signed.get().documentNumber());
        return "redirect:/suggestions/" + signed.get().suggestionId();
    }

    @PostMapping("/replies/{replyId}/countersign")
    @PreAuthorize("hasAuthority('handling:opinion:give')")
    String countersign(@PathVariable long replyId, @RequestParam(required = false) String remark,
                       @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        Reply reply = visibleReply(replyId, me);
        countersigning.countersign(new CountersignCommand(reply.id(), me.unitId(), remark, me.toActor()));
        Flash.show(redirect, "countersign.done");
        return "redirect:/replies/" + replyId;
    }

    @PostMapping("/replies/{replyId}/review")
    @PreAuthorize("hasAuthority('handling:reply:review')")
    String review(@PathVariable long replyId, @Valid @ModelAttribute("reviewForm") ReviewForm form,
                  BindingResult result, @AuthenticationPrincipal CurrentUser me, Model model,
                  RedirectAttributes redirect) {
        Reply reply = visibleReply(replyId, me);
        if (result.hasErrors()) {
            return Forms.refused(result, redirect, "/replies/" + replyId);
        }
        // not signed, or reviewed already: the refusal page says why
        if (!Forms.acceptedOnFields(result, () -> replies.reviewClass(new ReviewClassCommand(replyId,
                form.classification(), form.reason(), me.toActor())))) {
            return Forms.refused(result, redirect, "/replies/" + replyId);
        }
        Flash.show(redirect, "review.done");
        return "redirect:/replies/" + replyId;
    }

    /**
     * A reply is visible to whoever may see its case; a draft only to its own unit and the congress and supervision
     * offices, never to deputies.
     */
    private Reply visibleReply(long replyId, CurrentUser me) {
        return replyQueries.visibleTo(replyId, me);
    }

    /** The head of the reply's unit may sign a draft while its case is in handling. */
    private static boolean canSign(Reply reply, CurrentUser me, SuggestionDetails details) {
        return !reply.isSigned() && me.can("handling:reply:sign") && reply.unitId().equals(me.unitId())
                && details.status().acceptsReplies();
    }

    /** A deputy who is to answer rates the case's latest signed reply from its page (评价答复). */
    private boolean canRate(Reply reply, CurrentUser me) {
        return me.deputyId() != null && me.can("feedback:submit") && reply.isSigned()
                && replyQueries.latestSigned(reply.suggestionId()).map(r -> r.id().equals(reply.id())).orElse(false)
                && feedbackDue.awaitsAnswerFrom(reply.suggestionId(), me.deputyId());
    }

    private String showLetter(Reply reply, CurrentUser me, Model model) {
        SuggestionDetails details = queries.details(reply.suggestionId(), me.dataScope());
        model.addAttribute("caseFile", details);
        model.addAttribute("reply", reply);
        addLetter(model, letters.of(reply));
        model.addAttribute("canSign", canSign(reply, me, details));
        model.addAttribute("canRate", canRate(reply, me));
        // the class review is the offices' deliberation: who reads it is decided with its timeline entries
        model.addAttribute("showsReview", TimelineVisibility.reads(CaseAction.REVIEW_CLASS, me.roles().primary()));
        ClassificationScheme scheme = ruleSets.scheme(reply.classificationScheme());
        model.addAttribute("scheme", scheme);
        if (!me.has(Role.DEPUTY)) {
            var versions = replies.versionsOf(reply.id());
            model.addAttribute("versions", DraftChanges.of(versions, c -> scheme.codeOf(c.name())));
            model.addAttribute("people", directory.namesOf(versions.stream().map(v -> v.draftedBy()).toList()));
        }
        // 分类一致性提示: the unit's staff and the offices, never the deputy (ADR 0062)
        model.addAttribute("classWarnings", me.has(Role.DEPUTY) ? List.of() : classChecks.of(reply));
        model.addAttribute("classMark", scheme.codeOf(reply.classification().name()));
        model.addAttribute("commitments", commitments.onReply(reply.id()));
        model.addAttribute("carriedIds", commitments.carriedBy(reply.id()));
        model.addAttribute("commitmentExpected", scheme.byLetter(reply.classification().name())
                .map(c -> c.impliesCommitment()).orElse(false));
        boolean ownUnit = reply.unitId().equals(me.unitId());
        // the handler while the draft is with him, the head on any draft of the unit (from the signing view, ADR 0045)
        boolean canPromise = ownUnit && (reply.stage() == Reply.Stage.DRAFT && me.can("handling:reply:draft")
                || !reply.isSigned() && me.can("handling:reply:sign"));
        model.addAttribute("canPromise", canPromise);
        boolean canComment = ownUnit && !reply.isSigned() && me.can("handling:reply:sign")
                && details.status().acceptsReplies();
        model.addAttribute("canComment", canComment);
        model.addAttribute("canSubmit", ownUnit && reply.stage() == Reply.Stage.DRAFT && me.can("handling:reply:draft")
                && details.status().acceptsReplies());
        if (canComment && !model.containsAttribute("commentForm")) {
            model.addAttribute("commentForm", new CommentForm(null));
        }
        model.addAttribute("comments", reply.isSigned() || !ownUnit && !me.readsEveryCase() ? List.of()
                : handoffs.commentsOn(reply.id()));
        if (canSign(reply, me, details)) {
            model.addAttribute("nextNumber", replies.numberOnSigning(reply, LocalDate.now(clock).getYear()));
        }
        if (canPromise && !model.containsAttribute("promiseForm")) {
            model.addAttribute("promiseForm", new PromiseForm(null, null));
        }
        var names = new java.util.HashMap<Long, String>();
        // Countersignatures are timeline entries of their kind: who reads them, and their remarks, is decided there.
        var countersigned = !TimelineVisibility.reads(CaseAction.COUNTERSIGN, me.roles().primary()) ? List.<Countersignature>of()
                : countersigning.countersignaturesOf(reply.id()).stream()
                        .map(c -> TimelineVisibility.readsRemarksOf(CaseAction.COUNTERSIGN, me.roles().primary()) ? c
                                : c.withoutRemark()).toList();
        countersigned.forEach(c -> names.put(c.unitId(), directory.unit(c.unitId()).shortName()));
        model.addAttribute("countersignatures", countersigned);
        model.addAttribute("countersignUnitNames", names);
        model.addAttribute("canCountersign", me.unitId() != null && me.can("handling:opinion:give")
                && countersigning.mayCountersign(reply, me.unitId()));
        boolean canReview = reply.isSigned() && !reply.isReviewed() && me.can("handling:reply:review");
        model.addAttribute("canReview", canReview);
        if (canReview && !model.containsAttribute("reviewForm")) {
            model.addAttribute("reviewForm", new ReviewForm(reply.classification(), null));
        }
        return LETTER_VIEW;
    }

    private String showForm(SuggestionDetails details, ReplyForm form, CurrentUser me, Model model) {
        model.addAttribute("caseFile", details);
        model.addAttribute("form", form);
        model.addAttribute("drafting", draftingContexts.of(details.id(), me.unitId()));
        model.addAttribute("carriedIds", commitments.openFromEarlierRounds(details.id(), me.unitId()).stream()
                .map(cn.jianyi.handling.Commitment::id).collect(java.util.stream.Collectors.toSet()));
        var scheme = ruleSets.schemeForMeeting(details.suggestion().meetingId());
        model.addAttribute("promisingClasses", scheme.classes().stream().filter(c -> c.impliesCommitment())
                .map(c -> c.letter()).toList());
        model.addAttribute("classifications", ruleSets.schemeForMeeting(details.suggestion().meetingId()).classes());
        model.addAttribute("publicities", Publicity.values());
        addLetter(model, letters.preview(details.id(), me.unitId(), form.toContent()));
        addDraftClassCheck(model, scheme, form);
        return FORM_VIEW;
    }

    /** 分类一致性提示 on what is typed now; a commitment row with its date counts as the deadline (ADR 0062). */
    private void addDraftClassCheck(Model model, ClassificationScheme scheme, ReplyForm form) {
        boolean dated = form.commitments().stream().anyMatch(c -> c.dueOn() != null);
        model.addAttribute("classWarnings", classChecks.ofDraft(scheme.code(), form.classification(), form.body(),
                dated));
        model.addAttribute("classMark", form.classification() == null ? ""
                : scheme.codeOf(form.classification().name()));
    }

    /** The letter, and for a draft what its author should know about its typesetting (fallback glyphs, emoji). */
    private void addLetter(Model model, ReplyLetter letter) {
        model.addAttribute("letter", letter);
        TypesettingAdvice advice = typesetting.getIfAvailable();
        model.addAttribute("typesetting", letter.isDraft() && advice != null ? advice.warnings(letter) : List.of());
    }
}
