package cn.jianyi.assignment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.calendar.Deadline;
import cn.jianyi.calendar.Window;
import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.rules.RuleSet;
import cn.jianyi.shared.Actor;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.suggestion.CaseAction;
import cn.jianyi.suggestion.CaseUnit;
import cn.jianyi.suggestion.HandlingRole;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionManagement;

/**
 * 交办 and the task transitions of each unit on a case: 签收, the start of work, and those the handling and feedback
 * modules drive (协办意见, 答复, 重新办理, 办结); with the reads of the tasks. A unit's requests to the office (退回,
 * 延期) are {@link UnitRequests}. Every transition is recorded on the case timeline in the same transaction.
 */
@Service
@Transactional
public class Assignments {

    private final AssignmentRepository assignments;
    private final SuggestionManagement suggestions;
    private final TaskCalendar calendar;
    private final TaskTimeline timeline;
    private final ApplicationEventPublisher events;

    Assignments(AssignmentRepository assignments, SuggestionManagement suggestions, TaskCalendar calendar,
                TaskTimeline timeline, ApplicationEventPublisher events) {
        this.assignments = assignments;
        this.suggestions = suggestions;
        this.calendar = calendar;
        this.timeline = timeline;
        this.events = events;
    }

    /**
     * Assigns a registered case to one lead unit and optional co-units; the reply deadline runs from the 交办 date.
     * Refused for a case that is not in REGISTERED (assigned, replied or closed), a co-unit equal to the lead, an
     * unknown unit or a date in the future.
     */
    public List<Assignment> assign(AssignCommand command) {
        Suggestion suggestion = suggestions.get(command.suggestionId());
        cn.jianyi.shared.StaleVersion.check("suggestion", suggestion.id(), command.readVersion(), suggestion.version());
        if (suggestion.status() != Suggestion.Status.REGISTERED) {
            throw new RuleViolation("assignment.case.notRegistered");
        }
        cn.jianyi.shared.RuleViolations.throwIfAny(assignmentProblems(suggestion.id(), command.leadUnitId(),
                command.coUnitIds(), command.assignedOn(), command.separate()));
        HandlingUnit lead = timeline.knownUnit(command.leadUnitId(), "leadUnitId", suggestion.id());
        Set<Long> coUnitIds = new LinkedHashSet<>(command.coUnitIds());
        var coUnits = coUnitIds.stream().map(id -> timeline.knownUnit(id, "coUnitIds", suggestion.id())).toList();
        RuleSet rules = calendar.rulesOf(suggestion.id());
        Window replyWindow = command.complex() ? rules.complexReply() : rules.reply();
        HandlingRole leadRole = command.separate() ? HandlingRole.SEPARATE : HandlingRole.LEAD;
        HandlingRole otherRole = command.separate() ? HandlingRole.SEPARATE : HandlingRole.CO;
        var saved = new ArrayList<Assignment>();
        saved.add(assignments.save(calendar.issue(suggestion.id(), lead.id(), leadRole, command.assignedOn(),
                rules, replyWindow, command.actor())));
        for (HandlingUnit coUnit : coUnits) {
            saved.add(assignments.save(calendar.issue(suggestion.id(), coUnit.id(), otherRole, command.assignedOn(),
                    rules, replyWindow, command.actor())));
        }
        LocalDate dueOn = saved.get(0).dueOn();
        Set<CaseUnit> caseUnits = new HashSet<>();
        saved.forEach(a -> caseUnits.add(new CaseUnit(a.unitId(), a.role(), a.dueOn())));
        String remark = (command.separate()
                ? "分办：" + lead.shortName() + "、" + String.join("、", coUnits.stream().map(HandlingUnit::shortName).toList())
                : "主办：" + lead.shortName() + (coUnits.isEmpty() ? ""
                        : "；协办：" + String.join("、", coUnits.stream().map(HandlingUnit::shortName).toList())))
                + "；答复期限：" + dueOn + (command.complex() ? "（涉及面广、处理难度大）" : "");
        // as read above: a clerk who assigned the case meanwhile wins, this one is refused (ADR 0065)
        suggestions.markAssigned(suggestion.id(), suggestion.version(), caseUnits, command.actor(), remark);
        events.publishEvent(new CaseAssigned(suggestion.id(), List.copyOf(caseUnits), command.assignedOn(), dueOn,
                command.actor().username(), remark));
        return List.copyOf(saved);
    }

