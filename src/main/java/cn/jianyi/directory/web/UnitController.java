package cn.jianyi.directory.web;

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

import cn.jianyi.documents.TimeStampAuthority;
import cn.jianyi.documents.UnitSeals;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.identity.UnitDirectory;
import cn.jianyi.shared.web.Flash;
import cn.jianyi.shared.web.Forms;
import cn.jianyi.suggestion.Congress;
import cn.jianyi.suggestion.CongressDirectory;

/**
 * 承办单位: the administrator's list (by congress) and each unit's page: change, deactivate or activate again,
 * delete one entered by mistake. A refusal is shown on the form, what was typed kept, nothing saved.
 */
@Controller
@RequestMapping("/directory/units")
@PreAuthorize("hasAuthority('directory:manage')")
class UnitController {

    private final UnitDirectory units;
    private final CongressDirectory congresses;
    private final UnitSeals seals;
    private final TimeStampAuthority timeStamps;

    UnitController(UnitDirectory units, CongressDirectory congresses, UnitSeals seals,
                   TimeStampAuthority timeStamps) {
        this.units = units;
        this.congresses = congresses;
        this.seals = seals;
        this.timeStamps = timeStamps;
    }

    @GetMapping
    String list(@RequestParam(required = false) String congressId, @AuthenticationPrincipal CurrentUser me,
                Model model) {
        Long congress = chosenCongress(congressId, me);
        model.addAttribute("unitForm", UnitForm.empty(congress));
        return showList(congress, me, model);
    }

    @PostMapping
    String add(@Valid @ModelAttribute("unitForm") UnitForm form, BindingResult result,
               @AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
        Optional<HandlingUnit> saved = save(null, form, result, me);
        if (saved.isEmpty()) {
            return Forms.refused(result, redirect,
                    "/directory/units" + (form.congressId() == null ? "" : "?congressId=" + form.congressId()));
        }
        Flash.show(redirect, "directory.unit.added", saved.get().fullName());
        return "redirect:/directory/units?congressId=" + saved.get().congressId();
    }

    @GetMapping("/{id}")
    String unit(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        HandlingUnit unit = unitWithin(id, me);
        model.addAttribute("unitForm", UnitForm.of(unit));
        return showUnit(unit, me, model);
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @Valid @ModelAttribute("unitForm") UnitForm form, BindingResult result,
                  @AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
        unitWithin(id, me);
        Optional<HandlingUnit> saved = save(id, form, result, me);
        if (saved.isEmpty()) {
            // another administrator saved the unit meanwhile: the unit as saved now, and what was typed (ADR 0065)
            return Forms.refused(Forms.showLatest(result, () -> UnitForm.latest(units.unit(id)),
                    () -> form.withVersion(units.unit(id).version())), redirect);
        }
        Flash.show(redirect, "directory.unit.saved", saved.get().fullName());
        return "redirect:/directory/units/" + id;
    }

    /** 上传电子印章: checked before it is kept; a refusal names the file to blame, nothing stored. */
    @PostMapping("/{id}/seal")
    String uploadSeal(@PathVariable long id, @ModelAttribute("sealForm") SealForm form, BindingResult result,
                      @AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
        HandlingUnit unit = unitWithin(id, me);
        if (result.hasErrors() || !Forms.accepted(result, () -> seals.upload(form.toCommand(id, me.toActor())))) {
            return Forms.refused(result, redirect, "/directory/units/" + id);
        }
        Flash.show(redirect, "seal.uploaded", unit.shortName());
        return "redirect:/directory/units/" + id;
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model,
                      RedirectAttributes redirect) {
        return act(id, me, redirect, "directory.unit.deactivated", null, () -> units.deactivate(id, me.toActor()));
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model,
                    RedirectAttributes redirect) {
        return act(id, me, redirect, "directory.unit.activated", null, () -> units.activate(id, me.toActor()));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model,
                  RedirectAttributes redirect) {
        HandlingUnit unit = unitWithin(id, me);
        return act(id, me, redirect, "directory.unit.deleted", "/directory/units?congressId=" + unit.congressId(),
                () -> units.delete(id, me.toActor()));
    }

    /** Runs an act on the unit's page: done, to {@code done} (null: the page) with a flash; refused, back to the page with the reason above the buttons. */
    private String act(long id, CurrentUser me, RedirectAttributes redirect, String doneKey, String done,
                       Runnable act) {
        HandlingUnit unit = unitWithin(id, me);
        UnitForm form = UnitForm.of(unit);
        BindingResult result = new BeanPropertyBindingResult(form, "unitForm");
        if (!Forms.accepted(result, act)) {
            redirect.addFlashAttribute("actRefusal", result.getGlobalError());   // beside the buttons, not the form
            return "redirect:/directory/units/" + id;
        }
        Flash.show(redirect, doneKey, unit.shortName());
        return "redirect:" + (done == null ? "/directory/units/" + id : done);
    }

    private Optional<HandlingUnit> save(Long id, UnitForm form, BindingResult result, CurrentUser me) {
        if (form.congressId() != null && congresses.congresses(me.congressScope()).stream()
                .noneMatch(c -> c.congress().id().equals(form.congressId()))) {
            result.rejectValue("congressId", "field.select");
        }
        return result.hasErrors() ? Optional.empty()
                : Forms.submit(result, () -> units.save(form.toCommand(id, me.toActor())));
    }

    /** The unit if it belongs to one of the administrator's congresses; otherwise "not found" (ADR 0042). */
    private HandlingUnit unitWithin(long id, CurrentUser me) {
        HandlingUnit unit = units.unit(id);
        if (!me.congressScope().coversCongress(unit.congressId())) {
            throw new cn.jianyi.shared.NotFoundException("unit", id);
        }
        return unit;
    }

    private Long chosenCongress(String congressId, CurrentUser me) {
        var within = congresses.congresses(me.congressScope());
        Congress congress = within.stream().map(CongressDirectory.CongressEntry::congress)
                .filter(c -> String.valueOf(c.id()).equals(congressId)).findFirst()
                .orElse(within.stream().findFirst().map(CongressDirectory.CongressEntry::congress).orElse(null));
        return congress == null ? null : congress.id();
    }

    /** The units of the congress chosen; with none chosen, those of the administrator's congresses. */
    private String showList(Long congressId, CurrentUser me, Model model) {
        model.addAttribute("congressId", congressId);
        model.addAttribute("units", units.units(congressId).stream()
                .filter(u -> me.congressScope().coversCongress(u.congressId())).toList());
        return addChoices(me, model, "directory/units");
    }

    private String showUnit(HandlingUnit unit, CurrentUser me, Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute("seal", seals.status(unit.id(), unit.fullName()));
        model.addAttribute("timeStamp", timeStamps.status());
        if (!model.containsAttribute("sealForm")) {
            model.addAttribute("sealForm", SealForm.empty());
        }
        return addChoices(me, model, "directory/unit");
    }

    private String addChoices(CurrentUser me, Model model, String view) {
        model.addAttribute("congresses", congresses.congresses(me.congressScope()).stream()
                .map(CongressDirectory.CongressEntry::congress).toList());
        return view;
    }
}
