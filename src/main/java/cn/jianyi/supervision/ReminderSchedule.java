package cn.jianyi.supervision;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the {@link DeadlineReminders} on {@code jianyi.deadlines.reminder-cron} (default daily at 08:30) in the
 * congress's time zone, under the ShedLock lock {@value DeadlineReminders#LOCK}: with several instances on one
 * database, one runs it. Off for command-line runs and with {@code jianyi.deadlines.reminders-enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!${jianyi.cli.enabled:false} and ${jianyi.deadlines.reminders-enabled:true}")
@EnableScheduling
class ReminderSchedule {

    private final DeadlineReminders reminders;

    ReminderSchedule(DeadlineReminders reminders) {
        this.reminders = reminders;
    }

    /** The scheduled run; a no-op while another instance holds the lock. */
    @Scheduled(cron = "${jianyi.deadlines.reminder-cron:0 30 8 * * *}", zone = "${jianyi.time-zone}")
    void run() {
        reminders.runLocked();
    }
}