    /**
     * The 交办 rules these values break, all of them (ADR 0049: one round of validation), each on its field: the
     * units of the case's congress, no co-unit twice or also lead, two units at least to handle separately, the date
     * neither after today nor before the suggestion was received. A value left empty (null) is not checked.
     */
    @Transactional(readOnly = true)
    public List<RuleViolation> assignmentProblems(long suggestionId, Long leadUnitId, List<Long> coUnitIdList,
                                                  LocalDate assignedOn, boolean separate) {
        Suggestion suggestion = suggestions.get(suggestionId);
        var problems = new ArrayList<RuleViolation>();
        if (leadUnitId != null) {
            try {
                timeline.knownUnit(leadUnitId, "leadUnitId", suggestionId);
            } catch (RuleViolation unknown) {
                problems.add(unknown);
            }
        }
        Set<Long> coUnitIds = new LinkedHashSet<>(coUnitIdList);
        RuleViolation coUnitProblem = null;
        if (coUnitIds.size() != coUnitIdList.size()) {
            coUnitProblem = RuleViolation.onField("coUnitIds", "assignment.coUnit.duplicate");
        } else if (leadUnitId != null && coUnitIds.contains(leadUnitId)) {
            coUnitProblem = RuleViolation.onField("coUnitIds", "assignment.coUnit.isLead");
        } else if (separate && coUnitIds.isEmpty()) {
            coUnitProblem = RuleViolation.onField("coUnitIds", "assignment.separate.twoUnits");
        } else {
            for (Long id : coUnitIds) {
                try {
                    timeline.knownUnit(id, "coUnitIds", suggestionId);
                } catch (RuleViolation unknown) {
                    coUnitProblem = unknown;
                    break;
                }
            }
        }
        if (coUnitProblem != null) {
            problems.add(coUnitProblem);
        }
        if (assignedOn != null && assignedOn.isAfter(calendar.today())) {
            problems.add(RuleViolation.onField("assignedOn", "assignment.date.future"));
        } else if (assignedOn != null && assignedOn.isBefore(suggestion.receivedOn())) {
            problems.add(RuleViolation.onField("assignedOn", "assignment.date.beforeReceived"));
        }
        return problems;
    }

    /** 签收: the unit confirms it has received the case. */
    public Assignment acknowledge(long suggestionId, long unitId, Actor actor) {
        Assignment task = activeTask(suggestionId, unitId);
        Assignment.Status from = task.acknowledge(actor.username(), calendar.now());
        return timeline.saveTransition(task, from, CaseAction.ACKNOWLEDGE, actor, null);
    }

    /**
     * The unit starts work (a contact, a draft, an opinion): a task still waiting for 签收 is acknowledged by that
     * first act, which the timeline records. Refused while a return request is pending or after the task ended.
     */
    public Assignment startWork(long suggestionId, long unitId, Actor actor) {
        Assignment task = activeTask(suggestionId, unitId);
        if (!task.mayStartWork()) {
            throw new RuleViolation("assignment.task.returnPending");
        }
        if (task.status() == Assignment.Status.PENDING) {
            return acknowledge(suggestionId, unitId, actor);
        }
        return task;
    }

    /** 协办意见已提交: the co-unit's task moves on (the opinion itself is kept by the handling module). */
    public void markOpinionGiven(long suggestionId, long unitId, Actor actor, String remark) {
        markOpinionGiven(suggestionId, unitId, null, actor, remark);
    }

