package cn.jianyi.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
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
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestWorld;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * API tokens (ADR 0058): created by the 系统管理员 within the rules, shown once and stored only as a hash, refused
 * when unknown, expired, revoked or of a disabled account (401 problems with a Chinese detail), the pages' session
 * chain untouched, and every call and token change in the security audit log.
 */
@OnPostgres
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTokenTests {

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

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        admin = (CurrentUser) logins.loadUserByUsername("admin");
    }

    private IssuedToken token(String account, ApiScope... scopes) {
        return tokens.create(new CreateTokenCommand("测试平台", account, Set.of(scopes),
                clock.instant().plus(Duration.ofDays(30)), null, world.admin), admin);
    }

    HttpResponse<String> get(String path, String secret) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (secret != null) {
            request.header("Authorization", "Bearer " + secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode problem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("code").asString()).isEqualTo(code);
        assertThat(body.get("detail").asString()).matches(".*\\p{IsHan}.*");
        return body;
    }

    @Test
    void aCallWithoutATokenIsRefusedWith401AndNoRedirectToTheLoginPage() throws Exception {
        var response = get("/api/v1/cases", null);
        problem(response, 401, "token-missing");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(response.headers().firstValue("Set-Cookie")).as("stateless: no session").isEmpty();
        assertThat(get("/api/v1/cases", "not-a-token").statusCode()).isEqualTo(401);
        problem(get("/api/v1/cases", "jy_" + "A".repeat(43)), 401, "token-invalid");
        var basic = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/cases"))
                .header("Authorization", "Basic Y2xlcms6eA==").build(), HttpResponse.BodyHandlers.ofString());
        problem(basic, 401, "token-missing");
    }

    @Test
    void theTokenIsShownOnceAndOnlyItsHashIsStored() throws Exception {
        IssuedToken issued = token("clerk", ApiScope.CASES_READ);
        String secret = issued.secret().value();
        assertThat(secret).startsWith("jy_").hasSize(46);
        assertThat(java.util.Base64.getUrlDecoder().decode(secret.substring(3))).hasSize(32);
        assertThat(issued.secret().toString()).doesNotContain(secret);
        // the secret is nowhere in the database: every text column of every table
        for (String table : jdbc.sql("select table_name from information_schema.tables where lower(table_schema) = 'public'")
                .query(String.class).list()) {
            for (String column : jdbc.sql("select column_name from information_schema.columns where lower(table_schema) = 'public'"
                    + " and table_name = :t and (data_type like '%char%' or data_type like '%CHAR%' or data_type like '%text%')")
                    .param("t", table).query(String.class).list()) {
                assertThat(jdbc.sql("select count(*) from \"" + table + "\" where cast(\"" + column + "\" as varchar) like :s")
                        .param("s", "%" + secret.substring(3, 20) + "%").query(Long.class).single())
                        .as(table + "." + column).isZero();
            }
        }
        assertThat(jdbc.sql("select secret_hash from api_tokens where id = :id").param("id", issued.token().id())
                .query(String.class).single()).isEqualTo(TokenSecret.hashOf(secret)).hasSize(64);
        assertThat(get("/api/v1/cases", secret).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select last_used_at from api_tokens where id = :id").param("id", issued.token().id())
                .query(java.sql.Timestamp.class).single()).isNotNull();
    }

    @Test
    void revokedAndExpiredTokensAndDisabledAccountsAreRefused() throws Exception {
        IssuedToken revoked = token("clerk", ApiScope.CASES_READ);
        tokens.revoke(revoked.token().id(), admin);
        problem(get("/api/v1/cases", revoked.secret().value()), 401, "token-revoked");

        IssuedToken expired = token("clerk", ApiScope.CASES_READ);
        jdbc.sql("update api_tokens set created_at = :created, expires_at = :expired where id = :id")
                .param("created", java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(60))))
                .param("expired", java.sql.Timestamp.from(clock.instant().minus(Duration.ofHours(1))))
                .param("id", expired.token().id()).update();
        problem(get("/api/v1/cases", expired.secret().value()), 401, "token-expired");

        IssuedToken supervisors = token("supervisor", ApiScope.CASES_READ);
        assertThat(get("/api/v1/cases", supervisors.secret().value()).statusCode()).isEqualTo(200);
        jdbc.sql("update users set enabled = false where username = 'supervisor'").update();
        try {
            problem(get("/api/v1/cases", supervisors.secret().value()), 401, "account-disabled");
        } finally {
            jdbc.sql("update users set enabled = true where username = 'supervisor'").update();
        }
    }

    @Test
    void aScopeTheTokenLacksIs403() throws Exception {
        IssuedToken registerOnly = token("clerk", ApiScope.CASES_REGISTER);
        problem(get("/api/v1/cases", registerOnly.secret().value()), 403, "scope-missing");
        problem(get("/api/v1/units", registerOnly.secret().value()), 403, "scope-missing");
    }

    @Test
    void aTokenIsCreatedWithinTheRules() {
        var now = clock.instant();
        List<RuleViolation> refusals = tokens.refusalsOf(new CreateTokenCommand("x", "nobody", Set.of(), now.minusSeconds(1),
                0, world.admin), admin);
        assertThat(refusals).extracting(RuleViolation::field).containsExactlyInAnyOrder("account", "scopes", "expiresOn",
                "rateLimit");
        assertThat(tokens.refusalsOf(new CreateTokenCommand("x", "handler", Set.of(ApiScope.CASES_REGISTER),
                now.plus(Duration.ofDays(400)), null, world.admin), admin))
                .extracting(RuleViolation::reasonKey)
                .containsExactlyInAnyOrder("api.token.scopes.notAllowed", "api.token.expiry.tooLate");
        assertThat(tokens.refusalsOf(new CreateTokenCommand("x", "auditor", Set.of(ApiScope.PUBLIC_READ),
                now.plus(Duration.ofDays(1)), null, world.admin), admin))
                .as("三员分立: no token for the audit administrator").extracting(RuleViolation::field).containsExactly("account");
    }

    @Test
    void tokenChangesAndCallsGoToTheSecurityAuditLog() throws Exception {
        IssuedToken issued = token("clerk", ApiScope.CASES_READ);
        get("/api/v1/cases?limit=1", issued.secret().value());
        get("/api/v1/cases", "jy_unknown");
        tokens.revoke(issued.token().id(), admin);
        assertThat(jdbc.sql("select count(*) from audit_log where kind = 'API_TOKEN_CHANGED' and object_id = :id")
                .param("id", String.valueOf(issued.token().id())).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select detail from audit_log where kind = 'API_CALL' and username = 'clerk'"
                        + " and object_id = '/api/v1/cases?limit=1'").query(String.class).list())
                .containsExactly("GET 200");
        assertThat(jdbc.sql("select outcome from audit_log where kind = 'API_CALL' and detail = 'GET 401 token-invalid'")
                .query(String.class).list()).contains("REFUSED");
        assertThat(jdbc.sql("select count(*) from audit_log where detail like '%" + issued.secret().value().substring(3)
                + "%'").query(Long.class).single()).isZero();
    }

    @Test
    void aLoggedInBrowserSessionDoesNotOpenTheApi() throws Exception {
        var browser = cn.jianyi.support.WebClient.loggedIn(port, "clerk", TestWorld.PASSWORD);
        assertThat(browser.get("/suggestions").statusCode()).isEqualTo(200);
        var call = browser.get("/api/v1/cases");
        assertThat(call.statusCode()).as("a session cookie is no token").isEqualTo(401);
        assertThat(call.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void theAdministratorsPageShowsTheSecretOnceAndKeepsToItsCongresses() {
        var page = cn.jianyi.support.MockWebClient.loggedIn(context, "admin");
        var refused = page.submit("/settings/api-tokens", List.of("name", "", "account", "nobody", "expiresOn",
                clock.instant().atZone(clock.getZone()).toLocalDate().plusDays(10).toString()));
        assertThat(refused.body()).contains("没有这个账号").contains("nobody");
        var created = page.submit("/settings/api-tokens", List.of("name", "市数字人大平台", "account", "clerk",
                "scopes", "CASES_READ", "expiresOn", clock.instant().atZone(clock.getZone()).toLocalDate().plusDays(10)
                        .toString()));
        var secret = java.util.regex.Pattern.compile("jy_[A-Za-z0-9_-]{43}").matcher(created.body());
        assertThat(secret.find()).as("the secret in the message after the redirect").isTrue();
        String value = secret.group();
        assertThat(page.get("/settings/api-tokens").body()).contains("市数字人大平台").doesNotContain(value);

        var town = world.secondCongress();
        CurrentUser admin2 = (CurrentUser) logins.loadUserByUsername("admin2");
        ApiToken clerks = tokens.list(admin).stream().filter(t -> t.name().equals("市数字人大平台")).findFirst().orElseThrow();
        assertThat(tokens.list(admin2)).extracting(ApiToken::id).doesNotContain(clerks.id());
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> tokens.revoke(clerks.id(), admin2)))
                .isInstanceOf(cn.jianyi.shared.NotFoundException.class);
        assertThat(tokens.refusalsOf(new CreateTokenCommand("x", "clerk", Set.of(ApiScope.CASES_READ),
                clock.instant().plus(Duration.ofDays(1)), null, world.admin), admin2))
                .extracting(RuleViolation::field).containsExactly("account");
        assertThat(tokens.refusalsOf(new CreateTokenCommand("x", "clerk2", Set.of(ApiScope.CASES_READ),
                clock.instant().plus(Duration.ofDays(1)), null, world.admin), admin2)).isEmpty();
        assertThat(town.congressId).isPositive();
    }

    @Test
    void thePagesKeepTheirFormLogin() throws Exception {
        var page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/suggestions")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
}
