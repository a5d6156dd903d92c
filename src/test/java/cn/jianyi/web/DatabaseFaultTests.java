package cn.jianyi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jianyi.support.DatabaseSnapshot;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestWorld;
import cn.jianyi.support.WebClient;

/**
 * When the database fails a write (issue 15: H2 2.4.240 refused every write half an hour after start), nobody loses
 * what they typed and nothing is half saved: a form comes back with the message at its top and every value kept; a
 * button on the case page gets a page saying nothing was changed, with the incident number; a login is answered as
 * usual even when its bookkeeping cannot be written; a unit's request goes through when its browser cannot be
 * recorded. The database's refusal is real: a check constraint added for the test refuses the row, as the broken
 * constraints did.
 */
@OnPostgres
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DatabaseFaultTests {

    private static final String FAULT = "未能保存：数据库暂时无法写入，本次提交没有保存任何内容，您填写的内容仍在下方。";

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    private TestWorld world;
    private WebClient clerk;
    private long assigned;
    private long toAcknowledge;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        world.registered(1);
        assigned = world.assigned(2);
        toAcknowledge = world.assigned(3);
        clerk = WebClient.loggedIn(port, "clerk", TestWorld.PASSWORD);
    }

    @Test
    @DisplayName("登记时数据库拒绝写入：表单原样返回并提示，不保存任何内容；恢复后同样的提交成功")
    void aRegistrationTheDatabaseRefusesComesBackWithEverythingTyped() {
        List<String> form = List.of("meetingId", String.valueOf(world.meeting.id()), "number", "7",
                "title", "关于数据库故障时保留表单的建议", "content", "这是用户花了半小时写的建议内容。",
                "leadDeputyId", String.valueOf(world.cheng.id()), "category", "AGRICULTURE", "receivedOn", "2024-01-12");
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        HttpResponse<String> refused;
        try (var trap = trap("suggestions", "title <> '关于数据库故障时保留表单的建议'")) {
            refused = clerk.follow(clerk.post("/suggestions/new", form));
        }
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains(FAULT).contains("错误编号").doesNotContain("提交的内容有误")
                .contains("value=\"关于数据库故障时保留表单的建议\"").contains("这是用户花了半小时写的建议内容。")
                .contains("value=\"7\"").containsPattern("value=\"AGRICULTURE\"[^>]*selected");
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);

        HttpResponse<String> again = clerk.post("/suggestions/new", form);
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(again.headers().firstValue("Location").orElseThrow()).matches(".*/suggestions/\\d+");
    }

    @Test
    @DisplayName("承办单位拟稿时数据库拒绝写入：答复稿原样返回；记录浏览器失败不妨碍办理")
    void aDraftTheDatabaseRefusesComesBackAndAFailedSightingStopsNothing() {
        List<String> draft = List.of("classification", "A", "title", "关于第2号建议的答复", "salutation", "程绮南代表：",
                "body", "数据库故障时写好的答复正文", "contactUnit", "区卫健委", "contactPhone", "0791-83730001",
                "postcode", "330100", "copyTo", "区政府督查室", "publicity", "PROACTIVE");
        jdbc.sql("delete from client_sightings").update();
        try (var noSightings = trap("client_sightings", "username <> 'handler'")) {
            WebClient handler = WebClient.loggedIn(port, "handler", TestWorld.PASSWORD);
            assertThat(handler.get("/suggestions/" + assigned).statusCode()).isEqualTo(200);
            String body = jdbc.sql("select body from replies where suggestion_id = :id").param("id", assigned)
                    .query(String.class).optional().orElse(null);
            HttpResponse<String> refused;
            try (var trap = trap("replies", "body <> '数据库故障时写好的答复正文'")) {
                refused = handler.follow(handler.post("/suggestions/" + assigned + "/reply", draft));
            }
            assertThat(refused.statusCode()).isEqualTo(200);
            assertThat(refused.body()).contains(FAULT).contains("数据库故障时写好的答复正文")
                    .contains("value=\"0791-83730001\"").contains("区政府督查室");
            assertThat(jdbc.sql("select body from replies where suggestion_id = :id").param("id", assigned)
                    .query(String.class).optional().orElse(null)).isEqualTo(body);

            assertThat(handler.post("/suggestions/" + assigned + "/reply", draft).statusCode()).isEqualTo(302);
            assertThat(jdbc.sql("select body from replies where suggestion_id = :id").param("id", assigned)
                    .query(String.class).single()).isEqualTo("数据库故障时写好的答复正文");
            assertThat(jdbc.sql("select count(*) from client_sightings").query(Long.class).single()).isZero();
        }
    }

    @Test
    @DisplayName("案卷页按钮遇数据库故障：503页面说明未做任何更改并给出错误编号")
    void aButtonTheDatabaseRefusesSaysNothingWasChanged() {
        WebClient handler = WebClient.loggedIn(port, "handler", TestWorld.PASSWORD);
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        HttpResponse<String> refused;
        try (var trap = trap("assignments", "suggestion_id <> " + toAcknowledge + " or acknowledged_by is null")) {
            refused = handler.post("/suggestions/" + toAcknowledge + "/acknowledge", List.of());
        }
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.body()).contains("数据库暂时无法写入，本次操作没有做任何更改。").contains("错误编号")
                .doesNotContain("错误编号：-");
        // the 错误编号 is the request's id (ADR 0068): the response's X-Request-Id, on every log line of the request
        String requestId = refused.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(refused.body()).contains("错误编号：" + requestId);
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    }

    @Test
    @DisplayName("登录记录写不进数据库：密码错误照常提示，密码正确照常登录；读不到账号时提示稍后再试")
    void loginsAreAnsweredAsUsualWhenTheirBookkeepingCannotBeWritten() {
        jdbc.sql("delete from audit_log").update();
        try (var noCount = trap("users", "failed_attempts = 0");
             var noLog = trap("audit_log", "kind not in ('LOGIN', 'LOGIN_FAILED')")) {
            WebClient browser = new WebClient(port);
            HttpResponse<String> wrong = browser.login("clerk", "wrong-password");
            assertThat(wrong.statusCode()).isEqualTo(302);
            assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error=bad");
            assertThat(browser.get("/login?error=bad").body()).contains("登录名或口令错误。");
            assertThat(jdbc.sql("select failed_attempts from users where username = 'clerk'").query(Integer.class)
                    .single()).as("the count was refused, so the fault really happened").isZero();
            assertThat(jdbc.sql("select count(*) from audit_log").query(Long.class).single()).isZero();

            HttpResponse<String> right = new WebClient(port).login("clerk", TestWorld.PASSWORD);
            assertThat(right.statusCode()).isEqualTo(302);
            assertThat(right.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        }
        jdbc.sql("alter table users rename to users_away").update();
        try {
            WebClient browser = new WebClient(port);
            HttpResponse<String> unreadable = browser.login("clerk", TestWorld.PASSWORD);
            assertThat(unreadable.headers().firstValue("Location").orElseThrow())
                    .endsWith("/login?error=unavailable");
            assertThat(browser.get("/login?error=unavailable").body()).contains("系统暂时无法核对账号，请稍后再登录。");
        } finally {
            jdbc.sql("alter table users_away rename to users").update();
        }
    }

    /** A check constraint that makes the database refuse some writes, until closed. */
    private interface Trap extends AutoCloseable {
        @Override
        void close();
    }

    private Trap trap(String table, String condition) {
        String name = "test_fault_" + table;
        jdbc.sql("alter table " + table + " add constraint " + name + " check (" + condition + ")").update();
        return () -> jdbc.sql("alter table " + table + " drop constraint " + name).update();
    }
}