    /**
     * As {@link #markOpinionGiven(long, long, Actor, String)}, refused ({@link cn.jianyi.shared.StaleVersion}) unless
     * the task is still at {@code readVersion}, the version the opinion was checked against ({@code null}: not
     * checked).
     */
    public void markOpinionGiven(long suggestionId, long unitId, Integer readVersion, Actor actor, String remark) {
        cn.jianyi.shared.StaleVersion.check("task of suggestion", suggestionId, readVersion,
                activeTask(suggestionId, unitId).version());
        Assignment task = startWork(suggestionId, unitId, actor);
        Assignment.Status from = task.giveOpinion();
        timeline.saveTransition(task, from, CaseAction.GIVE_OPINION, actor, remark);
    }

    /**
     * A unit's reply was signed (the case timeline records the signature itself). Returns whether every unit that
     * answers the deputy has now replied: the lead unit alone, or under 分办 all units.
     */
    public boolean markReplied(long suggestionId, long unitId) {
        Assignment task = activeTask(suggestionId, unitId);
        task.markReplied();
        assignments.save(task);
        return answeringTasks(suggestionId).stream().allMatch(t -> t.status() == Assignment.Status.REPLIED);
    }

    /**
     * 重新办理: the tasks of the units that answer the deputy (the lead unit, or every 分办 unit) reopen with a
     * deadline counted from the office's decision: the date the office set ({@code null}: the rule's), refused beside
     * the field {@code dueOn} outside the bounds of the case's rules. Returns the new deadline; the caller moves the
     * case and records the decision. A date other than the rule's runs as so many days from the decision, so
     * a change of the calendar moves it as it moves every deadline.
     */
    public Deadline reopenForRehandling(long suggestionId, LocalDate decidedOn, LocalDate requestedDueOn) {
        RehandlingTerms terms = calendar.rehandlingTerms(suggestionId, decidedOn);
        Deadline deadline = terms.byRule();
        if (requestedDueOn != null && !requestedDueOn.equals(deadline.due())) {
            AssignmentPolicies.rehandlingWithinBounds(requestedDueOn, terms).orThrowOn("dueOn");
            deadline = calendar.deadline(decidedOn,
                    Window.days(Math.toIntExact(ChronoUnit.DAYS.between(decidedOn, requestedDueOn))));
        }
        List<Assignment> answering = answeringTasks(suggestionId);
        if (answering.isEmpty()) {
            throw new RuleViolation("assignment.task.notOnCase");
        }
        for (Assignment task : answering) {
            task.reopenForRehandling(decidedOn, deadline.window(), deadline.due());
            assignments.save(task);
        }
        return deadline;
    }

