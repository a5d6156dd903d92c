package cn.jianyi.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextManager;

import com.zaxxer.hikari.HikariDataSource;

import cn.jianyi.shared.HeldInMemory;

/**
 * Gives every test class the database a freshly started application would have, while the application itself stays
 * up and is shared by all classes of the same configuration (Spring's context cache; ADR 0030). A context's first
 * class gets it as started. Every later class first lets the work of the classes before it end (jobs on their own
 * threads, asynchronous event listeners), then puts the database back to what the migrations make: the tables,
 * their seeded rows and the identity counters. The first reset of an application has Flyway drop and migrate the
 * schema and saves the result ({@link SavedDatabase}); later resets put that back (empty every table, insert the
 * seeded rows, restart the identities), which takes a tenth of the time, unless the schema changed meanwhile (a test
 * that added a constraint), when Flyway drops and migrates again. Beans that hold database state in memory forget it
 * ({@link HeldInMemory}), a {@link MutableClock} goes back to its start, and where the class asks for demo data it is
 * seeded through the application's own start-up step, once per application: later demo classes get the saved
 * result (1.5 s of use cases become 0.2 s of inserts). Registered by {@link IntegrationTest}.
 * <p>
 * Guard: a class without demo data starts with every table that the migrations leave empty still empty, or it fails
 * naming the table; the build also runs once in random class order (ADR 0030).
 */
public class FreshDatabase implements BeforeAllCallback {

    /**
     * Tables the migrations fill (calendar, classification schemes, the audit chain's head), and ShedLock's lock
     * rows, which the notice dispatch schedule of a running application writes at any moment (the reset empties them
     * too); all others start empty.
     */
    private static final Set<String> SEEDED = Set.of("flyway_schema_history", "calendar_days", "calendar_years",
            "classification_schemes", "classification_classes", "class_check_rules", "shedlock", "audit_chain",
            "calendar_revisions");

    /**
     * Resets the application of this class's configuration if an earlier class started it. One not started yet is
     * left to start later, after the class's other extensions (an SMTP server whose port it reads): it will be new.
     */
    @Override
    public void beforeAll(ExtensionContext extension) {
        TestContext test = new TestContextManager(extension.getRequiredTestClass()).getTestContext();
        if (!test.hasApplicationContext()) {
            SqlRecorder.testClassStarts(extension.getRequiredTestClass(), null);
            return;
        }
        ApplicationContext context = test.getApplicationContext();
        SqlRecorder.testClassStarts(extension.getRequiredTestClass(), context.getBean(DataSource.class));
        boolean demo = context.getEnvironment().getProperty(TestDatabases.DEMO_PROPERTY, Boolean.class, false);
        reset(context, demo);
        if (!demo) {
            assertEmpty(context.getBean(JdbcClient.class));
        }
    }

    private static void reset(ApplicationContext context, boolean demo) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        // jobs first: a job that ends now still publishes events for the listeners awaited next
        context.getBeansOfType(HeldInMemory.class).values().forEach(HeldInMemory::forget);
        awaitEventListeners(jdbc);
        DataSource dataSource = context.getBean(DataSource.class);
        boolean postgres = TestDatabases.onPostgres();
        Saved saved = SAVED.computeIfAbsent(dataSource, key -> new Saved());
        boolean seeded = false;
        if (demo && saved.demo != null && saved.demo.fits(dataSource)) {
            saved.demo.restore(dataSource, postgres);
            seeded = true;
        } else if (saved.migrated != null && saved.migrated.fits(dataSource)) {
            saved.migrated.restore(dataSource, postgres);
        } else {
            Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                    .cleanDisabled(false).load();
            flyway.clean();
            flyway.migrate();
            saved.migrated = SavedDatabase.take(dataSource);
            HikariDataSource hikari = pool(dataSource);
            if (postgres && hikari != null && hikari.getHikariPoolMXBean() != null) {
                // new connections: no statement the server prepared on the dropped tables (never on H2, whose
                // in-memory database would be dropped with its last connection)
                hikari.getHikariPoolMXBean().softEvictConnections();
            }
        }
        // again: a scheduler may have read a cache from the half-dropped schema meanwhile
        context.getBeansOfType(HeldInMemory.class).values().forEach(HeldInMemory::forget);
        // ShedLock remembers which lock rows it inserted and then only updates them: the reset emptied the table
        context.getBeansOfType(net.javacrumbs.shedlock.support.StorageBasedLockProvider.class).values()
                .forEach(net.javacrumbs.shedlock.support.StorageBasedLockProvider::clearCache);
        context.getBeanProvider(MutableClock.Control.class).ifAvailable(MutableClock.Control::reset);
        if (demo && !seeded) {
            // the demo data's own start-up step, which seeds an empty database; kept for the next demo class once
            // its asynchronous listeners (notices, the operation log) have written what they write
            context.getBeansOfType(SmartInitializingSingleton.class).values().stream()
                    .filter(bean -> bean.getClass().getName().equals("cn.jianyi.demo.DemoData"))
                    .forEach(SmartInitializingSingleton::afterSingletonsInstantiated);
            awaitEventListeners(jdbc);
            saved.demo = SavedDatabase.take(dataSource);
        }
    }

    /**
     * Per application (its data source): the database as the migrations leave it, taken at its first reset, and as
     * the demo data's start-up step leaves it, taken at its first reset with demo data.
     */
    private static final Map<DataSource, Saved> SAVED = Collections.synchronizedMap(new WeakHashMap<>());

    private static final class Saved {
        private SavedDatabase migrated;
        private SavedDatabase demo;
    }

    /** The connection pool behind the application's data source (which {@link SqlRecorder} may wrap), if it is one. */
    private static HikariDataSource pool(DataSource dataSource) {
        try {
            return dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until every event the earlier classes published has been handled by its asynchronous listeners. A
     * publication still incomplete after 30 s is a listener that failed (it is never retried here): the class fails
     * naming it, instead of every later class silently waiting the 30 s and the reset wiping the evidence; the
     * publications are then removed, so the one class fails, not every class after it.
     */
    static void awaitEventListeners(JdbcClient jdbc) {
        long until = System.currentTimeMillis() + 30_000;
        while (jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class).single() > 0) {
            if (System.currentTimeMillis() >= until) {
                List<String> stuck = jdbc.sql(
                                "select listener_id, event_type from event_publication where completion_date is null")
                        .query((row, n) -> row.getString(1) + " ← " + row.getString(2)).list();
                // named in this class's failure, then gone: the next class neither waits for them nor fails for them
                jdbc.sql("delete from event_publication where completion_date is null").update();
                throw new IllegalStateException(
                        "event listeners did not complete within 30 s (a listener failed?): " + stuck);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void assertEmpty(JdbcClient jdbc) {
        List<String> notEmpty = new ArrayList<>();
        for (String table : tables(jdbc)) {
            if (!SEEDED.contains(table)
                    && jdbc.sql("select count(*) from " + table).query(Long.class).single() > 0) {
                notEmpty.add(table);
            }
        }
        if (!notEmpty.isEmpty()) {
            throw new IllegalStateException("A test class must start on an empty database, but these tables hold "
                    + "rows (left by an earlier class, or written after the reset): " + notEmpty);
        }
    }

    private static List<String> tables(JdbcClient jdbc) {
        return jdbc.sql("select table_name from information_schema.tables where table_schema = 'public'"
                        + " and table_type in ('BASE TABLE', 'TABLE')")
                .query(String.class).list().stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
    }
}
