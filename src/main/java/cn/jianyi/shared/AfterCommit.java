package cn.jianyi.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work that must wait for the act's commit (a transactional outbox's kick: ADR 0058 addendum, ADR 0061): run after
 * the current transaction commits, never after a rollback; at once when no transaction is active. The work runs on
 * the committing thread after its connection is released, so it should only hand over to another thread.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    public static void run(Runnable work) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            work.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                work.run();
            }
        });
    }
}