    /**
     * 重新办理 bringing co-units back in, after {@link #reopenForRehandling}: a co-unit of the case is asked for its
     * opinion again (its task reopens), a unit new to the case gets a co-unit task; each works to the re-handling
     * deadline and owes its opinion by {@code opinionDueOn}. Every unit is checked before anything is saved: refused
     * beside {@code coUnitIds} for a unit twice, of another congress, inactive, the lead unit or one that returned the
     * case; beside {@code opinionDueOn} for a date missing, not after the decision or after the reply deadline.
     * Returns what the caller records on the case file and announces.
     */
    public CoUnitsRecall recallCoUnits(long suggestionId, List<Long> unitIds, LocalDate opinionDueOn,
                                       Deadline rehandling, LocalDate decidedOn, Actor actor) {
        if (unitIds.isEmpty()) {
            return CoUnitsRecall.none();
        }
        if (new HashSet<>(unitIds).size() != unitIds.size()) {
            throw RuleViolation.onField("coUnitIds", "assignment.coUnit.duplicate");
        }
        List<Assignment> tasks = assignments.findBySuggestionIdOrderById(suggestionId);
        var recalled = new ArrayList<Assignment>();
        var newUnits = new ArrayList<HandlingUnit>();
        for (long unitId : unitIds) {
            List<Assignment> ofUnit = tasks.stream().filter(t -> t.unitId() == unitId).toList();
            if (ofUnit.isEmpty()) {
                newUnits.add(timeline.knownUnit(unitId, "coUnitIds", suggestionId));
                continue;
            }
            Assignment task = ofUnit.get(ofUnit.size() - 1);
            if (!task.allows(TaskAction.RECALL_FOR_OPINION)) {
                throw RuleViolation.onField("coUnitIds", "assignment.rehandling.notRecallable",
                        timeline.unitName(unitId));
            }
            recalled.add(task);
        }
        AssignmentPolicies.opinionDueWithinRehandling(opinionDueOn, decidedOn, rehandling.due())
                .orThrowOn("opinionDueOn");
        for (Assignment task : recalled) {
            task.recallForOpinion(decidedOn, rehandling.window(), rehandling.due(), opinionDueOn);
            assignments.save(task);
        }
        var newToTheCase = new ArrayList<CaseUnit>();
        for (HandlingUnit unit : newUnits) {
            Assignment task = Assignment.issue(suggestionId, unit.id(), HandlingRole.CO, decidedOn,
                    rehandling.window(), rehandling.due(), opinionDueOn, actor.username(), calendar.now());
            task.recallForOpinion(decidedOn, rehandling.window(), rehandling.due(), opinionDueOn);
            assignments.save(task);
            newToTheCase.add(new CaseUnit(unit.id(), HandlingRole.CO, rehandling.due()));
        }
        return new CoUnitsRecall(unitIds, newToTheCase, opinionDueOn);
    }

    /** 办结: every task still running ends with the case. */
    public void completeAll(long suggestionId) {
        for (Assignment task : assignments.findBySuggestionIdOrderById(suggestionId)) {
            if (task.status().isActive()) {
                task.complete();
                assignments.save(task);
            }
        }
    }

    /** 分办 progress: how many of the units that answer the deputy have replied in the current round. */
    public record AnsweredParts(long answered, int of) {
    }

    @Transactional(readOnly = true)
    public AnsweredParts answeredParts(long suggestionId) {
        List<Assignment> answering = answeringTasks(suggestionId);
        return new AnsweredParts(answering.stream().filter(t -> t.status() == Assignment.Status.REPLIED).count(),
                answering.size());
    }

    /** The re-handling deadline a decision taken on {@code decidedOn} would set (shown before deciding). */
    @Transactional(readOnly = true)
    public Deadline rehandlingDeadlineFrom(long suggestionId, LocalDate decidedOn) {
        return calendar.rehandlingFrom(suggestionId, decidedOn);
    }

    /**
     * The deadlines a 交办 of the case on {@code assignedOn} would set (the complex window when {@code complex}),
     * counted as {@link #assign} counts them; shown before the clerk decides.
     */
    @Transactional(readOnly = true)
    public AssignmentPreview preview(long suggestionId, LocalDate assignedOn, boolean complex) {
        RuleSet rules = calendar.rulesOf(suggestionId);
        return new AssignmentPreview(calendar.deadline(assignedOn, complex ? rules.complexReply() : rules.reply()),
                calendar.deadline(assignedOn, rules.coUnitOpinion()));
    }

    /** The re-handling deadlines the office may set on {@code decidedOn}: the rule's and the bounds (shown before). */
    @Transactional(readOnly = true)
    public RehandlingTerms rehandlingTerms(long suggestionId, LocalDate decidedOn) {
        return calendar.rehandlingTerms(suggestionId, decidedOn);
    }

    /** How the lead unit's current reply deadline was computed: its start, rule, rest days moved over. */
    @Transactional(readOnly = true)
    public Optional<Deadline> replyDeadlineOf(long suggestionId) {
        return assignments.findBySuggestionIdOrderById(suggestionId).stream()
                .filter(a -> a.answersDeputy() && a.status() != Assignment.Status.RETURNED).findFirst()
                .map(lead -> calendar.deadline(lead.dueFrom(), lead.dueWindow()));
    }

