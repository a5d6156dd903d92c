package cn.jianyi.feedback.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jianyi.assignment.Assignments;
import cn.jianyi.feedback.FeedbackManagement;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.shared.web.Flash;
import cn.jianyi.shared.web.Forms;
import cn.jianyi.suggestion.SuggestionQueries;

/** 重新办理: the congress office sends a case whose deputy was dissatisfied back to its lead unit. */
@Controller
@RequestMapping("/suggestions/{id}/rehandling")
@PreAuthorize("hasAuthority('feedback:rehandling:decide')")
class RehandlingController {

    private static final String VIEW = "feedback/rehandling";

    private final FeedbackManagement feedback;
    private final Assignments assignments;
    private final SuggestionQueries queries;
    private final Clock clock;

    RehandlingController(FeedbackManagement feedback, Assignments assignments, SuggestionQueries queries,
                         Clock clock) {
        this.feedback = feedback;
        this.assignments = assignments;
        this.queries = queries;
        this.clock = clock;
    }

    @ModelAttribute
    void context(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("caseFile", queries.details(id, me.dataScope()));
        if (!feedback.awaitsRehandlingDecision(id)) {
            throw new RuleViolation("feedback.rehandling.notDissatisfied");
        }
        model.addAttribute("feedbacks", feedback.latestRoundFeedbacks(id).stream()
                .filter(f -> f.satisfaction() == cn.jianyi.feedback.Satisfaction.DISSATISFIED).toList());
        model.addAttribute("deadline", assignments.rehandlingDeadlineFrom(id, LocalDate.now(clock)));
    }

    @GetMapping
    String initForm(Model model) {
        model.addAttribute("form", new RehandlingForm(null));
        return VIEW;
    }

    @PostMapping
    String processForm(@PathVariable long id, @Valid @ModelAttribute("form") RehandlingForm form,
                       BindingResult result, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return Forms.refused(result, redirect);
        }
        Optional<LocalDate> due = Forms.submitOnFields(result, () -> feedback.sendBackForRehandling(id, form.reason(),
                me.toActor()));
        if (due.isEmpty()) {
            return Forms.refused(result, redirect);
        }
        Flash.show(redirect, "rehandling.done", due.get());
        return "redirect:/suggestions/" + id;
    }
}
