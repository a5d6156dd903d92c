package cn.jianyi.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.WebApplicationContext;

import com.sun.net.httpserver.HttpServer;

import cn.jianyi.identity.CurrentUser;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.MockWebClient;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestWorld;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks (ADR 0058): a subscription made through the API receives a signed delivery on a local port when a case's
 * status changes, sees it retried after a failure, and the administrator reads the delivery log.
 */
@OnPostgres
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookTests {

    @Autowired WebApplicationContext context;
    @Autowired ApiTokens tokens;
    @Autowired WebhookDeliveries deliveries;
    @Autowired UserDetailsService logins;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Value("${local.server.port}") int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final BlockingQueue<Map.Entry<Map<String, String>, String>> received = new LinkedBlockingQueue<>();
    private final BlockingQueue<Integer> answers = new LinkedBlockingQueue<>();
    private HttpServer receiver;
    private TestWorld world;
    private String token;
    private String secret;
    private String hookUrl;

    @BeforeAll
    void world() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(Map.entry(Map.of(
                    "signature", String.valueOf(exchange.getRequestHeaders().getFirst(WebhookDeliveries.SIGNATURE)),
                    "timestamp", String.valueOf(exchange.getRequestHeaders().getFirst(WebhookDeliveries.TIMESTAMP)),
                    "event", String.valueOf(exchange.getRequestHeaders().getFirst("Jianyi-Event"))), body));
            Integer status = answers.poll();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        receiver.start();
        hookUrl = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        world = TestWorld.create(context);
        CurrentUser admin = (CurrentUser) logins.loadUserByUsername("admin");
        token = tokens.create(new CreateTokenCommand("数字人大平台", "clerk", Set.of(ApiScope.CASES_READ),
                clock.instant().plus(Duration.ofDays(7)), null, world.admin), admin).secret().value();
        var subscribed = post("/api/v1/webhooks", "{\"url\": \"" + hookUrl + "\"}");
        assertThat(subscribed.statusCode()).as(subscribed.body()).isEqualTo(201);
        secret = json.readTree(subscribed.body()).path("secret").asString();
        assertThat(secret).startsWith("whsec_");
    }

    @AfterAll
    void stop() {
        receiver.stop(0);
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aStatusChangeIsDeliveredSignedAndRetriedAfterAFailure() throws Exception {
        answers.add(500);
        long id = world.registered(7);
        var first = received.poll(20, TimeUnit.SECONDS);
        assertThat(first).as("the first attempt reached the receiver").isNotNull();
        assertThat(first.getKey().get("event")).isEqualTo("case.status_changed");
        String signature = first.getKey().get("signature");
        String timestamp = first.getKey().get("timestamp");
        assertThat(signature).isEqualTo("t=" + timestamp + ",v1=" + WebhookDeliveries.sign(secret, timestamp, first.getValue()));
        assertThat(signature).isNotEqualTo("t=" + timestamp + ",v1=" + WebhookDeliveries.sign("whsec_other", timestamp,
                first.getValue()));
        JsonNode payload = json.readTree(first.getValue());
        assertThat(payload.path("case").path("id").asLong()).isEqualTo(id);
        assertThat(payload.path("case").path("status").path("code").asString()).isEqualTo("REGISTERED");

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (attempts(id) < 1 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        var row = jdbc.sql("select status, attempts, last_error, next_attempt_at from api_webhook_deliveries"
                + " where suggestion_id = :id").param("id", id).query().singleRow();
        assertThat(row.get("status")).isEqualTo("PENDING");
        assertThat(row.get("last_error")).isEqualTo("HTTP 500");
        assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(1);
        assertThat(row.get("next_attempt_at")).as("a retry is planned").isNotNull();

        assertThat(deliveries.deliverDue(clock.instant().plus(Duration.ofHours(1)))).isEqualTo(1);
        var second = received.poll(5, TimeUnit.SECONDS);
        assertThat(second).isNotNull();
        assertThat(second.getValue()).isEqualTo(first.getValue());
        assertThat(jdbc.sql("select status from api_webhook_deliveries where suggestion_id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("DELIVERED");
        assertThat(attempts(id)).isEqualTo(2);

        String page = MockWebClient.loggedIn(context, "admin").get("/settings/api-tokens").body();
        assertThat(page).contains(hookUrl).contains("已送达");
    }

    private int attempts(long id) {
        return jdbc.sql("select coalesce(max(attempts), 0) from api_webhook_deliveries where suggestion_id = :id")
                .param("id", id).query(Integer.class).single();
    }

    @Test
    void aSubscriptionNeedsAWebAddress() throws Exception {
        var refused = post("/api/v1/webhooks", "{\"url\": \"file:///etc/passwd\"}");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(json.readTree(refused.body()).path("errors").findValuesAsString("field")).contains("url");
        var list = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/webhooks"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(json.readTree(list.body()).path("items")).hasSize(1);
        assertThat(list.body()).doesNotContain(secret);
    }
}
