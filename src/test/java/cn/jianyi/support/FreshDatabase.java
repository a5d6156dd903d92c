package cn.jianyi.support;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * schema and keeps the rows the migrations seeded ({@link Baseline}); later resets empty every table, restart its
 * identity and insert those rows again, which takes a tenth of the time, unless the schema changed meanwhile (a test
 * that added a constraint), when Flyway drops and migrates again. Beans that hold database state in memory forget it
 * ({@link HeldInMemory}), a {@link MutableClock} goes back to its start, and the demo data is seeded again through the
 * application's own start-up step where the class asks for it. Registered by {@link IntegrationTest}.
 * <p>
 * Guard: a class without demo data starts with every table that the migrations leave empty still empty, or it fails
 * naming the table; the build also runs once in random class order (ADR 0030).
 */
public class FreshDatabase implements BeforeAllCallback {

    /**
     * Tables the migrations fill (calendar, classification schemes), and ShedLock's lock rows, which the notice
     * dispatch schedule of a running application writes at any moment (the reset empties them too); all others start
     * empty.
     */
    private static final Set<String> SEEDED = Set.of("flyway_schema_history", "calendar_days", "calendar_years",
            "classification_schemes", "classification_classes", "shedlock");

    /**
     * Resets the application of this class's configuration if an earlier class started it. One not started yet is
     * left to start later, after the class's other extensions (an SMTP server whose port it reads): it will be new.
     */
    @Override
    public void beforeAll(ExtensionContext extension) {
        SqlRecorder.testClassStarts(extension.getRequiredTestClass());
        TestContext test = new TestContextManager(extension.getRequiredTestClass()).getTestContext();
        if (!test.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = test.getApplicationContext();
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
        Baseline baseline = BASELINES.get(dataSource);
        if (baseline != null && baseline.schema().equals(Baseline.schemaOf(jdbc))) {
            baseline.restore(jdbc, TestDatabases.onPostgres());
        } else {
            Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                    .cleanDisabled(false).load();
            flyway.clean();
            flyway.migrate();
            BASELINES.put(dataSource, Baseline.capture(jdbc, dataSource));
            HikariDataSource hikari = pool(dataSource);
            if (TestDatabases.onPostgres() && hikari != null && hikari.getHikariPoolMXBean() != null) {
                // new connections: no statement the server prepared on the dropped tables (never on H2, whose
                // in-memory database would be dropped with its last connection)
                hikari.getHikariPoolMXBean().softEvictConnections();
            }
        }
        // again: a scheduler may have read a cache from the half-dropped schema meanwhile
        context.getBeansOfType(HeldInMemory.class).values().forEach(HeldInMemory::forget);
        context.getBeanProvider(MutableClock.Control.class).ifAvailable(MutableClock.Control::reset);
        if (demo) {
            // the demo data's own start-up step, which seeds an empty database
            context.getBeansOfType(SmartInitializingSingleton.class).values().stream()
                    .filter(bean -> bean.getClass().getName().equals("cn.jianyi.demo.DemoData"))
                    .forEach(SmartInitializingSingleton::afterSingletonsInstantiated);
        }
    }

    /** What the migrations leave, per application's data source (an application's first reset captures it). */
    private static final Map<DataSource, Baseline> BASELINES = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * The schema as the migrations made it (its tables, columns and constraints, as a fingerprint) and the rows they
     * seeded (the calendar, the classification schemes), to put a database back without migrating it again.
     */
    record Baseline(String schema, List<String> tables, Map<String, List<Map<String, Object>>> seeded) {

        static Baseline capture(JdbcClient jdbc, DataSource dataSource) {
            List<String> tables = FreshDatabase.tables(jdbc).stream()
                    .filter(table -> !table.equals("flyway_schema_history")).toList();
            Map<String, List<Map<String, Object>>> rowsOf = new HashMap<>();
            for (String table : tables) {
                List<Map<String, Object>> rows = jdbc.sql("select * from " + table).query().listOfRows();
                if (!rows.isEmpty()) {
                    rowsOf.put(table, rows);
                }
            }
            // a referenced table's rows before the rows that reference them (the calendar's years before its days)
            Map<String, List<Map<String, Object>>> seeded = new LinkedHashMap<>();
            Map<String, Set<String>> parents = parents(dataSource, rowsOf.keySet());
            while (seeded.size() < rowsOf.size()) {
                String next = rowsOf.keySet().stream().filter(table -> !seeded.containsKey(table))
                        .filter(table -> seeded.keySet().containsAll(parents.get(table))).sorted().findFirst()
                        .orElseThrow(() -> new IllegalStateException("Seeded tables reference each other in a cycle"));
                seeded.put(next, rowsOf.get(next));
            }
            return new Baseline(schemaOf(jdbc), tables, seeded);
        }

        /** For each of these tables, those among them it references by a foreign key (other than itself). */
        private static Map<String, Set<String>> parents(DataSource dataSource, Set<String> tables) {
            Map<String, Set<String>> parents = new HashMap<>();
            try (Connection connection = dataSource.getConnection()) {
                DatabaseMetaData metadata = connection.getMetaData();
                for (String table : tables) {
                    Set<String> referenced = new HashSet<>();
                    for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
                        try (ResultSet keys = metadata.getImportedKeys(null, null, name)) {
                            while (keys.next()) {
                                referenced.add(keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT));
                            }
                        }
                    }
                    referenced.retainAll(tables);
                    referenced.remove(table);
                    parents.put(table, referenced);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return parents;
        }

        /** Tables, columns with their types, and constraints: changes when a test alters the schema. */
        static String schemaOf(JdbcClient jdbc) {
            String columns = String.join(",", jdbc.sql("select lower(table_name) || '.' || lower(column_name) || ':'"
                    + " || lower(data_type) from information_schema.columns where lower(table_schema) = 'public'"
                    + " order by 1").query(String.class).list());
            String constraints = String.join(",", jdbc.sql("select lower(table_name) || '.' || lower(constraint_name)"
                    + " from information_schema.table_constraints where lower(table_schema) = 'public' order by 1")
                    .query(String.class).list());
            return columns + "|" + constraints;
        }

        /** Empties every table, restarts its identity, and inserts the seeded rows again. */
        void restore(JdbcClient jdbc, boolean postgres) {
            if (postgres) {
                jdbc.sql("truncate table " + String.join(", ", tables) + " restart identity cascade").update();
            } else {
                jdbc.sql("set referential_integrity false").update();
                try {
                    tables.forEach(table -> jdbc.sql("truncate table " + table + " restart identity").update());
                } finally {
                    jdbc.sql("set referential_integrity true").update();
                }
            }
            seeded.forEach((table, rows) -> rows.forEach(row -> jdbc.sql("insert into " + table + " ("
                            + String.join(", ", row.keySet()) + ") values ("
                            + String.join(", ", Collections.nCopies(row.size(), "?")) + ")")
                    .params(new ArrayList<>(row.values())).update()));
        }
    }

    /** The connection pool behind the application's data source (which {@link SqlRecorder} may wrap), if it is one. */
    private static HikariDataSource pool(DataSource dataSource) {
        try {
            return dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until every event the earlier classes published has been handled by its asynchronous listeners. */
    private static void awaitEventListeners(JdbcClient jdbc) {
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until && jdbc.sql(
                "select count(*) from event_publication where completion_date is null").query(Long.class).single() > 0) {
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
