package cn.jianyi.shared;

import java.sql.SQLException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * Tells a failure of the database (it refused or lost a write, the connection broke, the commit failed) from the
 * other exceptions, whatever wraps it: Spring Data JDBC reports a failed aggregate save as a
 * {@code DbActionExecutionException} with the database's exception as its cause. A use case that failed this way
 * changed nothing, since its transaction rolled back.
 */
public final class DatabaseFaults {

    private static final Logger log = LoggerFactory.getLogger(DatabaseFaults.class);

    private DatabaseFaults() {
    }

    /**
     * Runs a write that must not stop what the person is doing (the bookkeeping of a login, a sighting of a unit's
     * browser): if the database fails it, the failure is logged under an incident id and the request goes on.
     * Anything else is thrown as usual.
     */
    public static void bestEffort(String what, Runnable write) {
        try {
            write.run();
        } catch (RuntimeException failure) {
            if (!isDatabaseFault(failure)) {
                throw failure;
            }
            log.error("Incident {}: the database failed {}; the request went on without it", newIncident(), what,
                    failure);
        }
    }

    /** The database failed the work: it refused or lost a write, broke the connection or failed the commit. */
    public static boolean isDatabaseFault(Throwable failure) {
        return causedBy(failure, DataAccessException.class, TransactionException.class, SQLException.class);
    }

    /** Someone changed the same record since it was read (optimistic locking, a serialization failure). */
    public static boolean isConcurrentChange(Throwable failure) {
        return causedBy(failure, ConcurrencyFailureException.class);
    }

    /** Whether {@code failure} is, or was caused by, one of {@code kinds}. */
    @SafeVarargs
    static boolean causedBy(Throwable failure, Class<? extends Throwable>... kinds) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Class<? extends Throwable> kind : kinds) {
                if (kind.isInstance(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The id to log a failure under and show the user, who can quote it to the administrator: the request's id
     * (ADR 0068), which every log line of the request carries, or the background job's.
     */
    public static String newIncident() {
        return LogContext.incident();
    }
}
