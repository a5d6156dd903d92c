package cn.jianyi.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import cn.jianyi.calendar.Window;
import cn.jianyi.calendar.WindowUnit;
import cn.jianyi.shared.IllegalTransitionException;
import cn.jianyi.suggestion.HandlingRole;

/**
 * 承办任务: one unit's task on a case (交办记录), with its role, its reply deadline and the basis that deadline is
 * computed from, and its own state machine. Who assigned, when and to whom never changes; the status moves only
 * through the intention-named transitions below, each returning the status it left for the timeline. Over 300 lines
 * because the guard table, the transitions it guards and the questions it answers ({@link #allows}) belong in one
 * place; the rest are the accessors of its columns.
 */
@Table("assignments")
public class Assignment {

    /** 承办任务状态. */
    public enum Status {
        /** 待签收. */
        PENDING,
        /** 办理中. */
        IN_HANDLING,
        /** 申请退回，待交办机构决定. */
        RETURN_REQUESTED,
        /** 已退回: the unit no longer handles the case. */
        RETURNED,
        /** 协办意见已提交. */
        OPINION_GIVEN,
        /** 已答复 (lead unit). */
        REPLIED,
        /** 重新办理 (lead unit). */
        REHANDLING,
        /** 办结. */
        COMPLETED;

        /** Whether the unit still works on the case in this state (everything but returned and completed). */
        public boolean isActive() {
            return this != RETURNED && this != COMPLETED;
        }

        /**
         * Whether the task's deadline is running (待签收, 办理中, 申请退回中, 重新办理): the unit still owes its reply or
         * opinion. The deadline monitor watches these.
         */
        public boolean isRunning() {
            return this == PENDING || this == IN_HANDLING || this == RETURN_REQUESTED || this == REHANDLING;
        }

        /** Whether the guard table lets the action start from this status (the role is checked apart). */
        public boolean allows(TaskAction action) {
            return GUARDS.get(action).contains(this);
        }
    }

    /**
     * The guard table: the statuses each action may start from (task-transitions.csv, docs/process.md). The
     * transitions below refuse through it, and {@link Status#allows(TaskAction)} answers from it.
     */
    private static final Map<TaskAction, Set<Status>> GUARDS = new EnumMap<>(Map.of(
            TaskAction.ACKNOWLEDGE, EnumSet.of(Status.PENDING),
            TaskAction.REQUEST_RETURN, EnumSet.of(Status.PENDING, Status.IN_HANDLING),
            TaskAction.APPROVE_RETURN, EnumSet.of(Status.RETURN_REQUESTED),
            TaskAction.REJECT_RETURN, EnumSet.of(Status.RETURN_REQUESTED),
            TaskAction.GIVE_OPINION, EnumSet.of(Status.IN_HANDLING),
            TaskAction.MARK_REPLIED, EnumSet.of(Status.IN_HANDLING, Status.REHANDLING),
            TaskAction.REOPEN_FOR_REHANDLING, EnumSet.of(Status.REPLIED),
            TaskAction.RECALL_FOR_OPINION, EnumSet.of(Status.PENDING, Status.IN_HANDLING, Status.OPINION_GIVEN),
            TaskAction.COMPLETE, EnumSet.of(Status.PENDING, Status.IN_HANDLING, Status.OPINION_GIVEN, Status.REPLIED),
            TaskAction.REQUEST_EXTENSION, EnumSet.of(Status.PENDING, Status.IN_HANDLING, Status.REHANDLING)));

    /** What the current deadline is counted from. */
    public enum DueBasis {
        /** 交办 + the reply window. */
        ASSIGNMENT,
        /** The previous deadline + an approved extension. */
        EXTENSION,
        /** The office's re-handling decision + the re-handling window. */
        REHANDLING
    }

    @Id
    private Long id;
    @Version
    private Integer version;
    private Long suggestionId;
    private Long unitId;
    private HandlingRole role;
    private LocalDate assignedOn;
    private LocalDate dueOn;
    private LocalDate dueFrom;
    private int dueAmount;
    private WindowUnit dueUnit;
    private DueBasis dueBasis;
    private LocalDate opinionDueOn;
    private String assignedBy;
    private Instant assignedAt;
    private Status status;
    private String acknowledgedBy;
    private Instant acknowledgedAt;

    protected Assignment() {
    }

