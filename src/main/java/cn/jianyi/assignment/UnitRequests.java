package cn.jianyi.assignment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.identity.Permission;
import cn.jianyi.shared.Decision;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.shared.StaleVersion;
import cn.jianyi.suggestion.CaseAction;
import cn.jianyi.suggestion.SuggestionManagement;

/**
 * A unit's requests to the congress office about its task, 申请退回 and 申请延期, and the office's decision on them.
 * Both kinds have one shape: the unit files the request within its window (the same policies answer the case
 * page's buttons, {@link #actionsFor}); the office decides it once, and a rejection needs a reason
 * ({@link #decide}). Every step is recorded on the case timeline in the same transaction.
 */
@Service
@Transactional
public class UnitRequests {

    private final ReturnRequestRepository returns;
    private final ExtensionRequestRepository extensions;
    private final Assignments assignments;
    private final SuggestionManagement suggestions;
    private final TaskCalendar calendar;
    private final TaskTimeline timeline;
    private final ApplicationEventPublisher events;

    UnitRequests(ReturnRequestRepository returns, ExtensionRequestRepository extensions, Assignments assignments,
                 SuggestionManagement suggestions, TaskCalendar calendar, TaskTimeline timeline,
                 ApplicationEventPublisher events) {
        this.returns = returns;
        this.extensions = extensions;
        this.assignments = assignments;
        this.suggestions = suggestions;
        this.calendar = calendar;
        this.timeline = timeline;
        this.events = events;
    }

    /** 申请退回, within the return window, with reasons and the unit proposed instead. */
    public ReturnRequest requestReturn(RequestReturnCommand command) {
        Assignment task = assignments.activeTask(command.suggestionId(), command.unitId());
        returnWindowOpen(task, calendar.today()).orThrow();
        HandlingUnit proposed = timeline.knownUnit(command.proposedUnitId(), "proposedUnitId", command.suggestionId());
        AssignmentPolicies.proposedUnitIsNewToTheCase(
                suggestions.get(command.suggestionId()).isHandledBy(proposed.id())).orThrowOn("proposedUnitId");
        Assignment.Status from = task.requestReturn();
        ReturnRequest request = returns.save(ReturnRequest.file(task, command.reason(), proposed.id(),
                command.actor().username(), calendar.now()));
        timeline.saveTransition(task, from, CaseAction.REQUEST_RETURN, command.actor(),
                timeline.message("assignment.return.requested", proposed.shortName(), command.reason()));
        events.publishEvent(new ReturnRequested(task.suggestionId(), task.unitId(), proposed.id(), command.reason(),
                command.actor().username()));
        return request;
    }

    /**
     * The office decides on a return request. Approved: the unit leaves the case and the new unit (by default the one
     * proposed) takes over its part, with a new 交办 date (today) and its own deadline. Rejected: the unit keeps it.
     */
    public void decideReturn(DecideRequestCommand command) {
        ReturnRequest request = returns.findById(command.requestId())
                .orElseThrow(() -> new NotFoundException("return request", command.requestId()));
        decide(request, command, returns::save, task -> {
            HandlingUnit successor = timeline.knownUnit(
                    command.newUnitId() != null ? command.newUnitId() : request.proposedUnitId(), "newUnitId",
                    request.suggestionId());
            AssignmentPolicies.proposedUnitIsNewToTheCase(suggestions.get(request.suggestionId())
                    .isHandledBy(successor.id())).orThrowOn("newUnitId");
            request.approve(successor.id(), command.note(), command.actor().username(), calendar.now());
            Assignment.Status from = task.approveReturn();
            timeline.saveTransition(task, from, CaseAction.APPROVE_RETURN, command.actor(), timeline.message(
                    "assignment.return.approved", timeline.unitName(task.unitId()), noteSuffix(command)));
            events.publishEvent(new ReturnDecided(task.suggestionId(), task.unitId(), true, command.note(),
                    command.actor().username()));
            assignments.handOver(task, successor, command.actor());
        }, task -> {
            Assignment.Status from = task.rejectReturn();
            timeline.saveTransition(task, from, CaseAction.REJECT_RETURN, command.actor(), timeline.message(
                    "assignment.return.rejected", timeline.unitName(task.unitId()), command.note()));
            events.publishEvent(new ReturnDecided(task.suggestionId(), task.unitId(), false, command.note(),
                    command.actor().username()));
        });
    }

    /** 申请延期, before the deadline, to a date at most the extension limit beyond it. */
    public ExtensionRequest requestExtension(RequestExtensionCommand command) {
        Assignment task = assignments.activeTask(command.suggestionId(), command.unitId());
        task.checkExtensionMayBeRequested();
        extensionOpen(task, calendar.today()).orThrow();
        AssignmentPolicies.extensionWithinLimit(command.requestedDueOn(), task.dueOn(), extensionLimit(task))
                .orThrowOn("requestedDueOn");
        ExtensionRequest request = extensions.save(ExtensionRequest.file(task, command.requestedDueOn(),
                command.reason(), command.actor().username(), calendar.now()));
        timeline.record(task, CaseAction.REQUEST_EXTENSION, command.actor(),
                timeline.message("assignment.extension.requested", timeline.unitName(task.unitId()), task.dueOn(),
                        command.requestedDueOn(), command.reason()));
        events.publishEvent(new ExtensionRequested(task.suggestionId(), task.unitId(), task.dueOn(),
                command.requestedDueOn(), command.reason(), command.actor().username()));
        return request;
    }

