package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Adds the AUDIT_ADMIN role (审计管理员: reads the security audit log only) to the users' role check. */
public class V32_1__audit_administrator_role extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (var statement = context.getConnection().createStatement()) {
            statement.execute("alter table users drop constraint users_role");
            statement.execute("alter table users add constraint users_role check (role in ('CLERK', 'HANDLER', 'HEAD',"
                    + " 'DEPUTY', 'SUPERVISOR', 'ADMIN', 'AUDIT_ADMIN'))");
        }
    }
}
