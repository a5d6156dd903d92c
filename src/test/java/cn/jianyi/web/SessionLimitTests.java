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
import cn.jianyi.support.TestWorld;
import cn.jianyi.support.WebClient;

/**
 * One live session per account (jianyi.security.session.max-per-account=1), over real HTTP: a second login ends the
 * first, whose next request goes to the login page with the reason; other accounts are not affected; logging out
 * frees the place.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@IntegrationTest
class SessionLimitTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;

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
    void loggingOutAndInAgainKeepsOneSession() {
        WebClient client = WebClient.loggedIn(port, "head", TestWorld.PASSWORD);
        client.post("/logout", List.of());
        WebClient again = WebClient.loggedIn(port, "head", TestWorld.PASSWORD);
        assertThat(again.get("/").statusCode()).isEqualTo(200);
    }
}
