package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Adds the ADMIN role (系统管理员: keeps the rule sets and the working-day calendar) to the users' role check. */
public class V9__administrator_role extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Checks.replace(context.getConnection(), "users", "SUPERVISOR", "users_role",
                "role in ('CLERK', 'HANDLER', 'HEAD', 'DEPUTY', 'SUPERVISOR', 'ADMIN')");
    }
}
