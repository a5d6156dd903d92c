package cn.jianyi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.OnPostgres;

/**
 * {@code bin/jianyi create-admin LOGIN}: the first 系统管理员 with a password from standard input (one line, as a script
 * gives it), which must be changed at the first login; refused with the reason and exit code 1 when an administrator
 * exists or the password policy refuses the password; 2 on bad usage.
 */
@OnPostgres
@IntegrationTest
class CreateAdminCommandTests {

    @Autowired CreateAdmin createAdmin;
    @Autowired JdbcClient jdbc;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        out.reset();
        err.reset();
        var command = new CommandLine(null, null, null, null, createAdmin,
                PasswordInput.lines(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))), null,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return command.execute(List.of(args));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private long administrators() {
        return jdbc.sql("select count(*) from user_roles where role = 'ADMIN'").query(Long.class).single();
    }

    @Test
    void createsTheFirstAdministratorOnceWhoMustChangeThePassword() {
        assertThat(run("weak\n", "create-admin", "chenli")).as("a password the policy refuses").isEqualTo(1);
        assertThat(err()).contains("口令至少需要8个字符");
        assertThat(run("chenli-2026A\n", "create-admin", "chenli")).as("containing the login").isEqualTo(1);
        assertThat(err()).contains("口令不能包含登录名");
        assertThat(run("", "create-admin", "chenli")).as("no password at all").isEqualTo(1);
        assertThat(err()).contains("请输入口令");
        assertThat(run("Jianyi-2026\n", "create-admin", "陈 立")).as("a malformed login").isEqualTo(1);
        assertThat(err()).contains("登录名为2至40个");
        assertThat(administrators()).as("nothing created by a refusal").isZero();

        assertThat(run("Jianyi-2026\n", "create-admin", "chenli")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("已创建系统管理员 chenli");
        assertThat(jdbc.sql("""
                select u.must_change_password from users u join user_roles r on r.user_id = u.id
                 where u.username = 'chenli' and r.role = 'ADMIN'""").query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select password_hash from users where username = 'chenli'").query(String.class).single())
                .startsWith("{bcrypt}").doesNotContain("Jianyi-2026");

        assertThat(run("Another-2026\n", "create-admin", "second")).as("an administrator exists").isEqualTo(1);
        assertThat(err()).contains("系统中已有系统管理员");
        assertThat(administrators()).isEqualTo(1);
    }

    @Test
    void badUsageExitsWith2() {
        assertThat(run("", "create-admin")).isEqualTo(2);
        assertThat(run("", "create-admin", "a", "b")).isEqualTo(2);
        assertThat(err()).contains("bin/jianyi create-admin LOGIN");
    }
}
