package cn.jianyi.handling.web;

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
import cn.jianyi.handling.CoUnitOpinions;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.shared.web.Flash;
import cn.jianyi.shared.web.Forms;
import cn.jianyi.suggestion.LatestCaseState;
import cn.jianyi.suggestion.SuggestionQueries;

/** 协办意见: a co-unit writes its opinion to the lead unit. */
@Controller
@RequestMapping("/suggestions/{id}/opinion")
@PreAuthorize("hasAuthority('handling:opinion:give')")
class OpinionController {

    private static final String VIEW = "handling/opinion-form";

    private final CoUnitOpinions coUnitOpinions;
    private final Assignments assignments;
    private final SuggestionQueries queries;

    private final java.time.Clock clock;

    OpinionController(CoUnitOpinions coUnitOpinions, Assignments assignments, SuggestionQueries queries,
                      java.time.Clock clock) {
        this.clock = clock;
        this.coUnitOpinions = coUnitOpinions;
        this.assignments = assignments;
        this.queries = queries;
    }

    @ModelAttribute
    void context(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        var details = queries.details(id, me.dataScope());
        model.addAttribute("caseFile", details);
        try {
            coUnitOpinions.checkCanGiveOpinion(id, me.unitId());
        } catch (cn.jianyi.shared.RuleViolation refusal) {
            if (!"handling.opinion.alreadyGiven".equals(refusal.reasonKey())) {
                throw refusal;
            }
            // e.g. a colleague sent it meanwhile: say who and when (ADR 0065)
            throw new cn.jianyi.shared.RuleViolation("handling.opinion.alreadyGivenBy",
                    LatestCaseState.of(details, me.roles().primary(), clock.getZone()));
        }
        model.addAttribute("task", assignments.taskOf(id, me.unitId()).orElseThrow());
    }

    @GetMapping
    String initForm(Model model) {
        model.addAttribute("form", new OpinionForm(null,
                ((cn.jianyi.assignment.Assignment) model.getAttribute("task")).version()));
        return VIEW;
    }

    @PostMapping
    String processForm(@PathVariable long id, @Valid @ModelAttribute("form") OpinionForm form, BindingResult result,
                       @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return Forms.refused(result, redirect);
        }
        if (!Forms.acceptedOnFields(result, () -> coUnitOpinions.giveOpinion(form.toCommand(id, me.unitId(),
                me.toActor())))) {
            var task = assignments.taskOf(id, me.unitId());
            return Forms.refused(Forms.showLatest(result, () -> LatestCaseState.of(queries.details(id,
                    me.dataScope()), me.roles().primary(), clock.getZone()),
                    () -> new OpinionForm(form.opinion(), task.map(cn.jianyi.assignment.Assignment::version)
                            .orElse(null))), redirect);
        }
        Flash.show(redirect, "opinion.given");
        return "redirect:/suggestions/" + id;
    }
}
