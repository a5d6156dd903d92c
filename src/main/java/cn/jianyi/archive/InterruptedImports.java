package cn.jianyi.archive;

import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

/**
 * Keeps the archive import's leases (ADR 0064): this instance renews the lease of each batch it reads every
 * {@code jianyi.archive.lease-renewal} (20 s), and every {@code jianyi.archive.lease-sweep} (1 min), on one instance
 * at a time (ShedLock row {@value #LOCK}, database time), a batch still RUNNING whose lease ran out, because the
 * instance reading it stopped, is marked FAILED with the reason {@link ImportBatch.Failure#STOPPED} and its unread
 * files counted, never left 正在读取. The same check runs at start-up (ADR 0032). Not on a command-line run
 * ({@code bin/jianyi}), which may share the database with a running server.
 */
@Component
@ConditionalOnExpression("!${jianyi.cli.enabled:false}")
@EnableScheduling
class InterruptedImports {

    static final String LOCK = "archive-lease-sweep";

    private final ArchiveImports imports;
    private final LockingTaskExecutor locks;

    InterruptedImports(ArchiveImports imports, LockingTaskExecutor locks) {
        this.imports = imports;
        this.locks = locks;
    }

    @EventListener(ApplicationReadyEvent.class)
    void markCutOffBatches() {
        sweep();
    }

    /** Marks the batches whose instance stopped; a no-op while another instance holds the lock. */
    @Scheduled(initialDelayString = "${jianyi.archive.lease-sweep:PT1M}",
            fixedDelayString = "${jianyi.archive.lease-sweep:PT1M}")
    void sweep() {
        locks.executeWithLock((Runnable) imports::markCutOff,
                new LockConfiguration(Instant.now(), LOCK, Duration.ofMinutes(5), Duration.ZERO));
    }

    @Scheduled(initialDelayString = "${jianyi.archive.lease-renewal:PT20S}",
            fixedDelayString = "${jianyi.archive.lease-renewal:PT20S}")
    void renew() {
        imports.renewLeases();
    }
}
