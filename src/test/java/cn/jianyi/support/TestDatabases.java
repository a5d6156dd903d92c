package cn.jianyi.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Gives every Spring test context a fresh, empty database that Flyway migrates: an in-memory H2 database in
 * PostgreSQL mode by default, or a new database on one JVM-wide embedded PostgreSQL server when the system property
 * {@code jianyi.test.db=postgres} is set (the build's second test run). Registered in {@code META-INF/spring.factories}.
 * If PostgreSQL cannot start, the context fails: nothing is skipped.
 */
public class TestDatabases implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String PROPERTY = "jianyi.test.db";

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    public static boolean onPostgres() {
        return "postgres".equals(System.getProperty(PROPERTY));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String name = "jianyi_test_" + COUNTER.incrementAndGet();
        Map<String, Object> properties;
        if (onPostgres()) {
            EmbeddedPostgres server = postgres();
            try (Connection connection = server.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("create database " + name + " encoding 'UTF8' template template0");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create test database " + name, e);
            }
            properties = Map.of("spring.datasource.url", server.getJdbcUrl("postgres", name),
                    "spring.datasource.username", "postgres", "spring.datasource.password", "postgres");
        } else {
            properties = Map.of("spring.datasource.url", "jdbc:h2:mem:" + name
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                    "spring.datasource.username", "sa", "spring.datasource.password", "");
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("jianyiTestDatabase", properties));
    }

    private static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            EmbeddedPostgres server = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            }));
        }
        return postgres;
    }
}
