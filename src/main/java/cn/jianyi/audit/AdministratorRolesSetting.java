package cn.jianyi.audit;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.jianyi.identity.SeparationSettings;
import cn.jianyi.shared.DatabaseFaults;

/**
 * Puts the setting that lets one person be 系统管理员 and 安全管理员 ({@code jianyi.security.combine-admin-roles}, a small
 * office's exception to 三员分立) in the security audit log, by the system: at every start-up while it is on, and at
 * the first start-up after it was switched off. The setting lives in the deployment's configuration, so a start-up
 * is where it can change; the last record says what it was (ADR 0043). Each grant of both roles is recorded apart,
 * as an account change.
 */
@Component
class AdministratorRolesSetting {

    static final String SETTING = "jianyi.security.combine-admin-roles";
    private static final String LABEL = "系统管理员可兼任安全管理员";

    private final AuditLog log;
    private final JdbcClient jdbc;
    private final SeparationSettings settings;

    AdministratorRolesSetting(AuditLog log, JdbcClient jdbc, SeparationSettings settings) {
        this.log = log;
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        DatabaseFaults.bestEffort("auditing " + SETTING, () -> record(settings.combineAdminRoles()));
    }

    /** Records the setting as found at a start-up: on (each time), or off after a record saying on. */
    void record(boolean combine) {
        Boolean before = jdbc.sql("select detail from audit_log where kind = 'SETTING_CHANGED'"
                        + " and object_type = 'SETTING' and object_id = ? order by seq desc fetch first 1 rows only")
                .param(SETTING).query(String.class).optional().map(detail -> detail.startsWith("true")).orElse(null);
        String detail;
        if (combine) {
            detail = Boolean.FALSE.equals(before) ? "true：由关闭改为开启" : "true：启动时为开启";
        } else if (Boolean.TRUE.equals(before)) {
            detail = "false：由开启改为关闭";
        } else {
            return;
        }
        log.record(AuditEntry.of(AuditKind.SETTING_CHANGED, AuditOutcome.SUCCESS, null, "系统", null)
                .on("SETTING", SETTING, LABEL).withDetail(detail));
    }
}
