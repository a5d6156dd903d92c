package cn.jianyi.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestDatabases;

/**
 * Every check constraint of the schema still holds, and still lets legal rows in, after the connection that ran the
 * migrations has been closed while the database stayed open (issue 15). H2 2.4.240 bound an {@code IN (…)}
 * constraint to the session that created it: once Hikari retired the migration's connection (30 minutes after start)
 * every write failed with "Check constraint invalid … The database has been closed", until a restart re-read the
 * constraints in the database's own session. The test does what the pool does, without the wait: it migrates on
 * one connection, keeps the database open on a second, closes the first and writes on a third, a legal row in every
 * table with a check constraint, then one change per constraint that breaks it and only it.
 * <p>
 * Every check constraint the database reports must be shown to bite, so a migration that adds one fails here until
 * {@code schema/violations.txt} has a line for it. Runs on H2, and on embedded PostgreSQL in the build's second pass.
 */
@OnPostgres
@Tag("integration")
class CheckConstraintsAcrossConnectionsTests {

    private static final Pattern H2_CONSTRAINT = Pattern.compile("Check constraint violation: \"([^\":]+):");
    private static final Pattern POSTGRES_CONSTRAINT = Pattern.compile("violates check constraint \"([^\"]+)\"");

    @Test
    @DisplayName("迁移所用连接关闭后，每个检查约束仍接受合法数据、拒绝非法数据")
    void everyCheckConstraintHoldsAfterTheMigrationsConnectionIsClosed() throws Exception {
        boolean postgres = TestDatabases.onPostgres();
        Map<String, Object> database = postgres
                ? TestDatabases.postgresDatabase("checks_" + UUID.randomUUID().toString().replace("-", ""))
                : Map.of("spring.datasource.url", "jdbc:h2:mem:checks-" + UUID.randomUUID()
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                        "spring.datasource.username", "sa", "spring.datasource.password", "");
        String url = (String) database.get("spring.datasource.url");
        String user = (String) database.get("spring.datasource.username");
        String password = (String) database.get("spring.datasource.password");

        try (Connection keepsTheDatabaseOpen = DriverManager.getConnection(url, user, password)) {
            Connection migrations = DriverManager.getConnection(url, user, password);
            Flyway.configure().dataSource(new SingleConnectionDataSource(migrations, true))
                    .locations("classpath:db/migration").load().migrate();
            migrations.close();
            assertThat(keepsTheDatabaseOpen.isValid(5)).isTrue();

            try (Connection connection = DriverManager.getConnection(url, user, password)) {
                Map<String, Set<String>> constraints = checkConstraints(connection, postgres);
                assertThat(constraints).as("check constraints found").hasSizeGreaterThan(25);

                Map<String, Long> before = new TreeMap<>();
                for (String table : constraints.keySet()) {
                    before.put(table, count(connection, table));
                }
                insertLegalRows(connection);
                for (String table : constraints.keySet()) {
                    assertThat(count(connection, table)).as("legal row of %s", table).isEqualTo(before.get(table) + 1);
                }

                Map<String, Set<String>> refused = new TreeMap<>();
                for (Violation violation : violations()) {
                    String constraint = refusal(connection, violation, postgres);
                    assertThat(constraints.getOrDefault(violation.table(), Set.of()))
                            .as("%s is a check constraint of %s", constraint, violation.table()).contains(constraint);
                    refused.computeIfAbsent(violation.table(), t -> new TreeSet<>()).add(constraint);
                }
                Map<String, Set<String>> unproven = new TreeMap<>();
                constraints.forEach((table, names) -> names.stream()
                        .filter(name -> !refused.getOrDefault(table, Set.of()).contains(name))
                        .forEach(name -> unproven.computeIfAbsent(table, t -> new TreeSet<>()).add(name)));
                assertThat(unproven).as("check constraints that no line of schema/violations.txt breaks").isEmpty();
            }
        }
    }

    /** The check constraints of the application's tables by table, without PostgreSQL's NOT NULL entries. */
    private static Map<String, Set<String>> checkConstraints(Connection connection, boolean postgres)
            throws SQLException {
        String sql = postgres
                ? "select conrelid::regclass::text, conname from pg_constraint"
                        + " where contype = 'c' and connamespace = 'public'::regnamespace"
                : "select table_name, constraint_name from information_schema.table_constraints"
                        + " where constraint_type = 'CHECK' and table_schema = 'public'";
        Map<String, Set<String>> constraints = new TreeMap<>();
        try (Statement statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                constraints.computeIfAbsent(rows.getString(1), t -> new TreeSet<>()).add(rows.getString(2));
            }
        }
        return constraints;
    }

    private static void insertLegalRows(Connection connection) throws Exception {
        for (String sql : resource("legal-rows.sql").replaceAll("(?m)^--.*$", "").split(";\\s*\\n")) {
            if (sql.isBlank()) {
                continue;
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 1; i <= statement.getParameterMetaData().getParameterCount(); i++) {
                    statement.setBytes(i, new byte[] {'%', 'P'});
                }
                statement.executeUpdate();
            } catch (SQLException e) {
                fail("a legal row was refused (the H2 2.4.240 regression?): " + sql.strip().lines().findFirst()
                        .orElse(sql) + "\n" + e.getMessage(), e);
            }
        }
    }

    /** Runs the change and returns the name of the check constraint that refused it; fails if nothing refused it. */
    private static String refusal(Connection connection, Violation violation, boolean postgres) {
        String sql = "update " + violation.table() + " set " + violation.change();
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        } catch (SQLException e) {
            assertThat(e.getSQLState()).as("%s: %s", sql, e.getMessage()).isEqualTo(postgres ? "23514" : "23513");
            Matcher name = (postgres ? POSTGRES_CONSTRAINT : H2_CONSTRAINT).matcher(e.getMessage());
            assertThat(name.find()).as("constraint named in: %s", e.getMessage()).isTrue();
            return name.group(1);
        }
        return fail("not refused: " + sql);
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private record Violation(String table, String change) {
    }

    private static List<Violation> violations() throws IOException {
        List<Violation> violations = new ArrayList<>();
        for (String line : resource("violations.txt").lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\|", 2);
            violations.add(new Violation(parts[0].strip(), parts[1].strip()));
        }
        return violations;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CheckConstraintsAcrossConnectionsTests.class.getResourceAsStream("/schema/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource schema/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
