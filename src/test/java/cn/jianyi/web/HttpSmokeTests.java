package cn.jianyi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.TestWorld;
import cn.jianyi.support.WebClient;

/**
 * What only a running server shows, over real HTTP: a POST without its CSRF token refused, a session the server does
 * not know sent to the login page with an explanation, logging out, and the lock-out after five wrong passwords
 * (the form login itself). Every route for every role: {@link AuthorizationTests} (MockMvc); the upload limits:
 * {@link UploadLimitTests}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HttpSmokeTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;

    private long registered;

    @BeforeAll
    void world() {
        registered = TestWorld.create(context).registered(1);
    }

    @Test
    void postsWithoutCsrfTokenAreRefused() {
        WebClient clerk = WebClient.loggedIn(port, "clerk", TestWorld.PASSWORD);
        HttpResponse<String> response = clerk.postRaw("/suggestions/" + registered + "/close", List.of());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(clerk.post("/suggestions/" + registered + "/close", List.of()).statusCode())
                .as("the same request with its token reaches the case (not closable yet)").isEqualTo(409);
    }

    @Test
    void logoutEndsTheSession() {
        WebClient client = WebClient.loggedIn(port, "clerk", TestWorld.PASSWORD);
        assertThat(client.get("/").statusCode()).isEqualTo(200);
        HttpResponse<String> logout = client.post("/logout", List.of());
        assertThat(logout.headers().firstValue("Location").orElse("")).endsWith("/login?logout");
        assertThat(client.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void aTimedOutSessionIsSentToLoginWithAnExplanation() {
        HttpResponse<String> response = new WebClient(port).withStaleSession().get("/suggestions");
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login?expired");
        assertThat(new WebClient(port).get("/login?expired").body()).contains("登录已超时，请重新登录。");
        assertThat(new WebClient(port).get("/suggestions").headers().firstValue("Location").orElse(""))
                .endsWith("/login");
    }

    @Test
    void accountLocksAfterFiveWrongPasswords() {
        WebClient client = new WebClient(port);
        for (int i = 0; i < 5; i++) {
            assertThat(client.login("deputy3", "wrong-password").headers().firstValue("Location").orElse(""))
                    .endsWith("/login?error=bad");
        }
        HttpResponse<String> locked = client.login("deputy3", TestWorld.PASSWORD);
        assertThat(locked.headers().firstValue("Location").orElse("")).endsWith("/login?error=locked");
        assertThat(client.get("/login?error=locked").body()).contains("账号已临时锁定");
    }
}
