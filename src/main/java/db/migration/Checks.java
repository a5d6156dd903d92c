package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Replaces an unnamed CHECK constraint of the baseline by a named one. H2 and PostgreSQL name unnamed constraints
 * differently, so the constraint is found through the standard information schema both provide, by its table and a
 * fragment of its clause that identifies it.
 */
final class Checks {

    private static final String FIND = """
            select tc.constraint_name
              from information_schema.table_constraints tc
              join information_schema.check_constraints cc
                on cc.constraint_name = tc.constraint_name and cc.constraint_schema = tc.constraint_schema
             where lower(tc.table_name) = ? and tc.constraint_type = 'CHECK' and cc.check_clause like ?""";

    private Checks() {
    }

    static void replace(Connection connection, String table, String clauseFragment, String name, String check)
            throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement find = connection.prepareStatement(FIND)) {
            find.setString(1, table);
            find.setString(2, "%" + clauseFragment + "%");
            try (ResultSet rows = find.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        if (names.size() != 1) {
            throw new IllegalStateException("expected one CHECK on " + table + " with " + clauseFragment + ", found "
                    + names);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table " + table + " drop constraint \"" + names.get(0).replace("\"", "") + "\"");
            statement.execute("alter table " + table + " add constraint " + name + " check (" + check + ")");
        }
    }
}
