package cn.jianyi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jianyi.support.IntegrationTest;

/**
 * {@code JIANYI_BOOTSTRAP_ADMIN} + {@code JIANYI_BOOTSTRAP_PASSWORD}: the first 系统管理员 at start-up while none
 * exists; ignored once one does; a password the policy refuses stops the start with the policy's reason.
 */
@IntegrationTest
class BootstrapAdministratorTests {

    @Autowired BootstrapAdministrator bootstrap;
    @Autowired JdbcClient jdbc;

    @Test
    void createsTheAdministratorOnlyWhileThereIsNone() {
        assertThat(bootstrap.bootstrap(null, null)).as("not configured").isFalse();
        assertThatThrownBy(() -> bootstrap.bootstrap("root", "12345678"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("至少3类");
        assertThat(bootstrap.bootstrap("root", "Jianyi-2026")).isTrue();
        assertThat(jdbc.sql("select must_change_password from users where username = 'root'").query(Boolean.class)
                .single()).isTrue();
        assertThat(bootstrap.bootstrap("other", "Jianyi-2026")).as("an administrator exists").isFalse();
        assertThat(jdbc.sql("select count(*) from users").query(Long.class).single()).isEqualTo(1);
    }
}