    /** The office decides on an extension; approved, the unit's deadline moves to the requested date. */
    public void decideExtension(DecideRequestCommand command) {
        ExtensionRequest request = extensions.findById(command.requestId())
                .orElseThrow(() -> new NotFoundException("extension request", command.requestId()));
        decide(request, command, extensions::save, task -> {
            request.approve(command.note(), command.actor().username(), calendar.now());
            assignments.extend(task, request.requestedDueOn(), command.actor(), noteSuffix(command));
            events.publishEvent(new ExtensionDecided(task.suggestionId(), task.unitId(), true, task.dueOn(),
                    command.note(), command.actor().username()));
        }, task -> {
            timeline.record(task, CaseAction.REJECT_EXTENSION, command.actor(), timeline.message(
                    "assignment.extension.rejected", timeline.unitName(task.unitId()), command.note()));
            events.publishEvent(new ExtensionDecided(task.suggestionId(), task.unitId(), false, task.dueOn(),
                    command.note(), command.actor().username()));
        });
    }

    /**
     * The one shape of a decision: the request's task is loaded; approved, {@code onApproved} decides the request and
     * does what the approval means for the task; rejected (the command holds the reason), the request is rejected
     * and {@code onRejected} records it. The request is saved either way, once. A request decided since the page was
     * read is refused as a concurrent change ({@link StaleVersion}); two clerks deciding at once write the same task
     * and request rows, so the second waits for the first and is refused too: a request is decided once (ADR 0065).
     */
    private <R extends UnitRequest> void decide(R request, DecideRequestCommand command, Consumer<R> save,
                                                Consumer<Assignment> onApproved, Consumer<Assignment> onRejected) {
        StaleVersion.check("unit request", request.id(), command.readVersion(), request.version());
        Assignment task = assignments.task(request.assignmentId());
        if (command.approve()) {
            onApproved.accept(task);
        } else {
            request.reject(command.note(), command.actor().username(), calendar.now());
            onRejected.accept(task);
        }
        save.accept(request);
    }

    private static String noteSuffix(DecideRequestCommand command) {
        return command.note() == null ? "" : "；" + command.note();
    }

    /**
     * What the user's unit may do on its own task of the case now (the case page's buttons), answered by the
     * guard table the transitions use and the policies the commands check; none without a current task.
     */
    @Transactional(readOnly = true)
    public TaskActions actionsFor(long suggestionId, CurrentUser me, LocalDate today) {
        if (me.unitId() == null) {
            return TaskActions.NONE;
        }
        return assignments.taskOf(suggestionId, me.unitId()).map(task -> new TaskActions(
                me.can(Permission.TASK_HANDLE) && task.allows(TaskAction.ACKNOWLEDGE),
                me.can(Permission.TASK_HANDLE) && task.allows(TaskAction.REQUEST_RETURN)
                        && returnWindowOpen(task, today) instanceof Decision.Allowed,
                me.can(Permission.TASK_HANDLE) && task.allows(TaskAction.REQUEST_EXTENSION)
                        && extensionOpen(task, today) instanceof Decision.Allowed,
                me.can(Permission.OPINION_GIVE) && task.allowsOnceWorkStarts(TaskAction.GIVE_OPINION),
                task.mayStartWork()))
                .orElse(TaskActions.NONE);
    }

    /** The return window (counted from 交办) has not closed on {@code today}. */
    private Decision returnWindowOpen(Assignment task, LocalDate today) {
        return AssignmentPolicies.returnWithinWindow(today, returnWindowEnd(task));
    }

    /** The deadline has not passed and no extension request of the task waits for the office. */
    private Decision extensionOpen(Assignment task, LocalDate today) {
        Decision beforeDeadline = AssignmentPolicies.extensionBeforeDeadline(today, task.dueOn());
        if (beforeDeadline instanceof Decision.Rejected) {
            return beforeDeadline;
        }
        return AssignmentPolicies.noOpenRequest(extensions.findBySuggestionIdOrderById(task.suggestionId()).stream()
                .anyMatch(r -> r.assignmentId().equals(task.id()) && r.outcome() == RequestOutcome.PENDING));
    }

    /** The reason a unit gives, stripped; refused beside the field when blank (the commands' own check). */
    static String reasonGiven(String reason) {
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.onField("reason", "assignment.request.reasonRequired");
        }
        return reason.strip();
    }

    /** The last day a unit may ask to return the case: the return window counted from its 交办. */
    @Transactional(readOnly = true)
    public LocalDate returnWindowEnd(Assignment task) {
        return calendar.returnWindowEnd(task);
    }

    /** The latest deadline an extension may reach for the task. */
    @Transactional(readOnly = true)
    public LocalDate extensionLimit(Assignment task) {
        return calendar.extensionLimit(task);
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
}
