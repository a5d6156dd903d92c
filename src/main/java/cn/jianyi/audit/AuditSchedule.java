package cn.jianyi.audit;

import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

/**
 * Runs the retention purge daily ({@code jianyi.audit.purge-cron}, 03:30) on one instance at a time: ShedLock's row
 * {@value #LOCK} in the {@code shedlock} table, timed by the database's clock as the notice dispatcher's. Off for
 * command-line runs and with {@code jianyi.audit.purge-enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!${jianyi.cli.enabled:false} and ${jianyi.audit.purge-enabled:true}")
@EnableScheduling
class AuditSchedule {

    static final String LOCK = "audit-purge";

    private final AuditRetention retention;
    private final LockingTaskExecutor locks;

    AuditSchedule(AuditRetention retention, LockingTaskExecutor locks) {
        this.retention = retention;
        this.locks = locks;
    }

    @Scheduled(cron = "${jianyi.audit.purge-cron:0 30 3 * * *}")
    void purge() {
        locks.executeWithLock((Runnable) retention::purge,
                new LockConfiguration(Instant.now(), LOCK, Duration.ofMinutes(30), Duration.ofSeconds(30)));
    }
}
