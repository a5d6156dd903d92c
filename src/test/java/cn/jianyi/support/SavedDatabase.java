package cn.jianyi.support;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

/**
 * The rows of every table of a database at one moment, with its schema's fingerprint, to put the database back to
 * that moment without running what made it: the migrations' seeded rows (the calendar, the classification schemes),
 * or the demo data as its start-up step seeded it. Restoring empties every table, inserts the rows in an order that
 * satisfies the foreign keys (a referenced table first, a table's rows in the order of their first column), and
 * restarts every identity after the largest id (on PostgreSQL in one transaction; H2 commits a truncation at once).
 * A snapshot is for the schema it was taken
 * on: {@link #fits} tells whether the database still has that schema (a test may have added a constraint).
 */
final class SavedDatabase {

    private final String schema;
    private final List<String> tables;
    private final Map<String, Rows> rows;
    private final Map<String, String> identities;

    private record Rows(List<String> columns, List<Object[]> values) {
    }

    private SavedDatabase(String schema, List<String> tables, Map<String, Rows> rows, Map<String, String> identities) {
        this.schema = schema;
        this.tables = tables;
        this.rows = rows;
        this.identities = identities;
    }

    /** The database as it is now (the caller makes sure that nothing writes meanwhile). */
    static SavedDatabase take(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>(tables(connection));
            Map<String, Rows> rows = new HashMap<>();
            for (String table : tables) {
                Rows read = read(connection, table);
                if (!read.values().isEmpty()) {
                    rows.put(table, read);
                }
            }
            Map<String, Rows> ordered = new LinkedHashMap<>();
            Map<String, Set<String>> parents = parents(connection.getMetaData(), rows.keySet());
            while (ordered.size() < rows.size()) {
                String next = rows.keySet().stream().filter(table -> !ordered.containsKey(table))
                        .filter(table -> ordered.keySet().containsAll(parents.get(table))).sorted().findFirst()
                        .orElseThrow(() -> new IllegalStateException("Tables reference each other in a cycle: "
                                + parents));
                ordered.put(next, rows.get(next));
            }
            return new SavedDatabase(schemaOf(connection), List.copyOf(tables), ordered, identities(connection));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the database still has the schema this snapshot was taken on. */
    boolean fits(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return schema.equals(schemaOf(connection));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Puts every table back to its rows in the snapshot, identities restarting after them. */
    void restore(DataSource dataSource, boolean postgres) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                if (postgres) {
                    statement.execute("truncate table " + String.join(", ", tables) + " restart identity cascade");
                } else {
                    statement.execute("set referential_integrity false");
                    try {
                        for (String table : tables) {
                            statement.execute("truncate table " + table + " restart identity");
                        }
                    } finally {
                        statement.execute("set referential_integrity true");
                    }
                }
                for (var table : rows.entrySet()) {
                    insert(connection, table.getKey(), table.getValue());
                    String identity = identities.get(table.getKey());
                    if (identity != null) {
                        statement.execute("alter table " + table.getKey() + " alter column " + identity
                                + " restart with " + (max(connection, table.getKey(), identity) + 1));
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void insert(Connection connection, String table, Rows rows) throws SQLException {
        String sql = "insert into " + table + " (" + String.join(", ", rows.columns()) + ") values ("
                + String.join(", ", Collections.nCopies(rows.columns().size(), "?")) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Object[] row : rows.values()) {
                for (int i = 0; i < row.length; i++) {
                    insert.setObject(i + 1, row[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static long max(Connection connection, String table, String column) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet max = statement.executeQuery("select coalesce(max(" + column + "), 0) from " + table)) {
            max.next();
            return max.getLong(1);
        }
    }

    private static Rows read(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select * from " + table + " order by 1")) {
            ResultSetMetaData metadata = result.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= metadata.getColumnCount(); i++) {
                columns.add(metadata.getColumnName(i).toLowerCase(Locale.ROOT));
            }
            List<Object[]> values = new ArrayList<>();
            while (result.next()) {
                Object[] row = new Object[columns.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = result.getObject(i + 1);
                }
                values.add(row);
            }
            return new Rows(List.copyOf(columns), values);
        }
    }

    /** The application's tables (not Flyway's history, which stays as the migrations left it). */
    private static List<String> tables(Connection connection) throws SQLException {
        return strings(connection, "select lower(table_name) from information_schema.tables"
                + " where lower(table_schema) = 'public' and table_type in ('BASE TABLE', 'TABLE')"
                + " and lower(table_name) <> 'flyway_schema_history' order by 1");
    }

    /** Each table's identity column. */
    private static Map<String, String> identities(Connection connection) throws SQLException {
        Map<String, String> identities = new HashMap<>();
        for (String column : strings(connection, "select lower(table_name) || '.' || lower(column_name)"
                + " from information_schema.columns where lower(table_schema) = 'public' and is_identity = 'YES'")) {
            identities.put(column.substring(0, column.indexOf('.')), column.substring(column.indexOf('.') + 1));
        }
        return identities;
    }

    /** Tables, columns with their types, and constraints: changes when a test alters the schema. */
    private static String schemaOf(Connection connection) throws SQLException {
        return String.join(",", strings(connection, "select lower(table_name) || '.' || lower(column_name) || ':'"
                + " || lower(data_type) from information_schema.columns where lower(table_schema) = 'public'"
                + " order by 1")) + "|" + String.join(",", strings(connection, "select lower(table_name) || '.'"
                + " || lower(constraint_name) from information_schema.table_constraints"
                + " where lower(table_schema) = 'public' order by 1"));
    }

    /** For each of these tables, those among them it references by a foreign key (other than itself). */
    private static Map<String, Set<String>> parents(DatabaseMetaData metadata, Set<String> tables)
            throws SQLException {
        Map<String, Set<String>> parents = new HashMap<>();
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
        return parents;
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> strings = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                strings.add(result.getString(1));
            }
        }
        return strings;
    }
}
