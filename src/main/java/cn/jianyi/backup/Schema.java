package cn.jianyi.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the backup needs to know of a database's schema ({@code public}): its tables, their rows, its version. */
final class Schema {

    static final String FLYWAY_HISTORY = "flyway_schema_history";

    /**
     * The tables the migrations themselves fill (the calendar, the classification schemes, the class check's rules,
     * the audit chain's head, Flyway's history) and ShedLock's lock rows, which a running application writes at any
     * moment: rows there do not make a database "not empty". The test suite's {@code FreshDatabase} keeps the same
     * list, and the backup test restores into a freshly migrated database, which fails when a migration starts
     * filling another table.
     */
    static final Set<String> FILLED_BY_MIGRATIONS = Set.of(FLYWAY_HISTORY, "calendar_days", "calendar_years",
            "classification_schemes", "classification_classes", "class_check_rules", "shedlock", "audit_chain",
            "calendar_revisions");

    private Schema() {
    }

    static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select lower(table_name) from information_schema.tables"
                     + " where lower(table_schema) = 'public' and table_type in ('BASE TABLE', 'TABLE')"
                     + " order by 1")) {
            while (result.next()) {
                tables.add(result.getString(1));
            }
        }
        return tables;
    }

    static long rows(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select count(*) from " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** The version of the last migration applied, from Flyway's history; empty without a history. */
    static Optional<String> flywayVersion(Connection connection) throws SQLException {
        if (!tables(connection).contains(FLYWAY_HISTORY)) {
            return Optional.empty();
        }
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select version from " + FLYWAY_HISTORY
                     + " where success and version is not null order by installed_rank desc")) {
            return result.next() ? Optional.of(result.getString(1)) : Optional.empty();
        }
    }

    /** The tables holding rows that the migrations did not write, with their row counts. */
    static Map<String, Long> notEmpty(Connection connection) throws SQLException {
        Map<String, Long> notEmpty = new LinkedHashMap<>();
        for (String table : tables(connection)) {
            if (!FILLED_BY_MIGRATIONS.contains(table)) {
                long rows = rows(connection, table);
                if (rows > 0) {
                    notEmpty.put(table, rows);
                }
            }
        }
        return notEmpty;
    }

    /**
     * The tables in an order that loads a referenced table before the tables referencing it (a table's references to
     * itself aside), by name among equals; tables in a cycle of references come last, by name.
     */
    static List<String> inLoadOrder(Connection connection, List<String> tables) throws SQLException {
        Map<String, Set<String>> parents = new HashMap<>();
        DatabaseMetaData metadata = connection.getMetaData();
        for (String table : tables) {
            Set<String> referenced = new HashSet<>();
            for (String name : Set.of(table, table.toUpperCase(Locale.ROOT))) {
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
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < tables.size()) {
            Optional<String> next = tables.stream().filter(table -> !ordered.contains(table))
                    .filter(table -> ordered.containsAll(parents.get(table))).sorted().findFirst();
            if (next.isEmpty()) {
                tables.stream().filter(table -> !ordered.contains(table)).sorted().forEach(ordered::add);
                break;
            }
            ordered.add(next.get());
        }
        return ordered;
    }
}
