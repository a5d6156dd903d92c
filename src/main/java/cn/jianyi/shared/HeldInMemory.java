package cn.jianyi.shared;

import java.time.Duration;
import java.util.concurrent.ThreadPoolExecutor;

/**
 * A bean that holds in memory what it read from the database (a cache) or work it runs on its own thread (a job
 * list). {@link #forget()} lets it start afresh once the database under it was replaced: restored from a backup, or
 * reset between test classes that share one running application.
 */
public interface HeldInMemory {

    /** Waits for work in progress to end, then drops what is held; the next use reads the database again. */
    void forget();

    /** Waits up to the given time until the executor has neither a running nor a queued task. */
    static void awaitIdle(ThreadPoolExecutor executor, Duration atMost) {
        awaitUntil(() -> executor.getActiveCount() == 0 && executor.getQueue().isEmpty(), atMost);
    }

    /** Waits up to the given time (checking every 20 ms) until {@code done} holds, or the thread is interrupted. */
    static void awaitUntil(java.util.function.BooleanSupplier done, Duration atMost) {
        long until = System.nanoTime() + atMost.toNanos();
        while (!done.getAsBoolean() && System.nanoTime() < until) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
