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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jianyi.assignment.AssignmentManagement;
import cn.jianyi.assignment.ExtensionRequest;
import cn.jianyi.assignment.ReturnRequest;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.Directory;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.shared.web.Flash;
import cn.jianyi.shared.web.Forms;
import cn.jianyi.suggestion.SuggestionQueries;

/** The congress office decides on the units' return and extension requests. */
@Controller
@PreAuthorize("hasAuthority('assignment:request:decide')")
class RequestDecisionController {

    private static final String RETURN_VIEW = "assignment/return-decision";
    private static final String EXTENSION_VIEW = "assignment/extension-decision";

    private final AssignmentManagement assignments;
    private final SuggestionQueries queries;
    private final Directory directory;

    RequestDecisionController(AssignmentManagement assignments, SuggestionQueries queries, Directory directory) {
        this.assignments = assignments;
        this.queries = queries;
        this.directory = directory;
    }

    @GetMapping("/return-requests/{rid}")
    String returnRequest(@PathVariable long rid, @AuthenticationPrincipal CurrentUser me, Model model) {
        ReturnRequest request = returnRequest(rid);
        model.addAttribute("form", new DecisionForm(null, request.proposedUnitId(), null));
        return returnView(request, me, model);
    }

    @PostMapping("/return-requests/{rid}")
    String decideReturn(@PathVariable long rid, @Valid @ModelAttribute("form") DecisionForm form,
                        BindingResult result, @AuthenticationPrincipal CurrentUser me, Model model,
                        RedirectAttributes redirect) {
        ReturnRequest request = returnRequest(rid);
        if (result.hasErrors()) {
            return returnView(request, me, model);
        }
        if (!Forms.accepted(result, () -> assignments.decideReturn(form.toCommand(rid, me.toActor())))) {
            return returnView(request, me, model);
        }
        Flash.show(redirect, form.approve() ? "decision.return.approved" : "decision.return.rejected");
        return "redirect:/suggestions/" + request.suggestionId();
    }

    @GetMapping("/extension-requests/{rid}")
    String extensionRequest(@PathVariable long rid, @AuthenticationPrincipal CurrentUser me, Model model) {
        ExtensionRequest request = extensionRequest(rid);
        model.addAttribute("form", new DecisionForm(null, null, null));
        return extensionView(request, me, model);
    }

    @PostMapping("/extension-requests/{rid}")
    String decideExtension(@PathVariable long rid, @Valid @ModelAttribute("form") DecisionForm form,
                           BindingResult result, @AuthenticationPrincipal CurrentUser me, Model model,
                           RedirectAttributes redirect) {
        ExtensionRequest request = extensionRequest(rid);
        if (result.hasErrors()) {
            return extensionView(request, me, model);
        }
        if (!Forms.accepted(result, () -> assignments.decideExtension(form.toCommand(rid, me.toActor())))) {
            return extensionView(request, me, model);
        }
        Flash.show(redirect, form.approve() ? "decision.extension.approved" : "decision.extension.rejected");
        return "redirect:/suggestions/" + request.suggestionId();
    }

    private String returnView(ReturnRequest request, CurrentUser me, Model model) {
        model.addAttribute("caseFile", queries.details(request.suggestionId(), me.dataScope()));
        model.addAttribute("request", request);
        model.addAttribute("unitName", directory.unit(request.unitId()).shortName());
        model.addAttribute("proposedName", directory.unit(request.proposedUnitId()).fullName());
        model.addAttribute("units", directory.units().stream().filter(u -> !u.id().equals(request.unitId())).toList());
        return RETURN_VIEW;
    }

    private String extensionView(ExtensionRequest request, CurrentUser me, Model model) {
        model.addAttribute("caseFile", queries.details(request.suggestionId(), me.dataScope()));
        model.addAttribute("request", request);
        model.addAttribute("unitName", directory.unit(request.unitId()).shortName());
        return EXTENSION_VIEW;
    }

    private ReturnRequest returnRequest(long rid) {
        return assignments.findReturnRequest(rid).orElseThrow(() -> new NotFoundException("return request", rid));
    }

    private ExtensionRequest extensionRequest(long rid) {
        return assignments.findExtensionRequest(rid).orElseThrow(() -> new NotFoundException("extension request", rid));
    }

}
