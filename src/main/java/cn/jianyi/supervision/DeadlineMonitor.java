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
import cn.jianyi.identity.Directory;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionManagement;

/**
 * The deadline state of every running unit task (待签收, 办理中, 申请退回中, 重新办理) today, on the current working-day
 * calendar; the basis of the badges, the 督办台账 and the reminders.
 */
@Service
@Transactional(readOnly = true)
public class DeadlineMonitor {

    /** One line of the 督办台账. */
    public record LedgerRow(TaskDeadline deadline, String unitName, long suggestionId, int number, String title) {
    }

    private final Assignments assignments;
    private final SuggestionManagement suggestions;
    private final Directory directory;
    private final WorkingDays workingDays;
    private final DeadlinePolicy policy;
    private final Clock clock;

    private final cn.jianyi.suggestion.Meetings meetings;

    DeadlineMonitor(Assignments assignments, SuggestionManagement suggestions, Directory directory,
                    WorkingDays workingDays, DeadlineSettings settings, Clock clock,
                    cn.jianyi.suggestion.Meetings meetings) {
        this.meetings = meetings;
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
     * The most urgent warning state of each case among its running tasks (only those of {@code unitId} when not
     * {@code null}); cases without a warning are absent.
     */
    public Map<Long, DeadlineState> warningsByCase(Collection<Long> suggestionIds, Long unitId) {
        var states = new HashMap<Long, DeadlineState>();
        for (TaskDeadline deadline : running()) {
            Assignment task = deadline.task();
            if (!deadline.state().isWarning() || !suggestionIds.contains(task.suggestionId())
                    || (unitId != null && !unitId.equals(task.unitId()))) {
                continue;
            }
            states.merge(task.suggestionId(), deadline.state(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        return states;
    }

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
                    return new LedgerRow(d, unit, suggestion.id(), suggestion.number(), suggestion.title());
                })
                .sorted(Comparator.comparing(LedgerRow::unitName, Collator.getInstance(Locale.CHINA))
                        .thenComparing(r -> r.deadline().watch().dueOn())
                        .thenComparing(LedgerRow::number))
                .toList();
    }

    private TaskDeadline assess(Assignment task, LocalDate today, WorkingDayCalendar calendar) {
        boolean opinion = task.isCoUnit() && task.opinionDueOn() != null;
        LocalDate due = opinion ? task.opinionDueOn() : task.dueOn();
        return new TaskDeadline(task, opinion ? TaskDeadline.Kind.OPINION : TaskDeadline.Kind.REPLY,
                policy.assess(due, today, calendar));
    }
}
