package cn.jianyi.supervision;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jianyi.assignment.Assignment;
import cn.jianyi.identity.AccountContact;
import cn.jianyi.identity.Directory;
import cn.jianyi.identity.Role;
import cn.jianyi.notification.NoticeKind;
import cn.jianyi.notification.NoticeRequest;
import cn.jianyi.notification.Notifications;
import cn.jianyi.shared.Actor;
import cn.jianyi.suggestion.CaseAction;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionManagement;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

/**
 * 督办提醒: reminds a unit once when its running task becomes 即将到期, and when it becomes 已超期 and again 严重超期
 * tells the unit and escalates to the supervisors (role SUPERVISOR). Each reminder is sent once per task, stage and
 * due date (the unique key of {@code deadline_reminders}; a moved deadline may remind again), in its own transaction
 * with its timeline line ({@link CaseAction#REMIND}, then the {@link CaseAction#NOTIFY} line of the notices). A task
 * found already past a stage reminds only of the stage it is in. In-app notices are immediate; e-mail and SMS wait
 * for each recipient's quiet hours in the notification outbox.
 */
@Service
public class DeadlineReminders {

    /** The ShedLock lock the job runs under, in the {@code shedlock} table. */
    public static final String LOCK = "deadline-reminders";

    private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);

    private final DeadlineMonitor monitor;
    private final Notifications notifications;
    private final SuggestionManagement suggestions;
    private final Directory directory;
    private final cn.jianyi.suggestion.Meetings meetings;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final MessageSource messages;
    private final DeadlineSettings settings;
    private final LockingTaskExecutor locks;
    private final Clock clock;

    DeadlineReminders(DeadlineMonitor monitor, Notifications notifications, SuggestionManagement suggestions,
                      Directory directory, JdbcClient jdbc, PlatformTransactionManager transactionManager,
                      MessageSource messages, DeadlineSettings settings, LockingTaskExecutor locks, Clock clock,
                      cn.jianyi.suggestion.Meetings meetings) {
        this.meetings = meetings;
        this.monitor = monitor;
        this.notifications = notifications;
        this.suggestions = suggestions;
        this.directory = directory;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.messages = messages;
        this.settings = settings;
        this.locks = locks;
        this.clock = clock;
    }

    /**
     * The scheduled run: {@link #remindDue()} while holding the lock {@value #LOCK}; another instance holding it
     * makes this a no-op. Returns the number of reminders sent, or empty when the lock was taken.
     */
    public Optional<Integer> runLocked() {
        try {
            LockingTaskExecutor.TaskResult<Integer> result = locks.executeWithLock(this::remindDue,
                    new LockConfiguration(ClockProvider.now(), LOCK, settings.reminderLockAtMostFor(),
                            settings.reminderLockAtLeastFor()));
            return result.wasExecuted() ? Optional.ofNullable(result.getResult()) : Optional.empty();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends every reminder due today that was not sent before; returns how many were sent. A reminder that fails is
     * rolled back, logged and tried again on the next run.
     */
    public int remindDue() {
        int sent = 0;
        for (TaskDeadline deadline : monitor.running()) {
            if (!deadline.state().isWarning() || alreadySent(deadline)) {
                continue;
            }
            try {
                transactions.executeWithoutResult(status -> send(deadline));
                sent++;
            } catch (DuplicateKeyException e) {
                log.info("Deadline reminder {} for task {} already sent by another run", deadline.state(),
                        deadline.task().id());
            } catch (RuntimeException e) {
                // rolled back: tried again on the next run; the other tasks are still reminded
                log.error("Deadline reminder {} for task {} failed", deadline.state(), deadline.task().id(), e);
            }
        }
        if (sent > 0) {
            log.info("Sent {} deadline reminder(s)", sent);
        }
        return sent;
    }

    private boolean alreadySent(TaskDeadline deadline) {
        return jdbc.sql("""
                        select count(*) from deadline_reminders
                        where assignment_id = :task and stage = :stage and due_on = :due""")
                .param("task", deadline.task().id()).param("stage", deadline.state().name())
                .param("due", deadline.watch().dueOn())
                .query(Long.class).single() > 0;
    }

    /** Claims the reminder (the unique key refuses a second one), records it on the timeline and notifies. */
    private void send(TaskDeadline deadline) {
        Assignment task = deadline.task();
        DeadlineWatch watch = deadline.watch();
        jdbc.sql("""
                        insert into deadline_reminders (assignment_id, suggestion_id, unit_id, stage, due_on, sent_at)
                        values (:task, :suggestion, :unit, :stage, :due, :at)""")
                .param("task", task.id()).param("suggestion", task.suggestionId()).param("unit", task.unitId())
                .param("stage", deadline.state().name()).param("due", watch.dueOn())
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .update();
        Suggestion suggestion = suggestions.get(task.suggestionId());
        String unit = directory.unit(task.unitId()).shortName();
        String kind = message("TaskDeadline.Kind." + deadline.kind().name());
        String stage = message("DeadlineState." + deadline.state().name());
        String mark = message(deadline.markKey(), deadline.markArgs());   // names the deadline: 协办意见超期3个工作日
        String due = watch.dueOn().toString();
        String number = String.valueOf(suggestion.number());
        String days = String.valueOf(deadline.state() == DeadlineState.DUE_SOON
                ? watch.workingDaysLeft() : watch.workingDaysOver());
        boolean soon = deadline.state() == DeadlineState.DUE_SOON;
        suggestions.recordActivity(suggestion.id(), CaseAction.REMIND, Actor.system(),
                message(soon ? "supervision.reminder.timeline.soon" : "supervision.reminder.timeline.overdue",
                        unit, kind, due, stage, days), task.unitId());

        var requests = new ArrayList<NoticeRequest>();
        List<Long> unitAccounts = directory.accountsOfUnits(List.of(task.unitId())).stream()
                .filter(a -> a.has(Role.HANDLER) || a.has(Role.HEAD)).map(AccountContact::userId).toList();
        requests.add(NoticeRequest.to(unitAccounts, noticeKind(deadline.state()),
                message("supervision.reminder.unit.title", mark, suggestion.title()),
                message(soon ? "supervision.reminder.unit.body.soon" : "supervision.reminder.unit.body.overdue",
                        number, suggestion.title(), kind, due, days, stage))
                .aboutCase(suggestion.id()));
        if (deadline.state() != DeadlineState.DUE_SOON) {
            List<Long> supervisors = meetings.find(suggestion.meetingId()).stream()   // of the case's congress
                    .flatMap(m -> directory.accountsWithRole(Role.SUPERVISOR, m.congressId()).stream())
                    .map(AccountContact::userId).toList();
            requests.add(NoticeRequest.to(supervisors, noticeKind(deadline.state()),
                    message("supervision.reminder.supervisor.title", mark, unit, suggestion.title()),
                    message("supervision.reminder.supervisor.body", unit, number, suggestion.title(), kind, due,
                            stage, days))
                    .linkingTo("/supervision/deadlines").aboutCase(suggestion.id()));
        }
        notifications.notify(requests);
    }

    private static NoticeKind noticeKind(DeadlineState state) {
        return switch (state) {
            case DUE_SOON -> NoticeKind.DEADLINE_SOON;
            case OVERDUE -> NoticeKind.DEADLINE_OVERDUE;
            case LONG_OVERDUE -> NoticeKind.DEADLINE_LONG_OVERDUE;
            case ON_TIME -> throw new IllegalArgumentException("no reminder while on time");
        };
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
