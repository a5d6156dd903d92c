package cn.jianyi.assignment.web;

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

import cn.jianyi.assignment.Assignment;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.assignment.UnitRequests;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.Directory;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.shared.web.Flash;
import cn.jianyi.shared.web.Forms;
import cn.jianyi.suggestion.SuggestionQueries;

/** A unit's acts on its own task: 签收, 申请退回, 申请延期. Scope: the case must be visible to the unit. */
@Controller
@RequestMapping("/suggestions/{id}")
@PreAuthorize("hasAuthority('assignment:task:handle')")
class TaskController {

    private static final String RETURN_VIEW = "assignment/return-request";
    private static final String EXTENSION_VIEW = "assignment/extension-request";

    private final Assignments assignments;
    private final UnitRequests requests;
    private final SuggestionQueries queries;
    private final Directory directory;

    TaskController(Assignments assignments, UnitRequests requests, SuggestionQueries queries, Directory directory) {
        this.assignments = assignments;
        this.requests = requests;
        this.queries = queries;
        this.directory = directory;
    }

    @ModelAttribute
    void context(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("caseFile", queries.details(id, me.dataScope()));
        Assignment task = assignments.taskOf(id, me.unitId())
                .orElseThrow(() -> new RuleViolation("assignment.task.notOnCase"));
        model.addAttribute("task", task);
    }

    @PostMapping("/acknowledge")
    String acknowledge(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        assignments.acknowledge(id, me.unitId(), me.toActor());
        Flash.show(redirect, "task.acknowledged");
        return "redirect:/suggestions/" + id;
    }

    @GetMapping("/return-request")
    String returnForm(@ModelAttribute("task") Assignment task, Model model) {
        model.addAttribute("form", new ReturnRequestForm(null, null));
        return returnView(task, model);
    }

    @PostMapping("/return-request")
    String requestReturn(@PathVariable long id, @ModelAttribute("task") Assignment task,
                         @Valid @ModelAttribute("form") ReturnRequestForm form, BindingResult result,
                         @AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return Forms.refused(result, redirect);
        }
        if (!Forms.accepted(result, () -> requests.requestReturn(form.toCommand(id, me.unitId(), me.toActor())))) {
            return Forms.refused(result, redirect);
        }
        Flash.show(redirect, "task.return.requested");
        return "redirect:/suggestions/" + id;
    }

    @GetMapping("/extension-request")
    String extensionForm(@ModelAttribute("task") Assignment task, Model model) {
        model.addAttribute("form", new ExtensionRequestForm(null, null));
        return extensionView(task, model);
    }

    @PostMapping("/extension-request")
    String requestExtension(@PathVariable long id, @ModelAttribute("task") Assignment task,
                            @Valid @ModelAttribute("form") ExtensionRequestForm form, BindingResult result,
                            @AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return Forms.refused(result, redirect);
        }
        if (!Forms.accepted(result, () -> requests.requestExtension(form.toCommand(id, me.unitId(),
                me.toActor())))) {
            return Forms.refused(result, redirect);
        }
        Flash.show(redirect, "task.extension.requested");
        return "redirect:/suggestions/" + id;
    }

    private String returnView(Assignment task, Model model) {
        model.addAttribute("units", directory.activeUnitsOf(directory.unit(task.unitId()).congressId()).stream()
                .filter(u -> !u.id().equals(task.unitId())).toList());     // of the case's congress (ADR 0042)
        model.addAttribute("windowEnd", requests.returnWindowEnd(task));
        return RETURN_VIEW;
    }

    private String extensionView(Assignment task, Model model) {
        model.addAttribute("limit", requests.extensionLimit(task));
        return EXTENSION_VIEW;
    }

}
