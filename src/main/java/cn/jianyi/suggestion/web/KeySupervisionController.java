package cn.jianyi.suggestion.web;

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

import cn.jianyi.identity.CurrentUser;
import cn.jianyi.shared.web.Flash;
import cn.jianyi.shared.web.Forms;
import cn.jianyi.suggestion.KeySupervision;
import cn.jianyi.suggestion.SuggestionDetails;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.suggestion.SuggestionQueries;

/** 重点督办: the congress office records a key item's leading official and supervising committee. */
@Controller
@RequestMapping("/suggestions/{id}/key")
@PreAuthorize("hasAuthority('suggestion:key:designate')")
class KeySupervisionController {

    private static final String VIEW = "suggestion/key";

    private final SuggestionManagement suggestions;
    private final SuggestionQueries queries;

    KeySupervisionController(SuggestionManagement suggestions, SuggestionQueries queries) {
        this.suggestions = suggestions;
        this.queries = queries;
    }

    @ModelAttribute("caseFile")
    SuggestionDetails caseFile(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return queries.details(id, me.dataScope());
    }

    @GetMapping
    String initForm(@ModelAttribute("caseFile") SuggestionDetails caseFile, Model model) {
        KeySupervision key = caseFile.suggestion().keySupervision();
        model.addAttribute("form", key == null ? new KeySupervisionForm(null, null)
                : new KeySupervisionForm(key.leader(), key.committee()));
        return VIEW;
    }

    @PostMapping
    String processForm(@PathVariable long id, @Valid @ModelAttribute("form") KeySupervisionForm form,
                       BindingResult result, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return Forms.refused(result, redirect);
        }
        if (!Forms.acceptedOnFields(result, () -> suggestions.designateKey(id, form.leader(), form.committee(),
                me.toActor()))) {
            return Forms.refused(result, redirect);
        }
        Flash.show(redirect, "key.done");
        return "redirect:/suggestions/" + id;
    }
}
