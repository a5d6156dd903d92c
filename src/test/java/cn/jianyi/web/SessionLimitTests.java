package cn.jianyi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.TestDatabases;
import cn.jianyi.support.TestWorld;
import cn.jianyi.support.WebClient;

/**
 * With the production defaults: a password past its age (90 days) must be changed at login, and one live session per
 * account (jianyi.security.session.max-per-account=1), over real HTTP: a second login ends the
 * first, whose next request goes to the login page with the reason; other accounts are not affected; logging out
 * frees the place.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@IntegrationTest(properties = {TestDatabases.SESSION_LIMIT_PROPERTY + "=1",     // the production defaults, which the
        TestDatabases.PASSWORD_AGE_PROPERTY + "=90d",                           // other tests turn off; and a small
        TestDatabases.COMBINE_ADMIN_ROLES_PROPERTY + "=true"})                  // office's (CombinedAdministratorsTests)
class SessionLimitTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired java.time.Clock clock;

    @BeforeAll
    void world() {
        TestWorld.create(context);
    }

    @Test
    void aSecondLoginEndsTheFirst() {
        WebClient first = WebClient.loggedIn(port, "clerk", TestWorld.PASSWORD);
        WebClient other = WebClient.loggedIn(port, "supervisor", TestWorld.PASSWORD);
        assertThat(first.get("/").statusCode()).isEqualTo(200);

        WebClient second = WebClient.loggedIn(port, "clerk", TestWorld.PASSWORD);
        assertThat(second.get("/").statusCode()).isEqualTo(200);
        HttpResponse<String> ended = first.get("/");
        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(ended.headers().firstValue("Location").orElse("")).endsWith("/login?ended");
        assertThat(new WebClient(port).get("/login?ended").body()).contains("您的账号已在别处登录");
        assertThat(other.get("/").statusCode()).as("another account keeps its session").isEqualTo(200);
        assertThat(second.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void aPasswordOlderThan90DaysMustBeChangedAtLogin() {
        jdbc.sql("update users set password_changed_at = ? where username = 'handler2'")
                .param(java.sql.Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(90)))).update();
        WebClient handler = WebClient.loggedIn(port, "handler2", TestWorld.PASSWORD);
        assertThat(handler.get("/").headers().firstValue("Location").orElse("")).endsWith("/account/password");
        jdbc.sql("update users set password_changed_at = ? where username = 'head2'")
                .param(java.sql.Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(89)))).update();
        assertThat(WebClient.loggedIn(port, "head2", TestWorld.PASSWORD).get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void loggingOutAndInAgainKeepsOneSession() {
        WebClient client = WebClient.loggedIn(port, "head", TestWorld.PASSWORD);
        client.post("/logout", List.of());
        WebClient again = WebClient.loggedIn(port, "head", TestWorld.PASSWORD);
        assertThat(again.get("/").statusCode()).isEqualTo(200);
    }
}
