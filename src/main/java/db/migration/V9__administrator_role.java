package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Adds the ADMIN role (系统管理员: keeps the rule sets and the working-day calendar). The baseline's CHECK on
 * {@code users.role} has no name, and H2 and PostgreSQL name it differently, so this migration finds it through the
 * standard information schema (both databases have it) and replaces it with a named constraint.
 */
public class V9__administrator_role extends BaseJavaMigration {

    private static final String FIND_ROLE_CHECK = """
            select tc.constraint_name
              from information_schema.table_constraints tc
              join information_schema.check_constraints cc
                on cc.constraint_name = tc.constraint_name and cc.constraint_schema = tc.constraint_schema
             where lower(tc.table_name) = 'users' and tc.constraint_type = 'CHECK'
               and cc.check_clause like '%SUPERVISOR%'""";

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<String> names = new ArrayList<>();
        try (PreparedStatement find = connection.prepareStatement(FIND_ROLE_CHECK);
             ResultSet rows = find.executeQuery()) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        if (names.size() != 1) {
            throw new IllegalStateException("expected one CHECK on users.role, found " + names);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table users drop constraint \"" + names.get(0).replace("\"", "") + "\"");
            statement.execute("alter table users add constraint users_role check (role in "
                    + "('CLERK', 'HANDLER', 'HEAD', 'DEPUTY', 'SUPERVISOR', 'ADMIN'))");
        }
    }
}
