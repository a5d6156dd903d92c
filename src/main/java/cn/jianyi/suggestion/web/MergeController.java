package cn.jianyi.suggestion.web;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.ui.Model;

import cn.jianyi.identity.CurrentUser;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.shared.web.Flash;
import cn.jianyi.shared.web.Forms;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionDetails;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.suggestion.SuggestionQueries;

/** 并案: the congress office merges a registered suggestion into another of the same content. */
@Controller
@RequestMapping("/suggestions/{id}/merge")
@PreAuthorize("hasAuthority('assignment:assign')")
class MergeController {

    private static final String VIEW = "suggestion/merge";

    private final SuggestionManagement suggestions;
    private final SuggestionQueries queries;

    MergeController(SuggestionManagement suggestions, SuggestionQueries queries) {
        this.suggestions = suggestions;
        this.queries = queries;
    }

    @ModelAttribute("caseFile")
    SuggestionDetails caseFile(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        SuggestionDetails details = queries.details(id, me.dataScope());
        if (details.status() != Suggestion.Status.REGISTERED) {
            throw new RuleViolation("suggestion.merge.sourceNotRegistered");
        }
        return details;
    }

    /** The form, with the number filled in when the clerk came from a similar case (类案: 并入第N号). */
    @GetMapping
    String initForm(@org.springframework.web.bind.annotation.RequestParam(required = false) String targetNumber,
                    Model model) {
        Integer number = targetNumber != null && targetNumber.strip().matches("\\d{1,6}")
                ? Integer.valueOf(targetNumber.strip()) : null;
        model.addAttribute("form", new MergeForm(number));
        return VIEW;
    }

    @PostMapping
    String processForm(@PathVariable long id, @Valid @ModelAttribute("form") MergeForm form, BindingResult result,
                       @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return Forms.refused(result, redirect);
        }
        if (!Forms.accepted(result, () -> suggestions.merge(id, form.targetNumber(), me.toActor()))) {
            return Forms.refused(result, redirect);
        }
        Flash.show(redirect, "merge.done", form.targetNumber());
        return "redirect:/suggestions/" + id;
    }
}
