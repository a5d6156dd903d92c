package cn.jianyi.feedback.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import cn.jianyi.assignment.RehandlingTerms;
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
    private final cn.jianyi.identity.Directory directory;

    RehandlingController(FeedbackManagement feedback, Assignments assignments, SuggestionQueries queries,
                         Clock clock, cn.jianyi.identity.Directory directory) {
        this.directory = directory;
        this.feedback = feedback;
        this.assignments = assignments;
        this.queries = queries;
        this.clock = clock;
    }

    @ModelAttribute
    void context(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        var caseFile = queries.details(id, me.dataScope());
        model.addAttribute("caseFile", caseFile);
        if (!feedback.awaitsRehandlingDecision(id)) {
            throw new RuleViolation("feedback.rehandling.notDissatisfied");
        }
        model.addAttribute("feedbacks", feedback.latestRoundFeedbacks(id).stream()
                .filter(f -> f.satisfaction() == cn.jianyi.feedback.Satisfaction.DISSATISFIED).toList());
        RehandlingTerms terms = assignments.rehandlingTerms(id, LocalDate.now(clock));
        model.addAttribute("deadline", terms.byRule());
        model.addAttribute("terms", terms);
        // the units that may be asked for an opinion: the congress's active units but those answering the deputy;
        // the case's co-units are marked (ADR 0047)
        var tasks = assignments.of(id);
        model.addAttribute("coUnitIdsOfCase", tasks.stream().filter(t -> t.isCoUnit()
                && t.status() != cn.jianyi.assignment.Assignment.Status.RETURNED).map(t -> t.unitId()).toList());
        var answering = tasks.stream().filter(t -> t.answersDeputy()).map(t -> t.unitId()).toList();
        model.addAttribute("units", directory.activeUnitsOf(caseFile.meeting().congressId()).stream()
                .filter(u -> !answering.contains(u.id())).toList());
    }

    @GetMapping
    String initForm(Model model) {
        RehandlingTerms terms = (RehandlingTerms) model.getAttribute("terms");
        model.addAttribute("form", new RehandlingForm(null, terms.byRule().due(), List.of(), terms.opinionByDefault()));
        return VIEW;
    }

    @PostMapping
    String processForm(@PathVariable long id, @Valid @ModelAttribute("form") RehandlingForm form,
                       BindingResult result, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return Forms.refused(result, redirect);
        }
        Optional<LocalDate> due = Forms.submitOnFields(result, () -> feedback.sendBackForRehandling(
                form.toCommand(id, me.toActor())));
        if (due.isEmpty()) {
            return Forms.refused(result, redirect);
        }
        Flash.show(redirect, "rehandling.done", due.get());
        return "redirect:/suggestions/" + id;
    }
}
