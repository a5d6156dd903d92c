package cn.jianyi.assignment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.calendar.Deadline;
import cn.jianyi.calendar.WorkingDays;
import cn.jianyi.identity.Directory;
import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.suggestion.CaseUnit;
import cn.jianyi.suggestion.HandlingRole;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionManagement;

/** 交办 use cases. */
@Service
@Transactional
public class AssignmentManagement {

    private final AssignmentRepository assignments;
    private final SuggestionManagement suggestions;
    private final Directory directory;
    private final DeadlineRules rules;
    private final WorkingDays workingDays;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssignmentManagement(AssignmentRepository assignments, SuggestionManagement suggestions, Directory directory,
                         DeadlineRules rules, WorkingDays workingDays, ApplicationEventPublisher events, Clock clock) {
        this.assignments = assignments;
        this.suggestions = suggestions;
        this.directory = directory;
        this.rules = rules;
        this.workingDays = workingDays;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Assigns a registered case to one lead unit and optional co-units; the reply deadline runs from the 交办 date.
     * Refused for a case that is not in REGISTERED (assigned, replied or closed), a co-unit equal to the lead, an
     * unknown unit or a date in the future.
     */
    public List<Assignment> assign(AssignCommand command) {
        Suggestion suggestion = suggestions.get(command.suggestionId());
        if (suggestion.status() != Suggestion.Status.REGISTERED) {
            throw new RuleViolation("assignment.case.notRegistered");
        }
        HandlingUnit lead = directory.findUnit(command.leadUnitId())
                .orElseThrow(() -> RuleViolation.onField("leadUnitId", "assignment.unit.unknown"));
        Set<Long> coUnitIds = new LinkedHashSet<>(command.coUnitIds());
        if (coUnitIds.size() != command.coUnitIds().size()) {
            throw RuleViolation.onField("coUnitIds", "assignment.coUnit.duplicate");
        }
        if (coUnitIds.contains(lead.id())) {
            throw RuleViolation.onField("coUnitIds", "assignment.coUnit.isLead");
        }
        var coUnits = coUnitIds.stream()
                .map(id -> directory.findUnit(id)
                        .orElseThrow(() -> RuleViolation.onField("coUnitIds", "assignment.unit.unknown")))
                .toList();
        LocalDate today = LocalDate.now(clock);
        if (command.assignedOn().isAfter(today)) {
            throw RuleViolation.onField("assignedOn", "assignment.date.future");
        }
        if (command.assignedOn().isBefore(suggestion.receivedOn())) {
            throw RuleViolation.onField("assignedOn", "assignment.date.beforeReceived");
        }
        LocalDate dueOn = workingDays.deadline(command.assignedOn(), rules.reply()).due();
        Instant now = clock.instant();
        String by = command.actor().username();
        var saved = new java.util.ArrayList<Assignment>();
        saved.add(assignments.save(new Assignment(null, suggestion.id(), lead.id(), HandlingRole.LEAD,
                command.assignedOn(), dueOn, by, now)));
        for (HandlingUnit coUnit : coUnits) {
            saved.add(assignments.save(new Assignment(null, suggestion.id(), coUnit.id(), HandlingRole.CO,
                    command.assignedOn(), dueOn, by, now)));
        }
        Set<CaseUnit> caseUnits = new HashSet<>();
        saved.forEach(a -> caseUnits.add(new CaseUnit(a.unitId(), a.role(), a.dueOn())));
        String remark = "主办：" + lead.shortName()
                + (coUnits.isEmpty() ? "" : "；协办：" + String.join("、", coUnits.stream().map(HandlingUnit::shortName).toList()))
                + "；答复期限：" + dueOn;
        suggestions.markAssigned(suggestion.id(), caseUnits, command.actor(), remark);
        events.publishEvent(new AssignmentIssued(suggestion.id(), lead.id(), List.copyOf(coUnitIds),
                command.assignedOn(), dueOn));
        return List.copyOf(saved);
    }

    /** How the lead unit's reply deadline was computed: 交办日, rule, rest days moved over. */
    @Transactional(readOnly = true)
    public Optional<Deadline> replyDeadlineOf(long suggestionId) {
        return of(suggestionId).stream().filter(a -> a.role() == HandlingRole.LEAD).findFirst()
                .map(lead -> workingDays.deadline(lead.assignedOn(), rules.reply()));
    }

    @Transactional(readOnly = true)
    public List<Assignment> of(long suggestionId) {
        return assignments.findBySuggestionIdOrderById(suggestionId);
    }
}
