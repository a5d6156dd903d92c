package cn.jianyi.publication.web;

import java.util.Arrays;
import java.util.Optional;

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

import cn.jianyi.identity.CurrentUser;
import cn.jianyi.publication.DecidePublicationCommand;
import cn.jianyi.publication.DeputyWish;
import cn.jianyi.publication.Publication;
import cn.jianyi.publication.PublicationQueries;
import cn.jianyi.publication.Publications;
import cn.jianyi.publication.TextField;
import cn.jianyi.publication.WithholdingGround;
import cn.jianyi.shared.web.Flash;
import cn.jianyi.shared.web.Forms;
import cn.jianyi.suggestion.Meetings;

/**
 * 公开 (the congress office): the list of publication records, the prepare page (the texts with their redactions
 * highlighted, undo per automatic match, manual marks, the deputy's wish), the decision and withdrawal. Every form
 * posts and redirects (ADR 0049); a record outside the clerk's congresses answers 404.
 */
@Controller
@PreAuthorize("hasAuthority('publication:decide')")
class PublicationController {

    private static final String LIST = "publication/list";
    private static final String PREPARE = "publication/prepare";

    private final Publications publications;
    private final PublicationQueries queries;
    private final Meetings meetings;

    PublicationController(Publications publications, PublicationQueries queries, Meetings meetings) {
        this.publications = publications;
        this.queries = queries;
        this.meetings = meetings;
    }

    @GetMapping("/publications")
    String list(@RequestParam(required = false) String meetingId, @RequestParam(required = false) String status,
                @AuthenticationPrincipal CurrentUser me, Model model) {
        var meetingChoices = meetings.within(me.dataScope());
        Long meeting = meetingChoices.stream().filter(m -> String.valueOf(m.id()).equals(meetingId))
                .map(m -> m.id()).findFirst().orElse(null);
        PublicationQueries.Filter filter = Arrays.stream(PublicationQueries.Filter.values())
                .filter(f -> f.name().equals(status)).findFirst().orElse(null);
        model.addAttribute("rows", queries.list(meeting, filter, me.dataScope()));
        model.addAttribute("meetings", meetingChoices);
        model.addAttribute("meetingId", meeting);
        model.addAttribute("status", filter);
        model.addAttribute("filters", PublicationQueries.Filter.values());
        model.addAttribute("today", queries.today());
        return LIST;
    }

    @GetMapping("/publications/{id}")
    String prepare(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("prep", publications.prepare(id, me.dataScope()));
        model.addAttribute("markForm", MarkForm.blank());
        Publication p = publications.get(id, me.dataScope());
        model.addAttribute("wishForm", new WishForm(p.deputyWish(), p.deputyWishNote()));
        model.addAttribute("summaryForm", new SummaryForm(p.summary()));
        model.addAttribute("decisionForm", DecisionForm.blank());
        model.addAttribute("withdrawForm", new WithdrawForm(null));
        model.addAttribute("grounds", WithholdingGround.values());
        model.addAttribute("wishes", DeputyWish.values());
        model.addAttribute("outcomes", DecidePublicationCommand.Outcome.values());
        model.addAttribute("timelineLink", "/suggestions/" + p.suggestionId());
        model.addAttribute("today", queries.today());
        model.addAttribute("copy", queries.copyOf(id).orElse(null));
        model.addAttribute("overdue", queries.overdueMark(p));
        return PREPARE;
    }

    /** 撤销: one automatic match, by where it starts in which text. */
    @PostMapping("/publications/{id}/undo")
    String undo(@PathVariable long id, @RequestParam TextField field, @RequestParam int start,
                @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        publications.undo(id, field, start, me.dataScope(), me.toActor());
        Flash.show(redirect, "publication.undone");
        return page(id);
    }

    /** 恢复: an undone match is removed again. */
    @PostMapping("/publications/{id}/exemptions/{exemptionId}/delete")
    String redo(@PathVariable long id, @PathVariable long exemptionId, @AuthenticationPrincipal CurrentUser me,
                RedirectAttributes redirect) {
        publications.redo(id, exemptionId, me.dataScope(), me.toActor());
        Flash.show(redirect, "publication.redone");
        return page(id);
    }

