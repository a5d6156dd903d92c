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
 * 并案: a suggestion can be merged into another of the same content and handled with it (status MERGED, pointing at
 * the suggestion it joined). The baseline's CHECK on {@code suggestions.status} has no name; like V9, it is found
 * through the information schema both H2 and PostgreSQL provide and replaced by a named one.
 */
public class V12__merged_suggestions extends BaseJavaMigration {

    private static final String FIND_STATUS_CHECK = """
            select tc.constraint_name
              from information_schema.table_constraints tc
              join information_schema.check_constraints cc
                on cc.constraint_name = tc.constraint_name and cc.constraint_schema = tc.constraint_schema
             where lower(tc.table_name) = 'suggestions' and tc.constraint_type = 'CHECK'
               and cc.check_clause like '%REHANDLING%'""";

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<String> names = new ArrayList<>();
        try (PreparedStatement find = connection.prepareStatement(FIND_STATUS_CHECK);
             ResultSet rows = find.executeQuery()) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        if (names.size() != 1) {
            throw new IllegalStateException("expected one CHECK on suggestions.status, found " + names);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table suggestions drop constraint \"" + names.get(0).replace("\"", "") + "\"");
            statement.execute("alter table suggestions add constraint suggestions_status check (status in "
                    + "('REGISTERED', 'ASSIGNED', 'REPLIED', 'REHANDLING', 'CONCLUDED', 'MERGED'))");
            statement.execute("alter table suggestions add column merged_into bigint references suggestions (id)");
            statement.execute("alter table suggestions add constraint suggestions_merged "
                    + "check ((status = 'MERGED') = (merged_into is not null))");
            statement.execute("create index suggestions_merged_into on suggestions (merged_into)");
        }
    }
}
