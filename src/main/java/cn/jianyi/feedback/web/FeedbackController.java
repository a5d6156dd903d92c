package cn.jianyi.feedback.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
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

import cn.jianyi.feedback.Feedback;
import cn.jianyi.feedback.FeedbackManagement;
import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.handling.Reply;
import cn.jianyi.handling.ReplyLetters;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.shared.web.ClientRequests;
import cn.jianyi.shared.web.Flash;
import cn.jianyi.shared.web.Forms;
import cn.jianyi.suggestion.SuggestionQueries;

/** The deputy's feedback form (on the phone) and the clerk's 办结. */
@Controller
class FeedbackController {

    private static final String VIEW = "feedback/feedback";

    private final FeedbackManagement feedback;
    private final ReplyLetters letters;
    private final SuggestionQueries queries;
    private final Clock clock;

    FeedbackController(FeedbackManagement feedback, ReplyLetters letters, SuggestionQueries queries, Clock clock) {
        this.feedback = feedback;
        this.letters = letters;
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/suggestions/{id}/feedback")
    @PreAuthorize("hasAuthority('feedback:submit')")
    String initForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model,
                    RedirectAttributes redirect) {
        queries.details(id, me.dataScope());
        Reply reply;
        try {
            reply = feedback.checkCanGiveFeedback(id, me.deputyId());
        } catch (RuleViolation noAnswerDue) {
            // an old 请评价 notice or a bookmark: her case page, where her answer (or why none is asked) stands
            Flash.show(redirect, noAnswerDue.reasonKey(), noAnswerDue.args());
            return "redirect:/suggestions/" + id;
        }
        model.addAttribute("form", new FeedbackForm(null, null, null, null));
        return show(id, reply, me, model);
    }

    @PostMapping("/suggestions/{id}/feedback")
    @PreAuthorize("hasAuthority('feedback:submit')")
    String processForm(@PathVariable long id, @Valid @ModelAttribute("form") FeedbackForm form, BindingResult result,
                       @AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect,
                       HttpServletRequest request) {
        queries.details(id, me.dataScope());
        Reply reply = feedback.checkCanGiveFeedback(id, me.deputyId());
        if (result.hasErrors()) {
            return Forms.refused(result, redirect);
        }
        if (!Forms.accepted(result, () -> feedback.submit(form.toCommand(id, me.deputyId(), LocalDate.now(clock), me.toActor(),
                ClientRequests.of(request))))) {
            return Forms.refused(result, redirect);
        }
        Flash.show(redirect, "feedback.done");
        return "redirect:/suggestions/" + id;
    }

    /** 更正评价: the deputy's own current answer, corrected by a new record that supersedes it. */
    @GetMapping("/suggestions/{id}/feedback/correction")
    @PreAuthorize("hasAuthority('feedback:submit')")
    String initCorrection(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        queries.details(id, me.dataScope());
        Feedback answer = feedback.correctableAnswer(id, me.deputyId());
        model.addAttribute("form", CorrectionForm.of(answer));
        return showCorrection(id, answer, me, model);
    }

    @PostMapping("/suggestions/{id}/feedback/correction")
    @PreAuthorize("hasAuthority('feedback:submit')")
    String processCorrection(@PathVariable long id, @Valid @ModelAttribute("form") CorrectionForm form,
                             BindingResult result, @AuthenticationPrincipal CurrentUser me, Model model,
                             RedirectAttributes redirect, HttpServletRequest request) {
        queries.details(id, me.dataScope());
        Feedback answer = feedback.correctableAnswer(id, me.deputyId());
        if (result.hasErrors()) {
            return Forms.refused(result, redirect);
        }
        if (!Forms.accepted(result, () -> feedback.correct(form.toCommand(answer.id(), me.deputyId(), LocalDate.now(clock), me.toActor(),
                ClientRequests.of(request))))) {
            return Forms.refused(result, redirect);
        }
        Flash.show(redirect, "feedback.correction.done");
        return "redirect:/suggestions/" + id;
    }

    private String showCorrection(long id, Feedback answer, CurrentUser me, Model model) {
        model.addAttribute("caseFile", queries.details(id, me.dataScope()));
        model.addAttribute("answer", answer);
        model.addAttribute("satisfactions", Satisfaction.values());
        return "feedback/correction";
    }

    @PostMapping("/suggestions/{id}/close")
    @PreAuthorize("hasAuthority('case:close')")
    String close(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        queries.details(id, me.dataScope());
        feedback.close(id, me.toActor());
        Flash.show(redirect, "close.done");
        return "redirect:/suggestions/" + id;
    }

    private String show(long id, Reply reply, CurrentUser me, Model model) {
        model.addAttribute("caseFile", queries.details(id, me.dataScope()));
        model.addAttribute("letter", letters.of(reply));
        model.addAttribute("satisfactions", Satisfaction.values());
        model.addAttribute("today", LocalDate.now(clock));
        return VIEW;
    }
}
