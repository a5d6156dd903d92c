package cn.jianyi.supervision;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code jianyi.deadlines.*}: the warning thresholds in working days and the reminder job's lock. The job's schedule
 * is {@code jianyi.deadlines.reminder-cron} (default {@code 0 30 8 * * *}, in {@code jianyi.time-zone}); it is off
 * with {@code jianyi.deadlines.reminders-enabled=false} and for command-line runs.
 *
 * @param dueSoonWorkingDays      a task is 即将到期 when at most this many working days are left (due today: 0 left)
 * @param longOverdueWorkingDays  a task is 严重超期 when more than this many working days past its due date
 * @param reminderLockAtMostFor   how long a crashed instance may hold the job's lock
 * @param reminderLockAtLeastFor  how long the lock is held at least, so another instance does not run right after
 */
@ConfigurationProperties("jianyi.deadlines")
public record DeadlineSettings(@DefaultValue("5") int dueSoonWorkingDays,
                               @DefaultValue("20") int longOverdueWorkingDays,
                               @DefaultValue("PT30M") Duration reminderLockAtMostFor,
                               @DefaultValue("PT1M") Duration reminderLockAtLeastFor) {

    public DeadlineSettings {
        if (dueSoonWorkingDays < 0 || longOverdueWorkingDays < 0) {
            throw new IllegalArgumentException("deadline thresholds are counts of working days, not negative");
        }
    }

    public DeadlinePolicy policy() {
        return new DeadlinePolicy(dueSoonWorkingDays, longOverdueWorkingDays);
    }
}
