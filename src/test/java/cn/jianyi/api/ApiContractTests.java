package cn.jianyi.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.WebApplicationContext;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import cn.jianyi.assignment.AssignCommand;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.handling.Reply;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.DataScope;
import cn.jianyi.publication.DecidePublicationCommand;
import cn.jianyi.publication.Publications;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestWorld;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API's contract (issue 20, ADR 0058): every endpoint called without a token (401), with a token lacking the
 * scope (403) and with the right one (200/201), and each JSON answer validated against the schema the generated
 * OpenAPI document gives for that path, method and status. Also the data scope (a unit's token sees its unit's cases
 * only), cursor pagination, and the document and its browsable page themselves.
 */
@OnPostgres
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiContractTests {

    @Autowired WebApplicationContext context;
    @Autowired ApiTokens tokens;
    @Autowired UserDetailsService logins;
    @Autowired Assignments assignments;
    @Autowired Webhooks webhooks;
    @Autowired Publications publications;
    @Autowired Clock clock;
    @Value("${local.server.port}") int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private TestWorld world;
    private JsonNode document;
    private String reader;
    private String registerer;
    private String unitReader;
    private String publicOnly;
    private long registered;
    private long healthCase;
    private long educationCase;
    private Reply signed;
    private long webhook;
    private long published;

    @BeforeAll
    void world() throws Exception {
        world = TestWorld.create(context);
        CurrentUser admin = (CurrentUser) logins.loadUserByUsername("admin");
        IssuedToken readerToken = tokens.create(new CreateTokenCommand("合约测试 读取", "clerk",
                Set.of(ApiScope.CASES_READ), clock.instant().plus(Duration.ofDays(7)), null, world.admin), admin);
        reader = readerToken.secret().value();
        webhook = webhooks.subscribe(readerToken.token(), "https://platform.example/hook").id();
        registerer = token(admin, "clerk", ApiScope.CASES_REGISTER);
        unitReader = token(admin, "handler", ApiScope.CASES_READ);
        publicOnly = token(admin, "clerk", ApiScope.PUBLIC_READ);
        registered = world.registered(1);
        healthCase = world.registered(2);
        assignments.assign(AssignCommand.leadOnly(healthCase, world.health.id(), TestWorld.ASSIGNED, world.clerk));
        signed = world.signed(world.drafted(healthCase), LocalDate.of(2024, 6, 20));
        var office = new DataScope.OfCongresses(Set.of(world.meeting.congressId()));
        published = publications.decide(new DecidePublicationCommand(publications.ofReply(signed.id(), office).id(),
                DecidePublicationCommand.Outcome.PUBLISH, null, null, world.clerk), office).id();
        educationCase = world.registered(3);
        assignments.assign(AssignCommand.leadOnly(educationCase, world.education.id(), TestWorld.ASSIGNED, world.clerk));
        var response = call("GET", "/api/v1/openapi.json", null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        document = json.readTree(response.body());
    }

    private String token(CurrentUser admin, String account, ApiScope scope) {
        return tokens.create(new CreateTokenCommand("合约测试 " + scope.code(), account, Set.of(scope),
                clock.instant().plus(Duration.ofDays(7)), null, world.admin), admin).secret().value();
    }

    HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** One endpoint: the concrete path called, its template in the document, and the scope it needs. */
    private record Endpoint(String method, String path, String template, String rightToken, String wrongToken,
                            String body, int success, boolean open) {

        Endpoint(String method, String path, String template, String rightToken, String wrongToken, String body,
                 int success) {
            this(method, path, template, rightToken, wrongToken, body, success, false);
        }

        /** A public endpoint: no token needed; a token must hold public:read. */
        static Endpoint open(String path, String template, String publicToken, String otherToken) {
            return new Endpoint("GET", path, template, publicToken, otherToken, null, 200, true);
        }
    }

    private List<Endpoint> endpoints() {
        String registration = """
                {"meetingId": %d, "title": "关于增设公交线路的建议", "content": "建议增设公交线路。",
                 "leadDeputyId": %d, "category": "URBAN_ENVIRONMENT", "receivedOn": "2024-01-12"}"""
                .formatted(world.meeting.id(), world.cheng.id());
        return List.of(
                new Endpoint("GET", "/api/v1/cases", "/api/v1/cases", reader, registerer, null, 200),
                new Endpoint("GET", "/api/v1/cases?limit=1&status=ASSIGNED", "/api/v1/cases", reader, publicOnly, null, 200),
                new Endpoint("GET", "/api/v1/cases/" + healthCase, "/api/v1/cases/{id}", reader, registerer, null, 200),
                new Endpoint("GET", "/api/v1/cases/" + healthCase + "/replies", "/api/v1/cases/{id}/replies", reader,
                        registerer, null, 200),
                new Endpoint("GET", "/api/v1/replies/" + signed.id() + "/letter.pdf", "/api/v1/replies/{id}/letter.pdf",
                        reader, registerer, null, 200),
                new Endpoint("GET", "/api/v1/replies/" + signed.id() + "/letter.ofd", "/api/v1/replies/{id}/letter.ofd",
                        reader, registerer, null, 200),
                new Endpoint("GET", "/api/v1/units", "/api/v1/units", reader, registerer, null, 200),
                new Endpoint("GET", "/api/v1/meetings", "/api/v1/meetings", reader, registerer, null, 200),
                new Endpoint("GET", "/api/v1/meetings/" + world.meeting.id() + "/statistics",
                        "/api/v1/meetings/{id}/statistics", reader, registerer, null, 200),
                new Endpoint("POST", "/api/v1/cases", "/api/v1/cases", registerer, reader, registration, 201),
                new Endpoint("POST", "/api/v1/webhooks", "/api/v1/webhooks", reader, registerer,
                        "{\"url\": \"https://platform.example/other\"}", 201),
                new Endpoint("GET", "/api/v1/webhooks", "/api/v1/webhooks", reader, registerer, null, 200),
                new Endpoint("DELETE", "/api/v1/webhooks/" + webhook, "/api/v1/webhooks/{id}", reader, registerer,
                        null, 204),
                Endpoint.open("/api/v1/public/cases", "/api/v1/public/cases", publicOnly, reader),
                Endpoint.open("/api/v1/public/cases?limit=1&classification=A&meetingId=" + world.meeting.id(),
                        "/api/v1/public/cases", publicOnly, registerer),
                Endpoint.open("/api/v1/public/cases/" + published, "/api/v1/public/cases/{id}", publicOnly, reader),
                Endpoint.open("/api/v1/public/cases/" + published + "/reply.pdf",
                        "/api/v1/public/cases/{id}/reply.pdf", publicOnly, reader),
                Endpoint.open("/api/v1/public/meetings", "/api/v1/public/meetings", publicOnly, reader),
                Endpoint.open("/api/v1/public/meetings/" + world.meeting.id() + "/statistics",
                        "/api/v1/public/meetings/{id}/statistics", publicOnly, reader));
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointWithoutATokenWithAWrongScopeAndWithTheRightOne() {
        var tests = new ArrayList<DynamicTest>();
        for (Endpoint e : endpoints()) {
            int anonymous = e.open() ? e.success() : 401;
            tests.add(DynamicTest.dynamicTest(e.method() + " " + e.path() + " without a token → " + anonymous, () ->
                    conforms(e, call(e.method(), e.path(), null, e.body()), anonymous)));
            tests.add(DynamicTest.dynamicTest(e.method() + " " + e.path() + " with a wrong scope → 403", () ->
                    conforms(e, call(e.method(), e.path(), e.wrongToken(), e.body()), 403)));
            tests.add(DynamicTest.dynamicTest(e.method() + " " + e.path() + " with its scope → " + e.success(), () ->
                    conforms(e, call(e.method(), e.path(), e.rightToken(), e.body()), e.success())));
        }
        return tests.stream();
    }

    /** The status, and the body valid against the document's schema for it (binary files: the media type). */
    private void conforms(Endpoint e, HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(e.method() + " " + e.path() + ": " + response.body()).isEqualTo(status);
        if (status == 204) {
            assertThat(document.path("paths").path(e.template()).path(e.method().toLowerCase()).path("responses")
                    .has("204")).isTrue();
            return;
        }
        JsonNode content = document.path("paths").path(e.template()).path(e.method().toLowerCase())
                .path("responses").path(String.valueOf(status)).path("content");
        assertThat(content.isMissingNode()).as("the document describes " + status + " of " + e.method() + " "
                + e.template()).isFalse();
        String type = response.headers().firstValue("Content-Type").orElse("").replaceFirst(";.*", "");
        JsonNode media = content.path(type);
        assertThat(media.isMissingNode()).as(type + " for " + status + " of " + e.template() + " in " + content).isFalse();
        if (!type.contains("json")) {
            return;
        }
        ObjectNode schema = ((ObjectNode) media.path("schema")).deepCopy();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.set("components", document.path("components"));
        var errors = schemas.getSchema(json.writeValueAsString(schema)).validate(json.readTree(response.body()));
        assertThat(errors).as(e.method() + " " + e.path() + " " + status + ": " + response.body()).isEmpty();
    }

    @Test
    void theDocumentDescribesTheTokenSchemeAndTheProblems() {
        assertThat(document.path("openapi").asString()).startsWith("3.");
        assertThat(document.path("components").path("securitySchemes").path("token").path("scheme").asString())
                .isEqualTo("bearer");
        assertThat(document.path("components").path("schemas").has("Problem")).isTrue();
        assertThat(document.path("paths").path("/api/v1/cases").path("get").path("security").toString())
                .contains("cases:read");
        assertThat(document.path("paths").path("/api/v1/cases").path("post").path("responses").has("409")).isTrue();
        assertThat(document.path("paths").propertyNames()).allMatch(p -> p.startsWith("/api/v1/"));
    }

    @Test
    void theBrowsablePageIsServedFromTheJar() throws Exception {
        var page = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/docs")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui").doesNotContain("https://");
        var initializer = call("GET", "/api/swagger-ui/swagger-initializer.js", null, null);
        assertThat(initializer.statusCode()).isEqualTo(200);
        var config = call("GET", "/api/v1/openapi.json/swagger-config", null, null);
        assertThat(config.statusCode()).as(initializer.body()).isEqualTo(200);
        assertThat(config.body()).contains("/api/v1/openapi.json");
        assertThat(call("GET", "/api/swagger-ui/swagger-ui-bundle.js", null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void aUnitsTokenSeesItsUnitsCasesOnly() throws Exception {
        JsonNode unitCases = json.readTree(call("GET", "/api/v1/cases?limit=100", unitReader, null).body());
        assertThat(unitCases.path("items").findValuesAsString("id")).isNotEmpty();
        List<Long> ids = new ArrayList<>();
        unitCases.path("items").forEach(item -> ids.add(item.path("id").asLong()));
        assertThat(ids).contains(healthCase).doesNotContain(educationCase, registered);
        assertThat(call("GET", "/api/v1/cases/" + educationCase, unitReader, null).statusCode()).isEqualTo(404);
        assertThat(call("GET", "/api/v1/cases/" + educationCase + "/replies", unitReader, null).statusCode())
                .isEqualTo(404);
        JsonNode units = json.readTree(call("GET", "/api/v1/units", unitReader, null).body());
        assertThat(units.path("items")).hasSize(1);
        assertThat(units.path("items").get(0).path("id").asLong()).isEqualTo(world.health.id());
        var statistics = call("GET", "/api/v1/meetings/" + world.meeting.id() + "/statistics", unitReader, null);
        assertThat(statistics.statusCode()).as("statistics are the offices'").isEqualTo(403);
        JsonNode all = json.readTree(call("GET", "/api/v1/cases?limit=100", reader, null).body());
        List<Long> every = new ArrayList<>();
        all.path("items").forEach(item -> every.add(item.path("id").asLong()));
        assertThat(every).contains(healthCase, educationCase, registered);
    }

    @Test
    void theCursorWalksEveryCaseOnceInIdOrder() throws Exception {
        List<Long> walked = new ArrayList<>();
        String next = "/api/v1/cases?limit=1";
        int pages = 0;
        while (next != null && pages++ < 50) {
            JsonNode page = json.readTree(call("GET", next, reader, null).body());
            page.path("items").forEach(item -> walked.add(item.path("id").asLong()));
            next = page.path("next").isNull() || page.path("next").isMissingNode() ? null : page.path("next").asString();
        }
        assertThat(walked).hasSizeGreaterThanOrEqualTo(3).isSorted().doesNotHaveDuplicates();
        assertThat(call("GET", "/api/v1/cases?cursor=bm9wZQ", reader, null).statusCode()).isEqualTo(400);
        assertThat(call("GET", "/api/v1/cases?limit=0", reader, null).statusCode()).isEqualTo(400);
        var unknown = call("GET", "/api/v1/no-such-thing", reader, null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        var wrongStatus = call("GET", "/api/v1/cases?status=NOPE", reader, null);
        assertThat(wrongStatus.statusCode()).isEqualTo(400);
        assertThat(json.readTree(wrongStatus.body()).path("errors").get(0).path("field").asString()).isEqualTo("status");
    }
}
