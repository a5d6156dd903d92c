package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** 分办: units that each answer their own part of a suggestion get the role SEPARATE on the case and the task. */
public class V14__separate_handling extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Checks.replace(context.getConnection(), "assignments", "'CO'", "assignments_role",
                "role in ('LEAD', 'CO', 'SEPARATE')");
        Checks.replace(context.getConnection(), "suggestion_units", "'CO'", "suggestion_units_role",
                "role in ('LEAD', 'CO', 'SEPARATE')");
    }
}