    /**
     * A new task, waiting for the unit's 签收. The reply deadline runs from {@code assignedOn} by {@code replyWindow};
     * a co-unit also gets the date its written opinion to the lead unit is due.
     */
    static Assignment issue(long suggestionId, long unitId, HandlingRole role, LocalDate assignedOn,
                            Window replyWindow, LocalDate dueOn, LocalDate opinionDueOn, String by, Instant at) {
        var task = new Assignment();
        task.suggestionId = suggestionId;
        task.unitId = unitId;
        task.role = role;
        task.assignedOn = assignedOn;
        task.dueFrom = assignedOn;
        task.dueAmount = replyWindow.amount();
        task.dueUnit = replyWindow.unit();
        task.dueBasis = DueBasis.ASSIGNMENT;
        task.dueOn = dueOn;
        task.opinionDueOn = role == HandlingRole.CO ? opinionDueOn : null;
        task.assignedBy = by;
        task.assignedAt = at;
        task.status = Status.PENDING;
        return task;
    }

    /** 签收. */
    Status acknowledge(String by, Instant at) {
        Status from = require(TaskAction.ACKNOWLEDGE);
        this.acknowledgedBy = by;
        this.acknowledgedAt = at;
        this.status = Status.IN_HANDLING;
        return from;
    }

    /** 申请退回: only before the unit has answered. */
    Status requestReturn() {
        Status from = require(TaskAction.REQUEST_RETURN);
        this.status = Status.RETURN_REQUESTED;
        return from;
    }

    /** 同意退回: the unit is taken off the case. */
    Status approveReturn() {
        Status from = require(TaskAction.APPROVE_RETURN);
        this.status = Status.RETURNED;
        return from;
    }

    /** 不同意退回: the unit keeps the case and handles it (a refused return counts as received). */
    Status rejectReturn() {
        Status from = require(TaskAction.REJECT_RETURN);
        this.status = Status.IN_HANDLING;
        return from;
    }

    /** 提交协办意见 (co-units only). */
    Status giveOpinion() {
        Status from = require(TaskAction.GIVE_OPINION);
        if (role != HandlingRole.CO) {
            throw new IllegalArgumentException("only a co-unit gives an opinion to the lead unit");
        }
        this.status = Status.OPINION_GIVEN;
        return from;
    }

    /** 答复: the lead unit's signed reply went out. */
    Status markReplied() {
        Status from = require(TaskAction.MARK_REPLIED);
        if (!role.answersDeputy()) {
            throw new IllegalArgumentException("only the lead unit or a unit handling its own part replies");
        }
        this.status = Status.REPLIED;
        return from;
    }

    /** 重新办理: the office sends the case back to the lead unit with a new deadline. */
    Status reopenForRehandling(LocalDate from, Window window, LocalDate newDueOn) {
        Status left = require(TaskAction.REOPEN_FOR_REHANDLING);
        if (!role.answersDeputy()) {
            throw new IllegalArgumentException("only a unit that answers the deputy re-handles");
        }
        rebase(DueBasis.REHANDLING, from, window, newDueOn);
        this.status = Status.REHANDLING;
        return left;
    }

    /**
     * 重新办理 with the co-unit: the office asks for its opinion again, due {@code newOpinionDueOn}; the co-unit works
     * to the new reply deadline like the lead unit. A task whose opinion was given is in handling again; one still
     * waiting for 签收 or in handling keeps its state with the new dates.
     */
    Status recallForOpinion(LocalDate decidedOn, Window window, LocalDate newDueOn, LocalDate newOpinionDueOn) {
        Status from = require(TaskAction.RECALL_FOR_OPINION);
        if (role != HandlingRole.CO) {
            throw new IllegalArgumentException("only a co-unit is recalled for its opinion");
        }
        rebase(DueBasis.REHANDLING, decidedOn, window, newDueOn);
        this.opinionDueOn = newOpinionDueOn;
        if (status == Status.OPINION_GIVEN) {
            this.status = Status.IN_HANDLING;
        }
        return from;
    }

    /** 办结: the case closed; the task ends whatever stage it reached (a co-unit may not have written). */
    Status complete() {
        Status from = require(TaskAction.COMPLETE);
        this.status = Status.COMPLETED;
        return from;
    }

