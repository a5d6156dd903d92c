package cn.jianyi.assignment.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jianyi.assignment.Assignment;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.assignment.UnitProposals;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.Directory;
import cn.jianyi.rules.RuleSets;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.shared.web.Flash;
import cn.jianyi.shared.web.Forms;
import cn.jianyi.suggestion.LatestCaseState;
import cn.jianyi.suggestion.SuggestionDetails;
import cn.jianyi.suggestion.SuggestionQueries;

@Controller
@RequestMapping("/suggestions/{id}/assign")
@PreAuthorize("hasAuthority('assignment:assign')")
class AssignmentController {

    private static final String VIEW = "assignment/assign";

    private final Assignments assignments;
    private final SuggestionQueries queries;
    private final Directory directory;
    private final RuleSets ruleSets;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<UnitProposals> proposals;

    AssignmentController(Assignments assignments, SuggestionQueries queries, Directory directory,
                         RuleSets ruleSets, Clock clock,
                         org.springframework.beans.factory.ObjectProvider<UnitProposals> proposals) {
        this.proposals = proposals;
        this.ruleSets = ruleSets;
        this.assignments = assignments;
        this.queries = queries;
        this.directory = directory;
        this.clock = clock;
    }

    @ModelAttribute
    void context(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        SuggestionDetails details = queries.details(id, me.dataScope());
        if (details.status() != cn.jianyi.suggestion.Suggestion.Status.REGISTERED) {
            // e.g. another clerk assigned it meanwhile: say who, when and to whom (ADR 0065)
            throw new RuleViolation("assignment.case.notRegisteredNow",
                    LatestCaseState.of(details, me.roles().primary(), clock.getZone()));
        }
        model.addAttribute("caseFile", details);
        var units = directory.activeUnitsOf(details.meeting().congressId());     // of the case's congress, ADR 0042
        model.addAttribute("units", units);
        model.addAttribute("unstaffed", unstaffed(units));
        model.addAttribute("rules", ruleSets.forMeeting(details.suggestion().meetingId()));
    }

    /** The short names of the units no enabled account belongs to: nobody there would hear of the case. */
    private List<String> unstaffed(List<cn.jianyi.identity.HandlingUnit> units) {
        var staffed = directory.accountsOfUnits(units.stream().map(cn.jianyi.identity.HandlingUnit::id).toList())
                .stream().map(cn.jianyi.identity.AccountContact::unitId).collect(java.util.stream.Collectors.toSet());
        return units.stream().filter(u -> !staffed.contains(u.id())).map(cn.jianyi.identity.HandlingUnit::shortName)
                .toList();
    }

    /**
     * The form, empty or, after "采用建议" (a link with {@code lead} and {@code co}), filled with the proposed units: only
     * units of the case's congress are taken, anything else in the link is ignored. Nothing is assigned until the
     * clerk submits.
     */
    @GetMapping
    String initForm(@PathVariable long id, @RequestParam(required = false) String lead,
                    @RequestParam(required = false) List<String> co, Model model) {
        SuggestionDetails details = (SuggestionDetails) model.getAttribute("caseFile");
        @SuppressWarnings("unchecked")
        var units = ((List<cn.jianyi.identity.HandlingUnit>) model.getAttribute("units")).stream()
                .map(cn.jianyi.identity.HandlingUnit::id).collect(java.util.stream.Collectors.toSet());
        Long leadUnit = unitId(lead).filter(units::contains).orElse(null);
        List<Long> coUnits = co == null ? List.of() : co.stream().map(AssignmentController::unitId)
                .flatMap(Optional::stream).filter(u -> units.contains(u) && !u.equals(leadUnit)).distinct().toList();
        var form = new AssignmentForm(leadUnit, coUnits, LocalDate.now(clock), false, false,
                details.suggestion().version());
        UnitProposals advisor = proposals.getIfAvailable();
        // by the title, as routing was measured (ADR 0063): the content's general words blur more than they add
        model.addAttribute("proposal", advisor == null ? null : advisor.propose(id, details.suggestion().title(),
                details.meeting().congressId()).orElse(null));
        model.addAttribute("form", form);
        // after a refusal, the due dates of the date that was typed (ADR 0049: the refused form comes back over this)
        var shown = Forms.refusedForm(model, AssignmentForm.class).orElse(form);
        model.addAttribute("preview", shown.assignedOn() == null ? null
                : previewOf(id, shown.assignedOn().toString(), shown.complex()));
        return VIEW;
    }

    /** A unit id from a link, or empty when it is none (a hand-edited link shows the form as if it had none). */
    private static Optional<Long> unitId(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Long.valueOf(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The due dates a 交办 on the picked date would set, with the explanation (htmx, as the clerk picks the date); a
     * date that is not one, or in the future, shows the hint to pick one.
     */
    @GetMapping("/preview")
    String preview(@PathVariable long id, @RequestParam(required = false) String assignedOn,
                   @RequestParam(required = false) String complex, Model model) {
        model.addAttribute("preview", previewOf(id, assignedOn, complex != null && !complex.equals("false")));
        return VIEW + " :: preview";
    }

    private cn.jianyi.assignment.AssignmentPreview previewOf(long id, String assignedOn, boolean complex) {
        LocalDate date;
        try {
            date = assignedOn == null ? null : LocalDate.parse(assignedOn.strip());
        } catch (java.time.format.DateTimeParseException e) {
            date = null;
        }
        return date == null || date.isAfter(LocalDate.now(clock)) ? null : assignments.preview(id, date, complex);
    }

    @PostMapping
    String processForm(@PathVariable long id, @Valid @ModelAttribute("form") AssignmentForm form,
                       BindingResult result, @AuthenticationPrincipal CurrentUser me,
                       RedirectAttributes redirect) {
        if (result.hasErrors()) {                 // with the rules the other fields break: one round (ADR 0049)
            Forms.rejectAll(result, assignments.assignmentProblems(id, form.leadUnitId(), form.coUnitIds(),
                    form.assignedOn(), form.separate()));
            return Forms.refused(result, redirect);
        }
        Optional<List<Assignment>> issued = Forms.submit(result, () -> assignments.assign(form.toCommand(id,
                me.toActor())));
        if (issued.isEmpty()) {
            var latest = queries.details(id, me.dataScope());
            return Forms.refused(Forms.showLatest(result, () -> LatestCaseState.of(latest, me.roles().primary(),
                    clock.getZone()), () -> form.withVersion(latest.suggestion().version())), redirect);
        }
        Flash.show(redirect, "assign.done", issued.get().get(0).dueOn());
        return "redirect:/suggestions/" + id;
    }
}
