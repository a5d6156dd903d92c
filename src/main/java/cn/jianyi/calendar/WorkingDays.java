package cn.jianyi.calendar;

import java.sql.DatabaseMetaData;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.jianyi.shared.HeldInMemory;

/**
 * The official working-day calendar as stored, and deadlines computed on it.
 * <p>
 * The calendar has a revision ({@code calendar_revisions}, ADR 0065). A change of the calendar raises it, which locks
 * its row until the change commits; a transaction that writes and computes a deadline locks the same row first
 * ({@code select … for share} on PostgreSQL, {@code for update} on H2), so it waits for a change under way and then
 * counts on the calendar that change left, and a change waits for the deadlines being issued and then recomputes them too. No deadline is ever stored
 * counted on a calendar other than the committed one. Other readers (a preview, a page, the deadline monitor's working
 * days left) use the calendar held in memory, which a change drops when it ends.
 */
@Service
public class WorkingDays implements HeldInMemory {

    private final JdbcClient jdbc;
    private volatile Loaded cached;

    /** The calendar as stored at one revision. */
    private record Loaded(long revision, WorkingDayCalendar calendar) {
    }

    /** The calendar a writing transaction locked, or changes: bound to the transaction until it ends. */
    private static final class Held {
        private Loaded loaded;
        private boolean changing;

        private Held(Loaded loaded) {
            this.loaded = loaded;
        }
    }

    /**
     * How a deadline's transaction holds the revision: shared on PostgreSQL, so that deadlines issued side by side
     * (交办, signings) do not queue behind one another and only a change waits for them; H2 knows no shared row lock,
     * and one embedded instance's writers take it in turn.
     */
    private final String lockRevision;

    WorkingDays(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.lockRevision = "select revision from calendar_revisions where id = 1 "
                + (postgres(dataSource) ? "for share" : "for update");
    }

    private static boolean postgres(DataSource dataSource) {
        try {
            return "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource,
                    DatabaseMetaData::getDatabaseProductName));
        } catch (MetaDataAccessException e) {
            return false;
        }
    }

    /**
     * The current calendar: within a transaction that changes it or has counted a deadline, the one at the revision it
     * locked (see the class comment); otherwise the one held in memory, loaded once and again after a change. Reading
     * it takes no lock: a page or a report that shows working days left waits for nobody.
     */
    public WorkingDayCalendar calendar() {
        Held held = held();
        return held != null ? held.loaded.calendar() : cachedOrLoad().calendar();
    }

    /**
     * A deadline counted on the calendar. In a writing transaction, which will store it, the calendar's revision is
     * locked first (once per transaction), so the deadline is that of the committed calendar and a change waits for
     * this transaction to recompute it too (ADR 0065).
     */
    public Deadline deadline(LocalDate start, Window window) {
        Held held = held();
        if (held == null && writing()) {
            held = lock();
        }
        return (held != null ? held.loaded.calendar() : cachedOrLoad().calendar()).deadline(start, window);
    }

    /** The entries of one year, in date order. */
    public java.util.List<CalendarDay> entriesOf(int year) {
        return jdbc.sql("select calendar_date, kind, name from calendar_days where calendar_year = :year order by calendar_date")
                .param("year", year)
                .query((rs, n) -> new CalendarDay(rs.getObject("calendar_date", LocalDate.class),
                        CalendarDay.Kind.valueOf(rs.getString("kind")), rs.getString("name")))
                .list();
    }

    /** The notice a year's entries come from. */
    public java.util.Optional<String> sourceOf(int year) {
        return jdbc.sql("select source from calendar_years where calendar_year = :year").param("year", year)
                .query(String.class).optional();
    }

    /** Drops the cached calendar so the next use reads the stored one. */
    public void reload() {
        cached = null;
    }

    @Override
    public void forget() {
        reload();
    }

    /**
     * Starts a change of the calendar in the current transaction: raises the revision (waiting for any other change
     * and for the deadlines being issued meanwhile), and from now on this transaction counts on the calendar as it
     * stands after that wait. Called by {@link CalendarManagement} before it reads the calendar to check a change.
     */
    void beginChange(String changedBy, Instant at) {
        jdbc.sql("update calendar_revisions set revision = revision + 1, changed_at = :at, changed_by = :by where id = 1")
                .param("at", Timestamp.from(at)).param("by", changedBy).update();
        Held held = held();
        Loaded fresh = load();
        if (held == null) {
            held = new Held(fresh);
            bind(held);
        } else {
            held.loaded = fresh;
        }
        held.changing = true;
    }

    /** After the change's own rows are written: this transaction counts on the changed calendar. */
    void changeWritten() {
        Held held = held();
        if (held == null) {
            throw new IllegalStateException("No calendar change under way in this transaction");
        }
        held.loaded = load();
    }

    private Held lock() {
        long revision = jdbc.sql(lockRevision).query(Long.class).single();
        Loaded current = cached;
        if (current == null || current.revision() != revision) {
            current = load();
            // loaded under the lock: no change can be under way, the rows are those of this revision
            cached = current.revision() == revision ? current : null;
        }
        Held held = new Held(current);
        bind(held);
        return held;
    }

    private Loaded cachedOrLoad() {
        Loaded current = cached;
        if (current == null) {
            current = load();
            cached = current;
        }
        return current;
    }

    /** The revision first, then the rows: rows newer than their revision are reloaded by the next lock, never older. */
    private Loaded load() {
        long revision = jdbc.sql("select revision from calendar_revisions where id = 1").query(Long.class).single();
        var days = new HashMap<LocalDate, CalendarDay>();
        jdbc.sql("select calendar_date, kind, name from calendar_days")
                .query((rs, n) -> new CalendarDay(rs.getObject("calendar_date", LocalDate.class),
                        CalendarDay.Kind.valueOf(rs.getString("kind")), rs.getString("name")))
                .list()
                .forEach(day -> days.put(day.date(), day));
        var years = new HashSet<>(jdbc.sql("select calendar_year from calendar_years").query(Integer.class).list());
        return new Loaded(revision, new WorkingDayCalendar(days, years));
    }

    private Held held() {
        return TransactionSynchronizationManager.isSynchronizationActive()
                ? (Held) TransactionSynchronizationManager.getResource(this) : null;
    }

    private static boolean writing() {
        return TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    private void bind(Held held) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("A calendar change needs a transaction");
        }
        TransactionSynchronizationManager.bindResource(this, held);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(WorkingDays.this);
                if (held.changing) {
                    reload();             // committed: the memory is behind; rolled back: it may hold the change
                }
            }
        });
    }
}