    /**
     * 申请延期 may be filed: a task that still owes the deputy its reply (主办 or 分办; a co-unit works to the lead
     * unit's deadline) and is 待签收, 办理中 or 重新办理. The state does not move.
     */
    void checkExtensionMayBeRequested() {
        if (!allows(TaskAction.REQUEST_EXTENSION)) {
            throw new IllegalTransitionException(status, TaskAction.REQUEST_EXTENSION.verb());
        }
    }

    /**
     * Whether the unit may start work now (a contact, a draft, an opinion): the task still runs and no return
     * request waits for the office.
     */
    public boolean mayStartWork() {
        return status.isActive() && status != Status.RETURN_REQUESTED;
    }

    /**
     * Whether {@code action} is open once the unit starts work: a task waiting for 签收 is acknowledged by the first
     * act, so the action is judged from 办理中 then.
     */
    public boolean allowsOnceWorkStarts(TaskAction action) {
        if (!mayStartWork()) {
            return false;
        }
        Status working = status.allows(TaskAction.ACKNOWLEDGE) ? Status.IN_HANDLING : status;
        return roleFits(action) && working.allows(action);
    }

    /** Whether {@code action} is open to this task: its status allows it and the action suits the unit's role. */
    public boolean allows(TaskAction action) {
        return roleFits(action) && status.allows(action);
    }

    /** 协办意见 is a co-unit's act; 答复, 重新办理 and 申请延期 are for the units that answer the deputy. */
    private boolean roleFits(TaskAction action) {
        return switch (action) {
            case GIVE_OPINION, RECALL_FOR_OPINION -> role == HandlingRole.CO;
            case MARK_REPLIED, REOPEN_FOR_REHANDLING, REQUEST_EXTENSION -> role.answersDeputy();
            default -> true;
        };
    }

    /** 延期: an approved extension runs from the current deadline; the state does not move. */
    void extend(Window window, LocalDate newDueOn) {
        if (!status.isActive()) {
            throw new IllegalTransitionException(status, "extend");
        }
        rebase(DueBasis.EXTENSION, dueOn, window, newDueOn);
    }

    /** The deadline recomputed on its own basis (the calendar changed); the state does not move. */
    void reschedule(LocalDate newDueOn) {
        this.dueOn = newDueOn;
    }

    /** The co-unit's opinion date recomputed (the calendar changed). */
    void rescheduleOpinion(LocalDate newOpinionDueOn) {
        this.opinionDueOn = newOpinionDueOn;
    }

    private void rebase(DueBasis basis, LocalDate from, Window window, LocalDate newDueOn) {
        this.dueBasis = basis;
        this.dueFrom = from;
        this.dueAmount = window.amount();
        this.dueUnit = window.unit();
        this.dueOn = newDueOn;
    }

    private Status require(TaskAction action) {
        if (!status.allows(action)) {
            throw new IllegalTransitionException(status, action.verb());
        }
        return status;
    }

    public Long id() {
        return id;
    }

    public Long suggestionId() {
        return suggestionId;
    }

    public Long unitId() {
        return unitId;
    }

    public HandlingRole role() {
        return role;
    }

    public boolean isLead() {
        return role == HandlingRole.LEAD;
    }

    /** 协办: the unit gives its opinion to the lead unit (and countersigns where required). */
    public boolean isCoUnit() {
        return role == HandlingRole.CO;
    }

    /** The unit answers the deputy itself (主办, 分办). */
    public boolean answersDeputy() {
        return role.answersDeputy();
    }

    public LocalDate assignedOn() {
        return assignedOn;
    }

    /** The reply deadline (for a co-unit: the lead unit's, which it works towards). */
    public LocalDate dueOn() {
        return dueOn;
    }

    /** The day the deadline is counted from: 交办, the previous deadline after an extension, or a re-handling decision. */
    public LocalDate dueFrom() {
        return dueFrom;
    }

    /** The window counted from {@link #dueFrom()}. */
    public Window dueWindow() {
        return new Window(dueAmount, dueUnit);
    }

    public DueBasis dueBasis() {
        return dueBasis;
    }

    /** When a co-unit's written opinion to the lead unit is due; {@code null} for the lead unit. */
    public LocalDate opinionDueOn() {
        return opinionDueOn;
    }

    public String assignedBy() {
        return assignedBy;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public Status status() {
        return status;
    }

    public String acknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    /** The version this record was read at (optimistic locking, ADR 0065): forms carry it to detect a stale read. */
    public Integer version() {
        return version;
    }
}
