package cn.jianyi.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.jianyi.api.ApiScope;
import cn.jianyi.api.ApiTokens;
import cn.jianyi.api.CreateTokenCommand;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.shared.LogContext;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.TestWorld;

/**
 * Operations (issue 22, point 6; ADR 0068) over real HTTP: every request's id in the response header and on the log
 * lines of the request, a load balancer's well-formed id kept and anything else replaced; the Prometheus endpoint for
 * a token of scope metrics:read only, in Prometheus's text format with the application's own counters. The error page
 * showing the id as 错误编号 is in {@code DatabaseFaultTests}, which already makes the database fail a request.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsTests {

    private static final Pattern NEW_ID = Pattern.compile("[0-9a-f]{12}");

    @Autowired ApplicationContext context;
    @Autowired ApiTokens tokens;
    @Autowired UserDetailsService logins;
    @Autowired Clock clock;
    @Value("${local.server.port}") int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private TestWorld world;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        world.registered(1);            // an act, committed: its counter shows it (ActMetricsTests counts exactly)
    }

    private HttpResponse<String> get(String path, String header, String value) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (header != null) {
            request.header(header, value);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String token(String account, ApiScope scope) {
        var admin = (CurrentUser) logins.loadUserByUsername("admin");
        return tokens.create(new CreateTokenCommand("监控", account, Set.of(scope),
                clock.instant().plus(Duration.ofDays(30)), null, world.admin), admin).secret().value();
    }

    @Test
    @DisplayName("每个请求都有编号：在响应头里，也在该请求的每一行日志里；请求结束后不再带着它")
    void everyRequestHasAnIdInItsResponseAndOnItsLogLines() throws Exception {
        Logger chain = (Logger) LoggerFactory.getLogger("org.springframework.security.web.FilterChainProxy");
        var lines = new ListAppender<ILoggingEvent>();
        lines.start();
        Level level = chain.getLevel();
        chain.addAppender(lines);
        chain.setLevel(Level.DEBUG);
        HttpResponse<String> first;
        HttpResponse<String> second;
        try {
            first = get("/login", null, null);
            second = get("/login", null, null);
        } finally {
            chain.setLevel(level);
            chain.detachAppender(lines);
        }
        String id = first.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(id).matches(NEW_ID);
        assertThat(second.headers().firstValue("X-Request-Id").orElseThrow()).matches(NEW_ID).isNotEqualTo(id);
        List<ILoggingEvent> ofFirst = new ArrayList<>(lines.list.stream()
                .filter(line -> id.equals(line.getMDCPropertyMap().get(LogContext.REQUEST_ID))).toList());
        assertThat(ofFirst).as("the filter chain's lines of the first request").isNotEmpty();
        assertThat(ofFirst).allSatisfy(line -> assertThat(line.getFormattedMessage()).contains("/login"));
        assertThat(lines.list).allSatisfy(line -> assertThat(line.getMDCPropertyMap()).containsKey(LogContext.REQUEST_ID));
        assertThat(MDC.get(LogContext.REQUEST_ID)).as("nothing leaks into the test's thread").isNull();
    }

    @Test
    @DisplayName("负载均衡器给的请求编号合乎格式就沿用，否则（过长、含引号、空格、尖括号）换成新编号")
    void aWellFormedIdFromTheLoadBalancerIsKeptAndAnythingElseReplaced() throws Exception {
        assertThat(get("/login", "X-Request-Id", "lb-7f3a9c.01:2").headers().firstValue("X-Request-Id"))
                .hasValue("lb-7f3a9c.01:2");
        for (String forged : List.of("a".repeat(65), "abc\" injected=\"1", "a b", "<script>", "id%0d%0aforged", "a/../b", "")) {
            String answered = get("/login", "X-Request-Id", forged).headers().firstValue("X-Request-Id")
                    .orElseThrow();
            assertThat(answered).as(forged).matches(NEW_ID);
        }
    }

    @Test
    @DisplayName("/actuator/prometheus：持 metrics:read 令牌可读，无令牌401，他种令牌403")
    void prometheusReadsWithAMetricsTokenOnly() throws Exception {
        String metrics = token("admin", ApiScope.METRICS_READ);
        HttpResponse<String> before = get("/actuator/prometheus", "Authorization", "Bearer " + metrics);
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(before.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(before.body()).contains("# TYPE jianyi_case_acts_total counter")
                .contains("jvm_memory_used_bytes{").contains("hikaricp_connections_active{")
                .contains("jianyi_notification_deliveries_total{").contains("application=\"jianyi\"");
        assertThat(registrations(before.body())).as("the registrations of this class's world")
                .isGreaterThanOrEqualTo(1);
        assertThat(get("/actuator/prometheus", "Authorization", "Bearer " + metrics).body())
                .contains("http_server_requests_seconds_count{");

        HttpResponse<String> anonymous = get("/actuator/prometheus", null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer");
        assertThat(get("/actuator/prometheus", "Authorization", "Bearer " + token("clerk", ApiScope.CASES_READ))
                .statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/cases", "Authorization", "Bearer " + metrics).statusCode())
                .as("a metrics token reads no case").isEqualTo(403);
        assertThat(get("/actuator/health/liveness", null, null).statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("只有系统管理员账号可以签发 metrics:read 令牌")
    void onlyTheSystemAdministratorsAccountMayHoldAMetricsToken() {
        var admin = (CurrentUser) logins.loadUserByUsername("admin");
        assertThat(tokens.refusalsOf(new CreateTokenCommand("监控", "clerk", Set.of(ApiScope.METRICS_READ),
                clock.instant().plus(Duration.ofDays(30)), null, world.admin), admin))
                .extracting(violation -> violation.reasonKey()).contains("api.token.scopes.notAllowed");
    }

    private static double registrations(String body) {
        Matcher m = Pattern.compile("(?m)^jianyi_case_acts_total\\{[^}]*action=\"register\"[^}]*} (\\S+)$")
                .matcher(body);
        assertThat(m.find()).as("the registrations' series").isTrue();
        return Double.parseDouble(m.group(1));
    }
}
