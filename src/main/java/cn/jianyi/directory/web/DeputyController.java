package cn.jianyi.directory.web;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.Deputy;
import cn.jianyi.identity.DeputyDirectory;
import cn.jianyi.shared.web.Flash;
import cn.jianyi.shared.web.Forms;
import cn.jianyi.suggestion.CongressDirectory;

/**
 * 代表: the administrator's list (by congress) and each deputy's page: change (with the terms the deputy sits in),
 * deactivate or activate again, delete one entered by mistake. A refusal is shown on the form, nothing saved.
 */
@Controller
@RequestMapping("/directory/deputies")
@PreAuthorize("hasAuthority('directory:manage')")
class DeputyController {

    private final DeputyDirectory deputies;
    private final CongressDirectory congresses;

    DeputyController(DeputyDirectory deputies, CongressDirectory congresses) {
        this.deputies = deputies;
        this.congresses = congresses;
    }

    @GetMapping
    String list(@RequestParam(required = false) String congressId, Model model) {
        Long congress = congresses.congresses().stream().map(e -> e.congress().id())
                .filter(id -> String.valueOf(id).equals(congressId)).findFirst()
                .orElse(congresses.congresses().stream().findFirst().map(e -> e.congress().id()).orElse(null));
        model.addAttribute("deputyForm", DeputyForm.empty(congress));
        return showList(congress, model);
    }

    @PostMapping
    String add(@Valid @ModelAttribute("deputyForm") DeputyForm form, BindingResult result,
               @AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
        Optional<Deputy> saved = save(null, form, result, me);
        if (saved.isEmpty()) {
            return showList(form.congressId(), model);
        }
        Flash.show(redirect, "directory.deputy.added", saved.get().name());
        return "redirect:/directory/deputies?congressId=" + saved.get().congressId();
    }

    @GetMapping("/{id}")
    String deputy(@PathVariable long id, Model model) {
        Deputy deputy = deputies.deputy(id);
        model.addAttribute("deputyForm", DeputyForm.of(deputy, deputies.termsOf(id)));
        return showDeputy(deputy, model);
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @Valid @ModelAttribute("deputyForm") DeputyForm form, BindingResult result,
                  @AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
        Deputy deputy = deputies.deputy(id);
        Optional<Deputy> saved = save(id, form, result, me);
        if (saved.isEmpty()) {
            return showDeputy(deputy, model);
        }
        Flash.show(redirect, "directory.deputy.saved", saved.get().name());
        return "redirect:/directory/deputies/" + id;
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model,
                      RedirectAttributes redirect) {
        return act(id, model, redirect, "directory.deputy.deactivated", () -> deputies.deactivate(id, me.toActor()));
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model,
                    RedirectAttributes redirect) {
        return act(id, model, redirect, "directory.deputy.activated", () -> deputies.activate(id, me.toActor()));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model,
                  RedirectAttributes redirect) {
        Deputy deputy = deputies.deputy(id);
        String refused = act(id, model, redirect, "directory.deputy.deleted", () -> deputies.delete(id, me.toActor()));
        return refused.startsWith("redirect:") ? "redirect:/directory/deputies?congressId=" + deputy.congressId()
                : refused;
    }

    private String act(long id, Model model, RedirectAttributes redirect, String doneKey, Runnable act) {
        Deputy deputy = deputies.deputy(id);
        DeputyForm form = DeputyForm.of(deputy, deputies.termsOf(id));
        BindingResult result = new BeanPropertyBindingResult(form, "deputyForm");
        if (!Forms.accepted(result, act)) {
            model.addAttribute("deputyForm", form);
            model.addAttribute("actRefusal", result.getGlobalError());     // shown beside the buttons, not the form
            return showDeputy(deputies.deputy(id), model);
        }
        Flash.show(redirect, doneKey, deputy.name());
        return "redirect:/directory/deputies/" + id;
    }

    private Optional<Deputy> save(Long id, DeputyForm form, BindingResult result, CurrentUser me) {
        List<CongressDirectory.TermChoice> terms = congresses.termChoices();
        if (form.congressId() != null && congresses.congresses().stream()
                .noneMatch(c -> c.congress().id().equals(form.congressId()))) {
            result.rejectValue("congressId", "field.select");
        } else if (form.congressId() != null && !form.termIds().stream().allMatch(t -> terms.stream()
                .anyMatch(c -> c.id() == t && c.congressId() == form.congressId()))) {
            result.rejectValue("termIds", "directory.deputy.termOfOtherCongress");
        }
        return result.hasErrors() ? Optional.empty()
                : Forms.submit(result, () -> deputies.save(form.toCommand(id, me.toActor())));
    }

    private String showList(Long congressId, Model model) {
        model.addAttribute("congressId", congressId);
        model.addAttribute("deputies", deputies.deputies(congressId));
        return addChoices(model, "directory/deputies");
    }

    private String showDeputy(Deputy deputy, Model model) {
        model.addAttribute("deputy", deputy);
        return addChoices(model, "directory/deputy");
    }

    private String addChoices(Model model, String view) {
        model.addAttribute("congresses", congresses.congresses().stream()
                .map(CongressDirectory.CongressEntry::congress).toList());
        model.addAttribute("terms", congresses.termChoices());
        return view;
    }
}
