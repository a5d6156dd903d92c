package cn.jianyi.assignment.web;

import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.context.MessageSourceResolvable;
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

import cn.jianyi.assignment.DecideRequestCommand;
import cn.jianyi.assignment.ExtensionRequest;
import cn.jianyi.assignment.RequestOutcome;
import cn.jianyi.assignment.ReturnRequest;
import cn.jianyi.assignment.UnitRequest;
import cn.jianyi.assignment.UnitRequests;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.Directory;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.shared.web.Flash;
import cn.jianyi.shared.web.Forms;
import cn.jianyi.shared.web.LatestState;
import cn.jianyi.suggestion.SuggestionQueries;

/**
 * The congress office decides on the units' requests, return ({@code /return-requests/{rid}}) and extension
 * ({@code /extension-requests/{rid}}), on one page ({@code assignment/decision}) through one pair of handlers.
 */
@Controller
@PreAuthorize("hasAuthority('assignment:request:decide')")
class RequestDecisionController {

    private static final String VIEW = "assignment/decision";
    private static final String PATH = "/{kind:return|extension}-requests/{rid}";

    /**
     * The two kinds of request: how each is found and decided; {@code name} prefixes the page's message keys, the
     * others are the flash after a decision and the latest state shown to a clerk who decided after another did.
     */
    private enum Kind {
        RETURN("return", "decision.return.approved", "decision.return.rejected", "form.fault.latest.returnApproved",
                "form.fault.latest.returnRejected"),
        EXTENSION("extension", "decision.extension.approved", "decision.extension.rejected",
                "form.fault.latest.extensionApproved", "form.fault.latest.extensionRejected");

        private final String name;
        private final String approved;
        private final String rejected;
        private final String latestApproved;
        private final String latestRejected;

        Kind(String name, String approved, String rejected, String latestApproved, String latestRejected) {
            this.name = name;
            this.approved = approved;
            this.rejected = rejected;
            this.latestApproved = latestApproved;
            this.latestRejected = latestRejected;
        }

        static Kind of(String name) {
            return name.equals(RETURN.name) ? RETURN : EXTENSION;
        }

        UnitRequest find(UnitRequests requests, long rid) {
            var found = this == RETURN ? requests.findReturnRequest(rid) : requests.findExtensionRequest(rid);
            return found.orElseThrow(() -> new NotFoundException(name + " request", rid));
        }

        void decide(UnitRequests requests, DecideRequestCommand command) {
            if (this == RETURN) {
                requests.decideReturn(command);
            } else {
                requests.decideExtension(command);
            }
        }
    }

    private final UnitRequests requests;
    private final SuggestionQueries queries;
    private final Directory directory;
    private final Clock clock;

    RequestDecisionController(UnitRequests requests, SuggestionQueries queries, Directory directory, Clock clock) {
        this.requests = requests;
        this.queries = queries;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String initDecisionForm(@PathVariable String kind, @PathVariable long rid, @AuthenticationPrincipal CurrentUser me,
                            Model model) {
        UnitRequest request = Kind.of(kind).find(requests, rid);
        Long proposed = request instanceof ReturnRequest r ? r.proposedUnitId() : null;
        model.addAttribute("form", new DecisionForm(null, proposed, null, request.version()));
        return view(Kind.of(kind), request, me, model);
    }

    @PostMapping(PATH)
    String processDecisionForm(@PathVariable String kind, @PathVariable long rid,
                               @Valid @ModelAttribute("form") DecisionForm form, BindingResult result,
                               @AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
        Kind k = Kind.of(kind);
        UnitRequest request = k.find(requests, rid);
        queries.details(request.suggestionId(), me.dataScope());          // 404 outside the clerk's scope
        if (result.hasErrors()
                || !Forms.accepted(result, () -> k.decide(requests, form.toCommand(rid, me.toActor())))) {
            // another clerk decided it meanwhile: who decided what; the page shows the decision, not the form again
            return Forms.refused(Forms.showLatest(result, () -> latest(k, k.find(requests, rid)),
                    () -> form.withVersion(k.find(requests, rid).version())), redirect);
        }
        Flash.show(redirect, form.approve() ? k.approved : k.rejected);
        return "redirect:/suggestions/" + request.suggestionId();
    }

    /** Who decided the request, when, and what (ADR 0065); {@code null} while it waits. */
    private MessageSourceResolvable latest(Kind kind, UnitRequest request) {
        if (request.outcome() == RequestOutcome.PENDING) {
            return null;
        }
        String who = directory.namesOf(List.of(request.decidedBy())).getOrDefault(request.decidedBy(),
                request.decidedBy());
        Object granted = request instanceof ReturnRequest r ? (r.newUnitId() == null ? null
                : directory.unit(r.newUnitId()).shortName())
                : ((ExtensionRequest) request).requestedDueOn();
        String key = request.outcome() == RequestOutcome.APPROVED ? kind.latestApproved : kind.latestRejected;
        return LatestState.of(key, who, LatestState.at(request.decidedAt(), clock.getZone()), granted,
                request.decisionNote());
    }

    private String view(Kind kind, UnitRequest request, CurrentUser me, Model model) {
        model.addAttribute("kind", kind.name);
        var caseFile = queries.details(request.suggestionId(), me.dataScope());
        model.addAttribute("caseFile", caseFile);
        model.addAttribute("request", request);
        model.addAttribute("unitName", directory.unit(request.unitId()).shortName());
        if (request instanceof ReturnRequest r) {
            model.addAttribute("proposedName", directory.unit(r.proposedUnitId()).fullName());
            model.addAttribute("units", directory.activeUnitsOf(caseFile.meeting().congressId()).stream()
                    .filter(u -> !u.id().equals(r.unitId())).toList());
        } else {
            model.addAttribute("units", List.of());
        }
        return VIEW;
    }
}
