package cn.jianyi.supervision;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.assignment.Assignment;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.calendar.WorkingDayCalendar;
import cn.jianyi.calendar.WorkingDays;
import cn.jianyi.handling.Commitments;
import cn.jianyi.identity.Directory;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionManagement;

/**
 * The deadline state of every running unit task (待签收, 办理中, 申请退回中, 重新办理) today, on the current working-day
 * calendar; the basis of the badges, the 督办台账 and the reminders.
 */
@Service
@Transactional(readOnly = true)
public class DeadlineMonitor implements cn.jianyi.suggestion.CaseDeadlines {

    /** One line of the 督办台账. */
    public record LedgerRow(TaskDeadline deadline, String unitName, long suggestionId, String meetingName, int number,
                            String title) {
    }

    /** An open commitment (跟踪办理) of the 督办台账: due within {@link #COMMITMENT_HORIZON_DAYS} days, or overdue. */
    public record CommitmentRow(String unitName, long suggestionId, String meetingName, int number, String title,
                                String description, LocalDate dueOn, boolean overdue) {
    }

    /** How far ahead an open commitment counts as due (as on the units' home pages). */
    public static final int COMMITMENT_HORIZON_DAYS = 30;

    private final Assignments assignments;
    private final SuggestionManagement suggestions;
    private final Directory directory;
    private final WorkingDays workingDays;
    private final DeadlinePolicy policy;
    private final Clock clock;

    private final cn.jianyi.suggestion.Meetings meetings;
    private final Commitments commitments;

