package cn.jianyi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.TestDatabases;
import cn.jianyi.support.TestWorld;
import cn.jianyi.support.WebClient;

/**
 * A small office gives 系统管理员 and 安全管理员 to one person ({@code jianyi.security.combine-admin-roles=true}): the
 * setting is shown on /settings/security, the grant is refused while it is off (AccountAdministrationTests) and
 * allowed and recorded while it is on, and the audit log says at every start-up that it is on and, once, that it was
 * switched off. Shares SessionLimitTests' configuration.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@IntegrationTest(properties = {TestDatabases.SESSION_LIMIT_PROPERTY + "=1",
        TestDatabases.PASSWORD_AGE_PROPERTY + "=90d",
        TestDatabases.COMBINE_ADMIN_ROLES_PROPERTY + "=true"})
class CombinedAdministratorsTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired AdministratorRolesSetting setting;

    @BeforeAll
    void world() {
        TestWorld.create(context);
    }

    private List<String> settingRecords() {
        return jdbc.sql("select detail from audit_log where kind = 'SETTING_CHANGED' and object_id = ? order by seq")
                .param(AdministratorRolesSetting.SETTING).query(String.class).list();
    }

    @Test
    void theSettingIsShownAndTheGrantIsRecorded() {
        WebClient security = WebClient.loggedIn(port, "security", TestWorld.PASSWORD);
        assertThat(security.get("/settings/security").body())
                .containsPattern("系统管理员可兼任安全管理员</th><td>是</td>");
        assertThat(security.post("/accounts/new", List.of("username", "chenli2", "displayName", "陈立",
                "roles", "ADMIN", "roles", "SECURITY_ADMIN")).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from audit_log where kind = 'ROLE_CHANGED' and object_label = 'chenli2'"
                + " and detail like 'ADMINISTRATOR_ROLES_COMBINED%'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void eachStartUpWithTheSettingOnIsRecordedAndSoIsSwitchingItOff() {
        setting.record(false);
        assertThat(settingRecords()).as("off, as by default, and never on: nothing to record").isEmpty();
        setting.record(true);
        setting.record(true);
        assertThat(settingRecords()).containsExactly("true：启动时为开启", "true：启动时为开启");
        setting.record(false);
        setting.record(false);
        setting.record(true);
        assertThat(settingRecords()).containsExactly("true：启动时为开启", "true：启动时为开启", "false：由开启改为关闭",
                "true：由关闭改为开启");
        assertThat(jdbc.sql("select display_name from audit_log where kind = 'SETTING_CHANGED'").query(String.class)
                .list()).containsOnly("系统");
    }
}
