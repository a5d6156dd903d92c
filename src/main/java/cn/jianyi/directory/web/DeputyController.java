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
    String list(@RequestParam(required = false) String congressId, @AuthenticationPrincipal CurrentUser me,
                Model model) {
        var within = congresses.congresses(me.congressScope());
        Long congress = within.stream().map(e -> e.congress().id())
                .filter(id -> String.valueOf(id).equals(congressId)).findFirst()
                .orElse(within.stream().findFirst().map(e -> e.congress().id()).orElse(null));
        model.addAttribute("deputyForm", DeputyForm.empty(congress));
        return showList(congress, me, model);
    }

    @PostMapping
    String add(@Valid @ModelAttribute("deputyForm") DeputyForm form, BindingResult result,
               @AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
        Optional<Deputy> saved = save(null, form, result, me);
        if (saved.isEmpty()) {
            return Forms.refused(result, redirect,
                    "/directory/deputies" + (form.congressId() == null ? "" : "?congressId=" + form.congressId()));
        }
        Flash.show(redirect, "directory.deputy.added", saved.get().name());
        return "redirect:/directory/deputies?congressId=" + saved.get().congressId();
    }

    @GetMapping("/{id}")
    String deputy(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        Deputy deputy = deputyWithin(id, me);
        model.addAttribute("deputyForm", DeputyForm.of(deputy, deputies.termsOf(id)));
        return showDeputy(deputy, me, model);
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @Valid @ModelAttribute("deputyForm") DeputyForm form, BindingResult result,
                  @AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
        deputyWithin(id, me);
        Optional<Deputy> saved = save(id, form, result, me);
        if (saved.isEmpty()) {
            // another administrator saved the deputy meanwhile: the deputy as saved now, what was typed (ADR 0065)
            return Forms.refused(Forms.showLatest(result, () -> latest(id),
                    () -> form.withVersion(deputies.deputy(id).version())), redirect);
        }
        Flash.show(redirect, "directory.deputy.saved", saved.get().name());
        return "redirect:/directory/deputies/" + id;
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model,
                      RedirectAttributes redirect) {
        return act(id, me, redirect, "directory.deputy.deactivated", null, () -> deputies.deactivate(id, me.toActor()));
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model,
                    RedirectAttributes redirect) {
        return act(id, me, redirect, "directory.deputy.activated", null, () -> deputies.activate(id, me.toActor()));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model,
                  RedirectAttributes redirect) {
        Deputy deputy = deputyWithin(id, me);
        return act(id, me, redirect, "directory.deputy.deleted",
                "/directory/deputies?congressId=" + deputy.congressId(), () -> deputies.delete(id, me.toActor()));
    }

    /** Runs an act on the deputy's page: done, to {@code done} (null: the page) with a flash; refused, back to the page with the reason above the buttons. */
    private String act(long id, CurrentUser me, RedirectAttributes redirect, String doneKey, String done,
                       Runnable act) {
        Deputy deputy = deputyWithin(id, me);
        DeputyForm form = DeputyForm.of(deputy, deputies.termsOf(id));
        BindingResult result = new BeanPropertyBindingResult(form, "deputyForm");
        if (!Forms.accepted(result, act)) {
            redirect.addFlashAttribute("actRefusal", result.getGlobalError());   // beside the buttons, not the form
            return "redirect:/directory/deputies/" + id;
        }
        Flash.show(redirect, doneKey, deputy.name());
        return "redirect:" + (done == null ? "/directory/deputies/" + id : done);
    }

    private Optional<Deputy> save(Long id, DeputyForm form, BindingResult result, CurrentUser me) {
        List<CongressDirectory.TermChoice> terms = congresses.termChoices();
        if (form.congressId() != null && congresses.congresses(me.congressScope()).stream()
                .noneMatch(c -> c.congress().id().equals(form.congressId()))) {
            result.rejectValue("congressId", "field.select");
        } else if (form.congressId() != null && !form.termIds().stream().allMatch(t -> terms.stream()
                .anyMatch(c -> c.id() == t && c.congressId() == form.congressId()))) {
            result.rejectValue("termIds", "directory.deputy.termOfOtherCongress");
        }
        return result.hasErrors() ? Optional.empty()
                : Forms.submit(result, () -> deputies.save(form.toCommand(id, me.toActor())));
    }

    /** The deputy as saved now, with the names of the terms it sits in. */
    private org.springframework.context.MessageSourceResolvable latest(long id) {
        List<Long> terms = deputies.termsOf(id);
        return DeputyForm.latest(deputies.deputy(id), congresses.termChoices().stream()
                .filter(t -> terms.contains(t.id())).map(CongressDirectory.TermChoice::label).toList());
    }

    /** The deputy if of one of the administrator's congresses; otherwise "not found" (ADR 0042). */
    private Deputy deputyWithin(long id, CurrentUser me) {
        Deputy deputy = deputies.deputy(id);
        if (!me.congressScope().coversCongress(deputy.congressId())) {
            throw new cn.jianyi.shared.NotFoundException("deputy", id);
        }
        return deputy;
    }

    private String showList(Long congressId, CurrentUser me, Model model) {
        model.addAttribute("congressId", congressId);
        model.addAttribute("deputies", deputies.deputies(congressId).stream()
                .filter(d -> me.congressScope().coversCongress(d.congressId())).toList());
        return addChoices(me, model, "directory/deputies");
    }

    private String showDeputy(Deputy deputy, CurrentUser me, Model model) {
        model.addAttribute("deputy", deputy);
        return addChoices(me, model, "directory/deputy");
    }

    private String addChoices(CurrentUser me, Model model, String view) {
        model.addAttribute("congresses", congresses.congresses(me.congressScope()).stream()
                .map(CongressDirectory.CongressEntry::congress).toList());
        model.addAttribute("terms", congresses.termChoices().stream()
                .filter(t -> me.congressScope().coversCongress(t.congressId())).toList());
        return view;
    }
}
