package cn.jianyi.assignment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.calendar.Deadline;
import cn.jianyi.calendar.Window;
import cn.jianyi.calendar.WorkingDays;
import cn.jianyi.identity.Directory;
import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.rules.RuleSet;
import cn.jianyi.rules.RuleSets;
import cn.jianyi.shared.Actor;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.suggestion.CaseAction;
import cn.jianyi.suggestion.CaseUnit;
import cn.jianyi.suggestion.HandlingRole;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionManagement;

/**
 * 交办 and each unit's task on a case: 签收, 申请退回 and the office's decision, 申请延期 and its approval, and the
 * task transitions the handling and feedback modules drive (协办意见, 答复, 重新办理, 办结). Every transition is
 * recorded on the case timeline in the same transaction.
 */
@Service
@Transactional
public class AssignmentManagement {

    private final AssignmentRepository assignments;
    private final ReturnRequestRepository returns;
    private final ExtensionRequestRepository extensions;
    private final SuggestionManagement suggestions;
    private final Directory directory;
    private final RuleSets ruleSets;
    private final WorkingDays workingDays;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    AssignmentManagement(AssignmentRepository assignments, ReturnRequestRepository returns,
                         ExtensionRequestRepository extensions, SuggestionManagement suggestions, Directory directory,
                         RuleSets ruleSets, WorkingDays workingDays, ApplicationEventPublisher events,
                         MessageSource messages, Clock clock) {
        this.assignments = assignments;
        this.returns = returns;
        this.extensions = extensions;
        this.suggestions = suggestions;
        this.directory = directory;
        this.ruleSets = ruleSets;
        this.workingDays = workingDays;
        this.events = events;
        this.messages = messages;
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
        RuleSet rules = ruleSets.forMeeting(suggestion.meetingId());
        Window replyWindow = command.complex() ? rules.complexReply() : rules.reply();
        if (command.separate() && coUnits.isEmpty()) {
            throw RuleViolation.onField("coUnitIds", "assignment.separate.twoUnits");
        }
        HandlingRole leadRole = command.separate() ? HandlingRole.SEPARATE : HandlingRole.LEAD;
        HandlingRole otherRole = command.separate() ? HandlingRole.SEPARATE : HandlingRole.CO;
        var saved = new ArrayList<Assignment>();
        saved.add(assignments.save(newTask(suggestion.id(), lead.id(), leadRole, command.assignedOn(),
                rules, replyWindow, command.actor())));
        for (HandlingUnit coUnit : coUnits) {
            saved.add(assignments.save(newTask(suggestion.id(), coUnit.id(), otherRole, command.assignedOn(),
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
        suggestions.markAssigned(suggestion.id(), caseUnits, command.actor(), remark);
        events.publishEvent(new CaseAssigned(suggestion.id(), List.copyOf(caseUnits), command.assignedOn(), dueOn,
                command.actor().username(), remark));
        return List.copyOf(saved);
    }

    private Assignment newTask(long suggestionId, long unitId, HandlingRole role, LocalDate assignedOn,
                               RuleSet rules, Window replyWindow, Actor actor) {
        LocalDate dueOn = workingDays.deadline(assignedOn, replyWindow).due();
        LocalDate opinionDueOn = workingDays.deadline(assignedOn, rules.coUnitOpinion()).due();
        return Assignment.issue(suggestionId, unitId, role, assignedOn, replyWindow, dueOn, opinionDueOn,
                actor.username(), clock.instant());
    }

    /** The rules in force for the case's congress. */
    private RuleSet rulesOf(long suggestionId) {
        return ruleSets.forMeeting(suggestions.get(suggestionId).meetingId());
    }

    /** 签收: the unit confirms it has received the case. */
    public Assignment acknowledge(long suggestionId, long unitId, Actor actor) {
        Assignment task = activeTask(suggestionId, unitId);
        Assignment.Status from = task.acknowledge(actor.username(), clock.instant());
        return saveTransition(task, from, CaseAction.ACKNOWLEDGE, actor, null);
    }

    /**
     * The unit starts work (a contact, a draft, an opinion): a task still waiting for 签收 is acknowledged by that
     * first act, which the timeline records. Refused while a return request is pending or after the task ended.
     */
    public Assignment startWork(long suggestionId, long unitId, Actor actor) {
        Assignment task = activeTask(suggestionId, unitId);
        if (task.status() == Assignment.Status.RETURN_REQUESTED) {
            throw new RuleViolation("assignment.task.returnPending");
        }
        if (task.status() == Assignment.Status.PENDING) {
            return acknowledge(suggestionId, unitId, actor);
        }
        return task;
    }

    /** 申请退回, within the return window, with reasons and the unit proposed instead. */
    public ReturnRequest requestReturn(RequestReturnCommand command) {
        Assignment task = activeTask(command.suggestionId(), command.unitId());
        LocalDate today = LocalDate.now(clock);
        AssignmentPolicies.returnWithinWindow(today, returnWindowEnd(task)).orThrow();
        HandlingUnit proposed = directory.findUnit(command.proposedUnitId())
                .orElseThrow(() -> RuleViolation.onField("proposedUnitId", "assignment.unit.unknown"));
        AssignmentPolicies.proposedUnitIsNewToTheCase(
                suggestions.get(command.suggestionId()).isHandledBy(proposed.id())).orThrowOn("proposedUnitId");
        if (command.reason() == null || command.reason().isBlank()) {
            throw RuleViolation.onField("reason", "assignment.request.reasonRequired");
        }
        Assignment.Status from = task.requestReturn();
        ReturnRequest request = returns.save(ReturnRequest.file(task, command.reason().strip(), proposed.id(),
                command.actor().username(), clock.instant()));
        saveTransition(task, from, CaseAction.REQUEST_RETURN, command.actor(),
                message("assignment.return.requested", proposed.shortName(), command.reason().strip()));
        events.publishEvent(new ReturnRequested(task.suggestionId(), task.unitId(), proposed.id(),
                command.reason().strip(), command.actor().username()));
        return request;
    }

    /**
     * The office decides on a return request. Approved: the unit leaves the case and the new unit (by default the one
     * proposed) takes over its part, with a new 交办 date (today) and its own deadline. Rejected: the unit keeps it.
     */
    public void decideReturn(DecideRequestCommand command) {
        ReturnRequest request = returns.findById(command.requestId())
                .orElseThrow(() -> new NotFoundException("return request", command.requestId()));
        Assignment task = assignments.findById(request.assignmentId()).orElseThrow();
        String note = command.note() == null || command.note().isBlank() ? null : command.note().strip();
        Instant now = clock.instant();
        if (!command.approve()) {
            if (note == null) {
                throw RuleViolation.onField("note", "assignment.decision.reasonRequired");
            }
            request.reject(note, command.actor().username(), now);
            returns.save(request);
            Assignment.Status from = task.rejectReturn();
            saveTransition(task, from, CaseAction.REJECT_RETURN, command.actor(),
                    message("assignment.return.rejected", unitName(task.unitId()), note));
            events.publishEvent(new ReturnDecided(task.suggestionId(), task.unitId(), false, note,
                    command.actor().username()));
            return;
        }
        long newUnitId = command.newUnitId() != null ? command.newUnitId() : request.proposedUnitId();
        HandlingUnit successor = directory.findUnit(newUnitId)
                .orElseThrow(() -> RuleViolation.onField("newUnitId", "assignment.unit.unknown"));
        Suggestion suggestion = suggestions.get(request.suggestionId());
        AssignmentPolicies.proposedUnitIsNewToTheCase(suggestion.isHandledBy(successor.id())).orThrowOn("newUnitId");
        request.approve(successor.id(), note, command.actor().username(), now);
        returns.save(request);
        Assignment.Status from = task.approveReturn();
        saveTransition(task, from, CaseAction.APPROVE_RETURN, command.actor(),
                message("assignment.return.approved", unitName(task.unitId()), note == null ? "" : "；" + note));
        events.publishEvent(new ReturnDecided(task.suggestionId(), task.unitId(), true, note,
                command.actor().username()));
        RuleSet rules = rulesOf(suggestion.id());
        Assignment next = assignments.save(newTask(suggestion.id(), successor.id(), task.role(), LocalDate.now(clock),
                rules, task.dueWindow(), command.actor()));
        suggestions.replaceUnit(suggestion.id(), task.unitId(), new CaseUnit(next.unitId(), next.role(), next.dueOn()),
                command.actor(), message("assignment.reassigned", unitName(task.unitId()), successor.shortName(),
                        label("HandlingRole." + next.role()), next.assignedOn(), next.dueOn()));
    }

    /** 申请延期, before the deadline, to a date at most the extension limit beyond it. */
    public ExtensionRequest requestExtension(RequestExtensionCommand command) {
        Assignment task = activeTask(command.suggestionId(), command.unitId());
        if (command.requestedDueOn() == null) {
            throw RuleViolation.onField("requestedDueOn", "assignment.extension.dateRequired");
        }
        LocalDate today = LocalDate.now(clock);
        AssignmentPolicies.extensionBeforeDeadline(today, task.dueOn()).orThrow();
        AssignmentPolicies.noOpenRequest(extensions.findBySuggestionIdOrderById(task.suggestionId()).stream()
                .anyMatch(r -> r.assignmentId().equals(task.id()) && r.outcome() == RequestOutcome.PENDING)).orThrow();
        AssignmentPolicies.extensionWithinLimit(command.requestedDueOn(), task.dueOn(), extensionLimit(task))
                .orThrowOn("requestedDueOn");
        if (command.reason() == null || command.reason().isBlank()) {
            throw RuleViolation.onField("reason", "assignment.request.reasonRequired");
        }
        ExtensionRequest request = extensions.save(ExtensionRequest.file(task, command.requestedDueOn(),
                command.reason().strip(), command.actor().username(), clock.instant()));
        suggestions.recordActivity(task.suggestionId(), CaseAction.REQUEST_EXTENSION, command.actor(),
                message("assignment.extension.requested", unitName(task.unitId()), task.dueOn(),
                        command.requestedDueOn(), command.reason().strip()), task.unitId());
        events.publishEvent(new ExtensionRequested(task.suggestionId(), task.unitId(), task.dueOn(),
                command.requestedDueOn(), command.reason().strip(), command.actor().username()));
        return request;
    }

    /** The office decides on an extension; approved, the unit's deadline moves to the requested date. */
    public void decideExtension(DecideRequestCommand command) {
        ExtensionRequest request = extensions.findById(command.requestId())
                .orElseThrow(() -> new NotFoundException("extension request", command.requestId()));
        Assignment task = assignments.findById(request.assignmentId()).orElseThrow();
        String note = command.note() == null || command.note().isBlank() ? null : command.note().strip();
        Instant now = clock.instant();
        if (!command.approve()) {
            if (note == null) {
                throw RuleViolation.onField("note", "assignment.decision.reasonRequired");
            }
            request.reject(note, command.actor().username(), now);
            extensions.save(request);
            suggestions.recordActivity(task.suggestionId(), CaseAction.REJECT_EXTENSION, command.actor(),
                    message("assignment.extension.rejected", unitName(task.unitId()), note), task.unitId());
            events.publishEvent(new ExtensionDecided(task.suggestionId(), task.unitId(), false, task.dueOn(), note,
                    command.actor().username()));
            return;
        }
        request.approve(note, command.actor().username(), now);
        extensions.save(request);
        LocalDate previous = task.dueOn();
        Window window = Window.days(Math.toIntExact(ChronoUnit.DAYS.between(previous, request.requestedDueOn())));
        task.extend(window, workingDays.deadline(previous, window).due());
        assignments.save(task);
        String remark = message("assignment.extension.approved", unitName(task.unitId()), previous,
                task.dueOn(), note == null ? "" : "；" + note);
        suggestions.rescheduleUnit(task.suggestionId(), task.unitId(), task.dueOn(), command.actor(), remark);
        events.publishEvent(new ExtensionDecided(task.suggestionId(), task.unitId(), true, task.dueOn(), note,
                command.actor().username()));
    }

    /** 协办意见已提交: the co-unit's task moves on (the opinion itself is kept by the handling module). */
    public void markOpinionGiven(long suggestionId, long unitId, Actor actor, String remark) {
        Assignment task = startWork(suggestionId, unitId, actor);
        Assignment.Status from = task.giveOpinion();
        saveTransition(task, from, CaseAction.GIVE_OPINION, actor, remark);
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
     * deadline counted from the office's decision by the re-handling window. Returns the new deadline; the caller
     * moves the case and records the decision.
     */
    public Deadline reopenForRehandling(long suggestionId, LocalDate decidedOn) {
        Window window = rulesOf(suggestionId).rehandling();
        Deadline deadline = workingDays.deadline(decidedOn, window);
        List<Assignment> answering = answeringTasks(suggestionId);
        if (answering.isEmpty()) {
            throw new RuleViolation("assignment.task.notOnCase");
        }
        for (Assignment task : answering) {
            task.reopenForRehandling(decidedOn, window, deadline.due());
            assignments.save(task);
        }
        return deadline;
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
        return workingDays.deadline(decidedOn, rulesOf(suggestionId).rehandling());
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

    /** How the lead unit's current reply deadline was computed: its start, rule, rest days moved over. */
    @Transactional(readOnly = true)
    public Optional<Deadline> replyDeadlineOf(long suggestionId) {
        return assignments.findBySuggestionIdOrderById(suggestionId).stream()
                .filter(a -> a.answersDeputy() && a.status() != Assignment.Status.RETURNED).findFirst()
                .map(lead -> workingDays.deadline(lead.dueFrom(), lead.dueWindow()));
    }

    /** The last day a unit may ask to return the case: the return window counted from its 交办. */
    @Transactional(readOnly = true)
    public LocalDate returnWindowEnd(Assignment task) {
        return workingDays.deadline(task.assignedOn(), rulesOf(task.suggestionId()).returnWindow()).due();
    }

    /** The latest deadline an extension may reach for the task. */
    @Transactional(readOnly = true)
    public LocalDate extensionLimit(Assignment task) {
        return workingDays.deadline(task.dueOn(), rulesOf(task.suggestionId()).extensionLimit()).due();
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

    @Transactional(readOnly = true)
    public List<ReturnRequest> returnRequestsOf(long suggestionId) {
        return returns.findBySuggestionIdOrderById(suggestionId);
    }

    @Transactional(readOnly = true)
    public List<ExtensionRequest> extensionRequestsOf(long suggestionId) {
        return extensions.findBySuggestionIdOrderById(suggestionId);
    }

    /** Requests waiting for the office's decision, oldest first. */
    @Transactional(readOnly = true)
    public List<ReturnRequest> pendingReturnRequests() {
        return returns.findByDecisionOutcomeOrderById(RequestOutcome.PENDING);
    }

    @Transactional(readOnly = true)
    public List<ExtensionRequest> pendingExtensionRequests() {
        return extensions.findByDecisionOutcomeOrderById(RequestOutcome.PENDING);
    }

    @Transactional(readOnly = true)
    public Optional<ReturnRequest> findReturnRequest(long id) {
        return returns.findById(id);
    }

    @Transactional(readOnly = true)
    public Optional<ExtensionRequest> findExtensionRequest(long id) {
        return extensions.findById(id);
    }

    /** The co-unit opinion date of a task, recomputed on the current calendar. */
    LocalDate opinionDueOf(Assignment task) {
        return workingDays.deadline(task.assignedOn(), rulesOf(task.suggestionId()).coUnitOpinion()).due();
    }

    /**
     * Tasks whose deadline is still running (待签收, 办理中, 申请退回中, 重新办理): recomputed after a calendar change,
     * watched by the deadline monitor.
     */
    @Transactional(readOnly = true)
    public List<Assignment> runningTasks() {
        return assignments.findByStatusIn(java.util.Arrays.stream(Assignment.Status.values())
                .filter(Assignment.Status::isRunning).toList());
    }

    private Assignment activeTask(long suggestionId, long unitId) {
        return taskOf(suggestionId, unitId).filter(a -> a.status().isActive())
                .orElseThrow(() -> new RuleViolation("assignment.task.notOnCase"));
    }

    private List<Assignment> answeringTasks(long suggestionId) {
        return assignments.findBySuggestionIdOrderById(suggestionId).stream()
                .filter(a -> a.answersDeputy() && a.status().isActive()).toList();
    }

    private Assignment saveTransition(Assignment task, Assignment.Status from, CaseAction action, Actor actor,
                                      String detail) {
        Assignment saved = assignments.save(task);
        String remark = message("assignment.task.transition", unitName(task.unitId()),
                label("Assignment.Status." + from), label("Assignment.Status." + task.status()))
                + (detail == null ? "" : "；" + detail);
        suggestions.recordActivity(task.suggestionId(), action, actor, remark, task.unitId());
        return saved;
    }

    private String unitName(long unitId) {
        return directory.unit(unitId).shortName();
    }

    private String label(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