    /** All tasks of a case, including returned ones, in assignment order. */
    @Transactional(readOnly = true)
    public List<Assignment> of(long suggestionId) {
        return assignments.findBySuggestionIdOrderById(suggestionId);
    }

    /** The unit's current task on the case, if it has one (a returned task is not current). */
    @Transactional(readOnly = true)
    public Optional<Assignment> taskOf(long suggestionId, long unitId) {
        return assignments.findBySuggestionIdAndUnitId(suggestionId, unitId)
                .filter(a -> a.status() != Assignment.Status.RETURNED);
    }

    /**
     * Tasks whose deadline is still running (待签收, 办理中, 申请退回中, 重新办理): recomputed after a calendar change,
     * watched by the deadline monitor.
     */
    @Transactional(readOnly = true)
    public List<Assignment> runningTasks() {
        return assignments.findByStatusIn(Arrays.stream(Assignment.Status.values())
                .filter(Assignment.Status::isRunning).toList());
    }

    /**
     * Every task these units were given that was not returned (what they handled or handle): the history routing
     * learns from (ADR 0063).
     */
    @Transactional(readOnly = true)
    public List<Assignment> tasksOfUnits(java.util.Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return assignments.findByUnitIdIn(unitIds).stream().filter(t -> t.status() != Assignment.Status.RETURNED)
                .toList();
    }

    /** The running tasks (as {@link #runningTasks()}) of the given cases only: what a list of cases shows. */
    @Transactional(readOnly = true)
    public List<Assignment> runningTasksOf(java.util.Collection<Long> suggestionIds) {
        if (suggestionIds.isEmpty()) {
            return List.of();
        }
        return assignments.findBySuggestionIdIn(suggestionIds).stream().filter(t -> t.status().isRunning()).toList();
    }

    /** The unit's current task while it still works on the case; refused otherwise. */
    Assignment activeTask(long suggestionId, long unitId) {
        return taskOf(suggestionId, unitId).filter(a -> a.status().isActive())
                .orElseThrow(() -> new RuleViolation("assignment.task.notOnCase"));
    }

    Assignment task(long assignmentId) {
        return assignments.findById(assignmentId).orElseThrow();
    }

    /**
     * An approved return: {@code successor} takes over the returned task's part with 交办 = today and its own
     * deadline, and the case file's units change with it.
     */
    void handOver(Assignment returned, HandlingUnit successor, Actor actor) {
        Assignment next = assignments.save(calendar.issue(returned.suggestionId(), successor.id(), returned.role(),
                calendar.today(), calendar.rulesOf(returned.suggestionId()), returned.dueWindow(), actor));
        suggestions.replaceUnit(returned.suggestionId(), returned.unitId(),
                new CaseUnit(next.unitId(), next.role(), next.dueOn()), actor,
                timeline.message("assignment.reassigned", timeline.unitName(returned.unitId()),
                        successor.shortName(), timeline.label("HandlingRole." + next.role()), next.assignedOn(),
                        next.dueOn()));
    }

    /**
     * An approved extension: the deadline runs from the current one to {@code requestedDueOn} (moved off rest days);
     * the case file and the timeline record it.
     */
    void extend(Assignment task, LocalDate requestedDueOn, Actor actor, String noteSuffix) {
        LocalDate previous = task.dueOn();
        Window window = Window.days(Math.toIntExact(ChronoUnit.DAYS.between(previous, requestedDueOn)));
        task.extend(window, calendar.deadline(previous, window).due());
        assignments.save(task);
        suggestions.rescheduleUnit(task.suggestionId(), task.unitId(), task.dueOn(), actor,
                timeline.message("assignment.extension.approved", timeline.unitName(task.unitId()), previous,
                        task.dueOn(), noteSuffix));
    }

    private List<Assignment> answeringTasks(long suggestionId) {
        return assignments.findBySuggestionIdOrderById(suggestionId).stream()
                .filter(a -> a.answersDeputy() && a.status().isActive()).toList();
    }
}
