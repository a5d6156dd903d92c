package cn.jianyi.handling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.assignment.Assignments;
import cn.jianyi.identity.Directory;
import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.rules.ClassificationScheme;
import cn.jianyi.rules.RuleSets;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.suggestion.CaseAction;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionManagement;

/**
 * 办理与答复: draft and revise the unit's reply, sign it, and the office's review of its class. Signing asks
 * {@link SignReadiness} for its preconditions. Ten collaborators, because signing numbers the letter, closes the
 * unit's task and answers the case in one transaction; the reads live in {@link ReplyQueries}.
 */
@Service
@Transactional
public class Replies {

    private final ReplyRepository replies;
    private final ReplyVersionRepository versions;
    private final SuggestionManagement suggestions;
    private final Assignments assignments;
    private final RuleSets ruleSets;
    private final SignReadiness readiness;
    private final DocumentNumberAllocator numbers;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Commitments commitments;

    Replies(ReplyRepository replies, ReplyVersionRepository versions, SuggestionManagement suggestions,
            Assignments assignments, RuleSets ruleSets, SignReadiness readiness,
            DocumentNumberAllocator numbers, Directory directory, ApplicationEventPublisher events, Clock clock,
            Commitments commitments) {
        this.commitments = commitments;
        this.replies = replies;
        this.versions = versions;
        this.suggestions = suggestions;
        this.assignments = assignments;
        this.ruleSets = ruleSets;
        this.readiness = readiness;
        this.numbers = numbers;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** Refuses with the reason when the unit may not write a reply on the case now. */
    @Transactional(readOnly = true)
    public void checkCanDraft(long suggestionId, long unitId) {
        Suggestion suggestion = suggestions.get(suggestionId);
        ReplyPolicies.unitMayDraft(suggestion, unitId, assignments.taskOf(suggestionId, unitId).orElse(null))
                .orThrow();
        ReplyPolicies.draftWithTheHandler(replies.findBySuggestionIdOrderByRoundAscIdAsc(suggestionId).stream()
                .filter(r -> r.unitId() == unitId && !r.isSigned()).findFirst()).orThrow();
    }

    /**
     * Every refusal of the draft's fields at once (one round of validation, ADR 0045): the class outside the scheme,
     * a class that implies commitments without one, a commitment's missing text or a date not after today. Nothing
     * is saved; {@link #saveDraft} refuses with the first.
     */
    @Transactional(readOnly = true)
    public List<RuleViolation> refusalsOf(SaveDraftCommand command) {
        Suggestion suggestion = suggestions.get(command.suggestionId());
        ClassificationScheme scheme = ruleSets.schemeForMeeting(suggestion.meetingId());
        var refusals = new java.util.ArrayList<RuleViolation>();
        ResolutionCategory classification = command.content().classification();
        if (classification == null) {
            refusals.add(RuleViolation.onField("classification", "handling.reply.classRequired"));
        } else if (ReplyPolicies.classInScheme(classification, scheme) instanceof cn.jianyi.shared.Decision.Rejected r) {
            refusals.add(RuleViolation.onField("classification", r.reasonKey(), r.args()));
        }
        if (command.commitments() != null) {
            boolean promising = classification != null && scheme.byLetter(classification.name())
                    .map(c -> c.impliesCommitment()).orElse(false);
            if (promising && command.commitments().isEmpty()) {
                refusals.add(RuleViolation.onField("commitments", "handling.commitment.requiredForClass",
                        scheme.codeOf(classification.name())));
            }
            refusals.addAll(commitments.refusals(suggestion.id(), command.unitId(), command.commitments()));
        }
        return refusals;
    }

    /** Saves the unit's draft for the current round: creates it, or revises the existing draft. */
    public Reply saveDraft(SaveDraftCommand command) {
        Suggestion suggestion = suggestions.get(command.suggestionId());
        ReplyPolicies.caseIsInHandling(suggestion).orThrow();
        ReplyPolicies.onlyLeadUnitReplies(suggestion, command.unitId()).orThrow();
        ClassificationScheme scheme = ruleSets.schemeForMeeting(suggestion.meetingId());
        refusalsOf(command).stream().findFirst().ifPresent(refusal -> {
            throw refusal;
        });
        ReplyPolicies.partNotYetAnswered(assignments.startWork(suggestion.id(), command.unitId(), command.actor()))
                .orThrow();
        List<Reply> ofCase = replies.findBySuggestionIdOrderByRoundAscIdAsc(suggestion.id());
        int round = (int) ofCase.stream().filter(r -> r.unitId() == command.unitId() && r.isSigned()).count() + 1;
        Instant now = clock.instant();
        Optional<Reply> draft = ofCase.stream().filter(r -> r.unitId() == command.unitId() && !r.isSigned())
                .findFirst();
        cn.jianyi.shared.StaleVersion.check("draft of suggestion", suggestion.id(), command.readVersion(),
                draft.map(Reply::version).orElse(SaveDraftCommand.NO_DRAFT));
        ReplyPolicies.draftWithTheHandler(draft).orThrow();
        Reply reply;
        if (draft.isPresent()) {
            reply = draft.get();
            reply.revise(command.content(), scheme.code(), command.actor().username(), now);
        } else {
            reply = Reply.draft(suggestion.id(), command.unitId(), round, command.content(), scheme.code(),
                    command.actor().username(), now);
        }
        reply = replies.save(reply);
        if (command.commitments() != null) {
            commitments.keepWithDraft(reply, command.commitments(), command.actor().username());
        }
        int versionNo = versions.findByReplyIdOrderByVersionNo(reply.id()).size() + 1;
        versions.save(ReplyVersion.of(reply, versionNo));
        suggestions.recordActivity(suggestion.id(), CaseAction.DRAFT_REPLY, command.actor(),
                "第" + round + "轮答复稿第" + versionNo + "稿，拟分类：" + scheme.codeOf(command.content().classification().name()));
        return reply;
    }

    /**
     * 签发: numbers the reply, fixes signer and date, and marks the case replied. Refuses with the first rejected
     * precondition of {@link SignReadiness}.
     */
    public Reply sign(SignReplyCommand command) {
        Reply reply = replies.findById(command.replyId())
                .filter(r -> r.unitId() == command.unitId())
                .orElseThrow(() -> new NotFoundException("reply", command.replyId()));
        cn.jianyi.shared.StaleVersion.check("reply", reply.id(), command.readVersion(), reply.version());
        Suggestion suggestion = suggestions.get(reply.suggestionId());
        SignReadiness.firstRejectedOrThrow(
                readiness.of(reply, suggestion, command.signedOn(), LocalDate.now(clock)));
        assignments.startWork(suggestion.id(), reply.unitId(), command.actor());
        HandlingUnit unit = directory.unit(reply.unitId());
        DocumentNumber number = numbers.next(unit, command.signedOn().getYear());
        reply.sign(number, unit, command.actor().displayName(), command.signedOn(), clock.instant());
        Reply saved = replies.save(reply);
        boolean allAnswered = assignments.markReplied(suggestion.id(), reply.unitId());
        String remark = number + "，分类：" + ruleSets.scheme(reply.classificationScheme())
                .codeOf(reply.classification().name()) + "，签发人：" + command.actor().displayName();
        if (suggestion.isSeparatelyHandled()) {
            var parts = assignments.answeredParts(suggestion.id());
            remark += "；分办单位已答复" + parts.answered() + "/" + parts.of();
        }
        if (allAnswered) {
            suggestions.markReplied(suggestion.id(), command.actor(), remark);
        } else {                            // 分办: the case is answered when every unit has answered its part
            suggestions.recordActivity(suggestion.id(), CaseAction.SIGN_REPLY, command.actor(), remark);
        }
        events.publishEvent(new ReplySigned(saved.id(), suggestion.id(), saved.unitId(), saved.round(),
                number.toString(), saved.classification(), saved.signedOn(), allAnswered, command.actor().username()));
        return saved;
    }

    /**
     * 审核分类 by the congress or supervision office: confirms the unit's class or changes it (within the reply's
     * scheme) with a reason; recorded on the timeline, both classes kept.
     */
    public Reply reviewClass(ReviewClassCommand command) {
        Reply reply = replies.findById(command.replyId())
                .orElseThrow(() -> new NotFoundException("reply", command.replyId()));
        if (!reply.isSigned()) {
            throw new RuleViolation("handling.review.notSigned");
        }
        if (reply.isReviewed()) {
            throw new RuleViolation("handling.review.alreadyReviewed");
        }
        ClassificationScheme scheme = ruleSets.scheme(reply.classificationScheme());
        ReplyPolicies.classInScheme(command.classification(), scheme).orThrowOn("classification");
        boolean changed = command.classification() != reply.classification();
        String reason = command.reason();
        ReplyPolicies.reasonForAChangedClass(changed, reason).orThrowOn("reason");
        reply.review(command.classification(), reason, command.actor().username(), clock.instant());
        Reply saved = replies.save(reply);
        String from = scheme.codeOf(reply.classification().name());
        String to = scheme.codeOf(command.classification().name());
        suggestions.recordActivity(reply.suggestionId(), CaseAction.REVIEW_CLASS, command.actor(),
                changed ? "第" + reply.round() + "轮答复分类由" + from + "调整为" + to + "；理由：" + reason
                        : "第" + reply.round() + "轮答复分类" + from + "，审核确认" + (reason == null ? "" : "；" + reason));
        events.publishEvent(new ReplyClassReviewed(saved.id(), saved.suggestionId(), command.classification(), changed,
                command.actor().username()));
        return saved;
    }

    /**
     * 签发 preview: the document number the reply would take if signed in {@code year}, as things stand (the signing
     * allocates it; ADR 0045).
     */
    @Transactional(readOnly = true)
    public DocumentNumber numberOnSigning(Reply reply, int year) {
        return numbers.peek(directory.unit(reply.unitId()), year);
    }

    /** Every saved version of a reply, oldest first. */
    @Transactional(readOnly = true)
    public List<ReplyVersion> versionsOf(long replyId) {
        return versions.findByReplyIdOrderByVersionNo(replyId);
    }
}
