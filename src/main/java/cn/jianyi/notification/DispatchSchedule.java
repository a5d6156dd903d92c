package cn.jianyi.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Runs the {@link NoticeDispatcher} every {@code jianyi.notifications.dispatch-interval} (30 s) on one instance at a
 * time: ShedLock holds a row in the {@code shedlock} table, timed by the database's clock so that instances with
 * different clocks agree. Off for command-line runs and with {@code jianyi.notifications.dispatch-enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!${jianyi.cli.enabled:false} and ${jianyi.notifications.dispatch-enabled:true}")
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class DispatchSchedule {

    static final String LOCK = "notice-dispatch";

    @Bean
    ScheduledDispatch scheduledDispatch(NoticeDispatcher dispatcher) {
        return new ScheduledDispatch(dispatcher);
    }

    /** The scheduled run; skipped while another instance holds the lock. */
    static class ScheduledDispatch {

        private final NoticeDispatcher dispatcher;

        ScheduledDispatch(NoticeDispatcher dispatcher) {
            this.dispatcher = dispatcher;
        }

        @Scheduled(initialDelayString = "${jianyi.notifications.dispatch-initial-delay:PT20S}",
                fixedDelayString = "${jianyi.notifications.dispatch-interval:PT30S}")
        @SchedulerLock(name = LOCK, lockAtMostFor = "${jianyi.notifications.dispatch-lock-at-most-for:PT10M}",
                lockAtLeastFor = "${jianyi.notifications.dispatch-lock-at-least-for:PT5S}")
        public void run() {
            dispatcher.dispatchDue();
        }
    }
}