    DeadlineMonitor(Assignments assignments, SuggestionManagement suggestions, Directory directory,
                    WorkingDays workingDays, DeadlineSettings settings, Clock clock,
                    cn.jianyi.suggestion.Meetings meetings, Commitments commitments) {
        this.meetings = meetings;
        this.commitments = commitments;
        this.assignments = assignments;
        this.suggestions = suggestions;
        this.directory = directory;
        this.workingDays = workingDays;
        this.policy = settings.policy();
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every running task with its deadline state today. */
    public List<TaskDeadline> running() {
        LocalDate today = today();
        WorkingDayCalendar calendar = workingDays.calendar();
        return assignments.runningTasks().stream().map(task -> assess(task, today, calendar)).toList();
    }

    /** The running tasks of one case, by unit id. */
    public Map<Long, TaskDeadline> ofCase(long suggestionId) {
        LocalDate today = today();
        WorkingDayCalendar calendar = workingDays.calendar();
        var byUnit = new HashMap<Long, TaskDeadline>();
        assignments.of(suggestionId).stream().filter(task -> task.status().isRunning())
                .forEach(task -> byUnit.put(task.unitId(), assess(task, today, calendar)));
        return byUnit;
    }

    /**
     * The running deadlines of the listed cases as their reader sees them: a unit's people their own task's (a
     * co-unit that still owes its opinion the 协办意见期限, a unit that answers the 答复期限); the office each kind of
     * deadline once per case, the most urgent task's of that kind. The most urgent deadline comes first.
     */
    @Override
    public Map<Long, List<cn.jianyi.suggestion.CaseDeadline>> forReader(Collection<Long> suggestionIds, Long unitId) {
        var worstByCaseAndKind = new HashMap<Long, Map<TaskDeadline.Kind, TaskDeadline>>();
        LocalDate today = today();
        WorkingDayCalendar calendar = workingDays.calendar();
        for (Assignment task : assignments.runningTasksOf(java.util.Set.copyOf(suggestionIds))) {
            if (unitId != null && !unitId.equals(task.unitId())) {
                continue;
            }
            TaskDeadline deadline = assess(task, today, calendar);
            worstByCaseAndKind.computeIfAbsent(task.suggestionId(), id -> new java.util.EnumMap<>(TaskDeadline.Kind.class))
                    .merge(deadline.kind(), deadline, (a, b) -> MOST_URGENT_FIRST.compare(a, b) <= 0 ? a : b);
        }
        var result = new HashMap<Long, List<cn.jianyi.suggestion.CaseDeadline>>();
        worstByCaseAndKind.forEach((id, byKind) -> result.put(id, byKind.values().stream().sorted(MOST_URGENT_FIRST)
                .map(cn.jianyi.suggestion.CaseDeadline.class::cast).toList()));
        return result;
    }

    /** The worse state first, then the earlier date, then the answer before the opinion. */
    private static final Comparator<TaskDeadline> MOST_URGENT_FIRST = Comparator
            .comparing(TaskDeadline::state, Comparator.reverseOrder())
            .thenComparing(TaskDeadline::dueOn)
            .thenComparing(TaskDeadline::kind);

    /**
     * 督办台账: the running tasks that are due soon or overdue ({@code state} only, when given), by unit (in pinyin
     * order), the earliest due date first within a unit.
     */
    public List<LedgerRow> ledger(DeadlineState state) {
        return ledger(state, cn.jianyi.identity.DataScope.all());
    }

    /** The 督办台账 of the cases of the reader's congresses (ADR 0042). */
    public List<LedgerRow> ledger(DeadlineState state, cn.jianyi.identity.DataScope scope) {
        var names = new HashMap<Long, String>();
        var congressOfMeeting = new HashMap<Long, Long>();
        return running().stream()
                .filter(d -> state == null ? d.state().isWarning() : d.state() == state)
                .filter(d -> scope.coversCongress(congressOfMeeting.computeIfAbsent(
                        suggestions.get(d.task().suggestionId()).meetingId(),
                        meeting -> meetings.view(meeting).congressId())))
                .map(d -> {
                    Suggestion suggestion = suggestions.get(d.task().suggestionId());
                    String unit = names.computeIfAbsent(d.task().unitId(), id -> directory.unit(id).shortName());
                    return new LedgerRow(d, unit, suggestion.id(), meetings.view(suggestion.meetingId()).name(),
                            suggestion.number(), suggestion.title());
                })
                .sorted(Comparator.comparing(LedgerRow::unitName, Collator.getInstance(Locale.CHINA))
                        .thenComparing(r -> r.deadline().watch().dueOn())
                        .thenComparing(LedgerRow::number))
                .toList();
    }

    /**
     * The open commitments of the cases of the reader's congresses that are due within
     * {@link #COMMITMENT_HORIZON_DAYS} days or overdue, the earliest first (督办台账, 跟踪办理).
     */
    public List<CommitmentRow> dueCommitments(cn.jianyi.identity.DataScope scope) {
        LocalDate today = today();
        var names = new HashMap<Long, String>();
        var meetingViews = new HashMap<Long, cn.jianyi.suggestion.MeetingView>();
        return commitments.openCommitments().stream()
                .filter(c -> c.isDueBy(today.plusDays(COMMITMENT_HORIZON_DAYS)))
                .map(c -> {
                    Suggestion suggestion = suggestions.get(c.suggestionId());
                    var meeting = meetingViews.computeIfAbsent(suggestion.meetingId(), meetings::view);
                    if (!scope.coversCongress(meeting.congressId())) {
                        return null;
                    }
                    String unit = names.computeIfAbsent(c.unitId(), id -> directory.unit(id).shortName());
                    return new CommitmentRow(unit, suggestion.id(), meeting.name(), suggestion.number(),
                            suggestion.title(), c.description(), c.dueOn(), c.dueOn().isBefore(today));
                })
                .filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(CommitmentRow::dueOn).thenComparing(CommitmentRow::unitName,
                        Collator.getInstance(Locale.CHINA)))
                .toList();
    }

    private TaskDeadline assess(Assignment task, LocalDate today, WorkingDayCalendar calendar) {
        boolean opinion = task.isCoUnit() && task.opinionDueOn() != null;
        LocalDate due = opinion ? task.opinionDueOn() : task.dueOn();
        return new TaskDeadline(task, opinion ? TaskDeadline.Kind.OPINION : TaskDeadline.Kind.REPLY,
                policy.assess(due, today, calendar));
    }
}
