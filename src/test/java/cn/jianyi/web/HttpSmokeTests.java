package cn.jianyi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jianyi.shared.HeldInMemory;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.Lanes;
import cn.jianyi.support.TestWorld;
import cn.jianyi.support.WebClient;

/**
 * What only a running server shows, over real HTTP: a POST without its CSRF token refused, a session the server does
 * not know sent to the login page with an explanation, logging out, and the lock-out after five wrong passwords
 * (the form login itself). Every route for every role: {@link AuthorizationTests} (MockMvc); the upload limits:
 * {@link UploadLimitTests}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Lanes.Pin(1)              // beside the browsers on H2 with the other default-configuration classes (pom.xml)
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HttpSmokeTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    private long registered;

    @BeforeAll
    void world() {
        registered = TestWorld.create(context).registered(1);
    }

    @Test
    void theServerListensOnLoopbackOnlyUnlessConfigured() throws Exception {
        assertThat(context.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
        assertThat(new WebClient(port).get("/login").statusCode()).isEqualTo(200);
        var others = java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
                .filter(nic -> !nic.getName().startsWith("lo"))
                .flatMap(nic -> java.util.Collections.list(nic.getInetAddresses()).stream())
                .filter(java.net.Inet4Address.class::isInstance).toList();
        for (var address : others) {
            try (var socket = new java.net.Socket()) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> socket.connect(
                        new java.net.InetSocketAddress(address, port), 2000)).as(address.toString())
                        .isInstanceOf(java.io.IOException.class);
            }
        }
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
    void theCsrfTokenIsNotTakenFromTheQueryString() {
        WebClient clerk = WebClient.loggedIn(port, "clerk", TestWorld.PASSWORD);
        String token = java.net.URLEncoder.encode(clerk.csrfTokenOfThisSession(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(clerk.postRaw("/suggestions/" + registered + "/close?_csrf=" + token, List.of()).statusCode())
                .isEqualTo(403);
        assertThat(clerk.post("/suggestions/" + registered + "/close", List.of()).statusCode()).isEqualTo(409);
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        HttpResponse<String> login = new WebClient(port).get("/login");
        String csp = login.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("default-src 'self'").contains("script-src 'self';").contains("frame-ancestors 'none'")
                .contains("object-src 'none'");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.headers().firstValue("Permissions-Policy").orElse("")).contains("camera=()")
                .contains("geolocation=()");
        WebClient clerk = WebClient.loggedIn(port, "clerk", TestWorld.PASSWORD);
        assertThat(clerk.get("/suggestions/" + registered).headers().firstValue("Content-Security-Policy")).hasValue(csp);
    }

    @Test
    void theSessionCookieIsSameSiteAndSecureBehindATrustedProxyOnly() throws Exception {
        String direct = sessionCookie("127.0.0.1", false);
        assertThat(direct).contains("SameSite=Lax").contains("HttpOnly").doesNotContain("Secure");
        assertThat(sessionCookie("127.0.0.1", true)).as("from the trusted proxy").contains("Secure")
                .contains("SameSite=Lax");
        assertThat(sessionCookie("127.0.0.2", true)).as("from an address that is no trusted proxy")
                .doesNotContain("Secure");
    }

    /** The session cookie a GET of the login page sets, sent from the given local address. */
    private String sessionCookie(String from, boolean forwardedHttps) throws Exception {
        try (var socket = new java.net.Socket(java.net.InetAddress.getByName("127.0.0.1"), port,
                java.net.InetAddress.getByName(from), 0)) {
            String request = "GET /login HTTP/1.1\r\nHost: localhost:" + port + "\r\n"
                    + (forwardedHttps ? "X-Forwarded-Proto: https\r\nX-Forwarded-For: 203.0.113.9\r\n" : "")
                    + "Connection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return response.lines().filter(line -> line.regionMatches(true, 0, "Set-Cookie: JSESSIONID", 0, 22))
                    .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.lines()
                            .limit(15).toList()));
        }
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
    void accountLocksAfterFiveWrongPasswordsWithTheAnswerOfAWrongPasswordAndOneAuditLine() {
        WebClient client = new WebClient(port);
        for (int i = 0; i < 5; i++) {
            assertThat(client.login("deputy3", "wrong-password").headers().firstValue("Location").orElse(""))
                    .endsWith("/login?error=bad");
        }
        HttpResponse<String> locked = client.login("deputy3", TestWorld.PASSWORD);
        HttpResponse<String> unknown = client.login("nobody-" + System.nanoTime(), "wrong-password");
        assertThat(locked.headers().firstValue("Location").orElse(""))
                .as("a locked account answers as a wrong password and an unknown login do")
                .isEqualTo(unknown.headers().firstValue("Location").orElse("")).endsWith("/login?error=bad");
        assertThat(client.get("/login?error=bad").body()).contains("登录名或口令错误。");
        assertThat(jdbc.sql("select count(*) from audit_log where kind = 'ACCOUNT_LOCKED' and username = 'deputy3'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void twentyParallelWrongPasswordsCheckExactlyTheConfiguredNumber() throws Exception {
        var pool = Executors.newFixedThreadPool(20);
        try {
            var start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return new WebClient(port).login("head2", "wrong-password");
                }));
            }
            start.countDown();
            for (var answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS).headers().firstValue("Location").orElse(""))
                        .endsWith("/login?error=bad");
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("select failed_attempts from users where username = 'head2'").query(Integer.class)
                .single()).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from audit_log where kind = 'LOGIN_FAILED' and username = 'head2'"
                + " and detail = 'BadCredentialsException'").query(Long.class).single())
                .as("passwords checked").isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from audit_log where kind = 'ACCOUNT_LOCKED' and username = 'head2'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(new WebClient(port).login("head2", TestWorld.PASSWORD).headers().firstValue("Location")
                .orElse("")).endsWith("/login?error=bad");
    }

    @Test
    void aClientThatFailsTooOftenIsRefusedUncheckedWhateverTheAccount() {
        try {
            WebClient client = new WebClient(port);
            for (int i = 0; i < 20; i++) {
                assertThat(client.login("nobody" + i, "wrong-password").headers().firstValue("Location").orElse(""))
                        .endsWith("/login?error=bad");
            }
            HttpResponse<String> right = client.login("deputy2", TestWorld.PASSWORD);
            assertThat(right.headers().firstValue("Location").orElse("")).endsWith("/login?error=bad");
            assertThat(jdbc.sql("select failed_attempts from users where username = 'deputy2'").query(Integer.class)
                    .single()).as("the account itself is not touched").isZero();
        } finally {
            context.getBeansOfType(HeldInMemory.class).values().forEach(HeldInMemory::forget);
        }
        assertThat(new WebClient(port).login("deputy2", TestWorld.PASSWORD).headers().firstValue("Location")
                .orElse("")).doesNotContain("error");
    }
}
