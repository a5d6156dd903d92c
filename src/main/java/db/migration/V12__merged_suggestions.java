package db.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * 并案: a suggestion can be merged into another of the same content and handled with it (status MERGED, pointing at
 * the suggestion it joined).
 */
public class V12__merged_suggestions extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Checks.replace(context.getConnection(), "suggestions", "REHANDLING", "suggestions_status",
                "status in ('REGISTERED', 'ASSIGNED', 'REPLIED', 'REHANDLING', 'CONCLUDED', 'MERGED')");
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("alter table suggestions add column merged_into bigint references suggestions (id)");
            statement.execute("alter table suggestions add constraint suggestions_merged "
                    + "check ((status = 'MERGED') = (merged_into is not null))");
            statement.execute("create index suggestions_merged_into on suggestions (merged_into)");
        }
    }
}