    @PostMapping("/publications/{id}/marks")
    String mark(@PathVariable long id, @ModelAttribute("markForm") MarkForm form, BindingResult result,
                @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        publications.get(id, me.dataScope());
        if (result.hasErrors() || Forms.submit(result, () -> publications.mark(form.toCommand(id, me.toActor()),
                me.dataScope())).isEmpty()) {
            return Forms.refused(result, redirect, "/publications/" + id);
        }
        Flash.show(redirect, "publication.marked");
        return page(id);
    }

    @PostMapping("/publications/{id}/marks/{markId}/delete")
    String unmark(@PathVariable long id, @PathVariable long markId, @AuthenticationPrincipal CurrentUser me,
                  RedirectAttributes redirect) {
        publications.unmark(id, markId, me.dataScope(), me.toActor());
        Flash.show(redirect, "publication.unmarked");
        return page(id);
    }

    @PostMapping("/publications/{id}/wish")
    String wish(@PathVariable long id, @ModelAttribute("wishForm") WishForm form, BindingResult result,
                @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        publications.get(id, me.dataScope());
        if (result.hasErrors() || !Forms.accepted(result, () -> publications.recordDeputyWish(id, form.wish(),
                form.note(), me.dataScope(), me.toActor()))) {
            return Forms.refused(result, redirect, "/publications/" + id);
        }
        Flash.show(redirect, "publication.wishRecorded");
        return page(id);
    }

    /** 建议摘要, where the rules publish a summary in place of the suggestion's text. */
    @PostMapping("/publications/{id}/summary")
    String summary(@PathVariable long id, @ModelAttribute("summaryForm") SummaryForm form, BindingResult result,
                   @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        publications.get(id, me.dataScope());
        if (result.hasErrors() || !Forms.accepted(result, () -> publications.summarise(id, form.summary(),
                me.dataScope(), me.toActor()))) {
            return Forms.refused(result, redirect, "/publications/" + id);
        }
        Flash.show(redirect, "publication.summarySaved");
        return page(id);
    }

    @PostMapping("/publications/{id}/decision")
    String decide(@PathVariable long id, @ModelAttribute("decisionForm") DecisionForm form, BindingResult result,
                  @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        publications.get(id, me.dataScope());
        Optional<Publication> decided = result.hasErrors() ? Optional.empty()
                : Forms.submit(result, () -> publications.decide(form.toCommand(id, me.toActor()), me.dataScope()));
        if (decided.isEmpty()) {
            return Forms.refused(result, redirect, "/publications/" + id);
        }
        Flash.show(redirect, decidedKey(decided.get().status()));
        return page(id);
    }

    /**
     * The decision addressed by the reply: a reply in the clerk's scope that is not signed has no record, and the
     * decision is refused (409 with the reason), as the prepare page's link for it is.
     */
    @PostMapping("/replies/{replyId}/publication/decision")
    String decideOnReply(@PathVariable long replyId, @ModelAttribute("decisionForm") DecisionForm form,
                         BindingResult result, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        return decide(publications.ofReply(replyId, me.dataScope()).id(), form, result, me, redirect);
    }

    @GetMapping("/replies/{replyId}/publication")
    String ofReply(@PathVariable long replyId, @AuthenticationPrincipal CurrentUser me) {
        return page(publications.ofReply(replyId, me.dataScope()).id());
    }

    @PostMapping("/publications/{id}/withdraw")
    String withdraw(@PathVariable long id, @ModelAttribute("withdrawForm") WithdrawForm form, BindingResult result,
                    @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        publications.get(id, me.dataScope());
        if (result.hasErrors() || Forms.submit(result, () -> publications.withdraw(id, form.reason(), me.dataScope(),
                me.toActor())).isEmpty()) {
            return Forms.refused(result, redirect, "/publications/" + id);
        }
        Flash.show(redirect, "publication.withdrawn");
        return page(id);
    }

    private static String decidedKey(Publication.Status status) {
        return switch (status) {
            case PARTLY_PUBLISHED -> "publication.decided.PARTLY_PUBLISHED";
            case WITHHELD -> "publication.decided.WITHHELD";
            default -> "publication.decided.PUBLISHED";
        };
    }

    private static String page(long id) {
        return "redirect:/publications/" + id;
    }
}
