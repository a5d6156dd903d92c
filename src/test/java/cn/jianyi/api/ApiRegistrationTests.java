package cn.jianyi.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.WebApplicationContext;

import cn.jianyi.identity.CurrentUser;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestWorld;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 登记 through the API (ADR 0058): the clerk's use case with its rules and timeline, refusals naming their field
 * (malformed JSON, unknown fields, wrong types, oversized bodies, broken rules) with nothing saved, the
 * Idempotency-Key, and the rate limit per token.
 */
@OnPostgres
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiRegistrationTests {

    @Autowired WebApplicationContext context;
    @Autowired ApiTokens tokens;
    @Autowired UserDetailsService logins;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Value("${local.server.port}") int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private TestWorld world;
    private CurrentUser admin;
    private String registerer;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        admin = (CurrentUser) logins.loadUserByUsername("admin");
        registerer = token(null, ApiScope.CASES_REGISTER);
    }

    private String token(Integer perMinute, ApiScope... scopes) {
        return tokens.create(new CreateTokenCommand("外部平台", "clerk", Set.of(scopes),
                clock.instant().plus(Duration.ofDays(7)), perMinute, world.admin), admin).secret().value();
    }

    private String body(int number, String title) {
        return """
                {"meetingId": %d, "number": %d, "title": "%s", "content": "建议内容。",
                 "leadDeputyId": %d, "coSignerIds": [%d], "category": "AGRICULTURE", "receivedOn": "2024-01-12"}"""
                .formatted(world.meeting.id(), number, title, world.cheng.id(), world.liu.id());
    }

    HttpResponse<String> post(String body, String key) throws Exception {
        return post(body, key, registerer);
    }

    HttpResponse<String> post(String body, String key, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/cases"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long cases() {
        return jdbc.sql("select count(*) from suggestions").query(Long.class).single();
    }

    private JsonNode refused(HttpResponse<String> response, int status, String code, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("code").asString()).isEqualTo(code);
        if (field != null) {
            assertThat(problem.path("errors").findValuesAsString("field")).contains(field);
        }
        return problem;
    }

    @Test
    void aRegistrationGoesThroughTheClerksUseCaseWithItsTimeline() throws Exception {
        var response = post(body(11, "关于加强农村道路养护的建议"), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode created = json.readTree(response.body());
        long id = created.path("id").asLong();
        assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/cases/" + id);
        assertThat(created.path("number").asInt()).isEqualTo(11);
        assertThat(created.path("status").path("code").asString()).isEqualTo("REGISTERED");
        assertThat(created.path("coSigners").get(0).path("name").asString()).isEqualTo(world.liu.name());
        assertThat(jdbc.sql("select remark from timeline_entries where suggestion_id = :id").param("id", id)
                .query(String.class).single()).contains("第11号").contains("经接口登记").contains("外部平台");
        assertThat(jdbc.sql("select actor_username from timeline_entries where suggestion_id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("clerk");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
        long before = cases();
        var problem = refused(post("{\"meetingId\": 1, \"title\": ", null), 400, "invalid-json", null);
        assertThat(problem.path("detail").asString()).contains("JSON");
        refused(post(body(12, "标题").replace("\"content\"", "\"secret\": 1, \"content\""), null), 400, "unknown-field",
                "secret");
        refused(post(body(12, "标题").replace("\"number\": 12", "\"number\": \"twelve\""), null), 400, "wrong-type",
                "number");
        refused(post(body(12, "标题").replace("\"AGRICULTURE\"", "\"FARMING\""), null), 400, "wrong-type", "category");
        refused(post(body(12, "标题").replace("[" + world.liu.id() + "]", "[\"x\"]"), null), 400, "wrong-type",
                "coSignerIds[0]");
        refused(post("[1, 2]", null), 400, "invalid-json", null);
        var big = post(body(12, "x".repeat(70_000)), null);
        refused(big, 413, "too-large", null);
        var rules = refused(post(body(12, "").replace("\"leadDeputyId\": " + world.cheng.id(), "\"leadDeputyId\": 999999"),
                null), 422, "rule-violation", "title");
        assertThat(rules.path("errors").findValuesAsString("field")).contains("leadDeputyId");
        assertThat(rules.path("detail").asString()).matches(".*\\p{IsHan}.*");
        post(body(13, "关于完善农村供水的建议"), null);
        refused(post(body(13, "关于另一件事的建议"), null), 422, "rule-violation", "number");
        var form = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/cases"))
                .header("Authorization", "Bearer " + registerer).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("title=x")).build();
        assertThat(http.send(form, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(415);
        assertThat(cases()).as("only the one good registration").isEqualTo(before + 1);
    }

    @Test
    void aRepeatedIdempotencyKeyAnswersTheFirstRegistrationAndAnotherBodyIs409() throws Exception {
        long before = cases();
        var first = post(body(21, "关于改造农贸市场的建议"), "key-21");
        var again = post(body(21, "关于改造农贸市场的建议"), "key-21");
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(json.readTree(again.body()).path("id").asLong()).isEqualTo(json.readTree(first.body()).path("id").asLong());
        refused(post(body(22, "关于别的事的建议"), "key-21"), 409, "idempotency-key-reused", "Idempotency-Key");
        refused(post(body(22, "关于别的事的建议"), "bad key with spaces"), 400, "invalid-idempotency-key", "Idempotency-Key");
        assertThat(cases()).isEqualTo(before + 1);
        // another token's key is its own
        assertThat(post(body(23, "关于修缮村小学的建议"), "key-21", token(null, ApiScope.CASES_REGISTER)).statusCode())
                .isEqualTo(201);
    }

    @Test
    void theRateLimitPerTokenAnswers429WithRetryAfter() throws Exception {
        String limited = token(2, ApiScope.CASES_READ);
        String other = token(null, ApiScope.CASES_READ);
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/units"));
        assertThat(http.send(request.header("Authorization", "Bearer " + limited).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/units"))
                .header("Authorization", "Bearer " + limited).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
        var third = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/units"))
                .header("Authorization", "Bearer " + limited).build(), HttpResponse.BodyHandlers.ofString());
        refused(third, 429, "rate-limited", null);
        assertThat(Long.parseLong(third.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/units"))
                .header("Authorization", "Bearer " + other).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .as("another token's limit is its own").isEqualTo(200);
    }
}
