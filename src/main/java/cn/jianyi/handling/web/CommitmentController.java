package cn.jianyi.handling.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jianyi.handling.Commitment;
import cn.jianyi.handling.FollowUpCommand;
import cn.jianyi.handling.ReplyQueries;
import cn.jianyi.handling.Commitments;
import cn.jianyi.handling.PromiseCommand;
import cn.jianyi.handling.Reply;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.shared.web.Flash;
import cn.jianyi.shared.web.Forms;
import cn.jianyi.suggestion.SuggestionQueries;

/** 跟踪办理: commitments on the unit's draft reply (by its handler, or its head from the signing view), and the follow-up reply or explanation that closes each. */
@Controller
class CommitmentController {

    private static final String FOLLOW_UP_VIEW = "handling/follow-up";

    private final ReplyQueries replyQueries;

    private final Commitments commitments;
    private final SuggestionQueries queries;
    private final Clock clock;

    CommitmentController(ReplyQueries replyQueries, Commitments commitments, SuggestionQueries queries,
                         Clock clock) {
        this.replyQueries = replyQueries;
        this.commitments = commitments;
        this.queries = queries;
        this.clock = clock;
    }

    @PostMapping("/replies/{replyId}/commitments")
    @PreAuthorize("hasAnyAuthority('handling:reply:draft', 'handling:reply:sign')")
    String promise(@PathVariable long replyId, @Valid @ModelAttribute("promiseForm") PromiseForm form,
                   BindingResult result, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        Reply reply = replyQueries.find(replyId).filter(r -> r.unitId().equals(me.unitId()))
                .orElseThrow(() -> new NotFoundException("reply", replyId));
        if (!result.hasErrors() && Forms.acceptedOnFields(result, () -> commitments.promise(new PromiseCommand(replyId,
                me.unitId(), form.description(), form.dueOn(), me.toActor())))) {
            Flash.show(redirect, "commitment.added");
            return "redirect:/replies/" + reply.id();
        }
        return Forms.refused(result, redirect, "/replies/" + reply.id() + "#commitments");
    }

    @PostMapping("/commitments/{id}/delete")
    @PreAuthorize("hasAnyAuthority('handling:reply:draft', 'handling:reply:sign')")
    String withdraw(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        Commitment commitment = commitments.findCommitment(id).filter(c -> c.unitId().equals(me.unitId()))
                .orElseThrow(() -> new NotFoundException("commitment", id));
        commitments.withdrawPromise(id, me.unitId());
        Flash.show(redirect, "commitment.removed");
        return "redirect:/replies/" + commitment.replyId();
    }

    @GetMapping("/commitments/{id}/follow-up")
    @PreAuthorize("hasAuthority('handling:commitment:follow-up')")
    String followUpForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        Commitment commitment = ownOpen(id, me);
        model.addAttribute("form", new FollowUpForm(null, null, LocalDate.now(clock)));
        return show(commitment, me, model);
    }

    @PostMapping("/commitments/{id}/follow-up")
    @PreAuthorize("hasAuthority('handling:commitment:follow-up')")
    String followUp(@PathVariable long id, @Valid @ModelAttribute("form") FollowUpForm form, BindingResult result,
                    @AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
        Commitment commitment = ownOpen(id, me);
        if (result.hasErrors()) {
            return Forms.refused(result, redirect);
        }
        if (!Forms.acceptedOnFields(result, () -> commitments.followUp(new FollowUpCommand(id, me.unitId(), form.outcome(),
                form.text(), form.on(), me.toActor())))) {
            return Forms.refused(result, redirect);
        }
        Flash.show(redirect, "followUp.done");
        return "redirect:/suggestions/" + commitment.suggestionId();
    }

    /** The unit's own commitment, of a reply already sent, on a case the user may see; closed ones answer 409. */
    private Commitment ownOpen(long id, CurrentUser me) {
        Commitment commitment = commitments.findCommitment(id)
                .filter(c -> c.unitId().equals(me.unitId()) && queries.isVisible(c.suggestionId(), me.dataScope()))
                .filter(c -> replyQueries.find(c.replyId()).map(Reply::isSigned).orElse(false))
                .orElseThrow(() -> new NotFoundException("commitment", id));
        if (!commitment.isOpen()) {
            throw new RuleViolation("handling.followUp.closed");
        }
        return commitment;
    }

    private String show(Commitment commitment, CurrentUser me, Model model) {
        model.addAttribute("caseFile", queries.details(commitment.suggestionId(), me.dataScope()));
        model.addAttribute("commitment", commitment);
        return FOLLOW_UP_VIEW;
    }

}
