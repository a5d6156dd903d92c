package cn.jianyi.notification.web;

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
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.TestWorld;
import cn.jianyi.support.WebClient;

/**
 * The pages: the notice list with its unread count in the top bar, opening and marking read; the settings form, which
 * refuses bad input beside each field, keeps what was typed and saves nothing, and says when e-mail and SMS are off.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class NotificationPagesTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    private TestWorld world;
    private long id;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        id = world.assigned(1);
    }

    @Test
    void theDeputySeesHerNoticeAndItsUnreadCountAndOpensTheCaseFromIt() {
        WebClient deputy = WebClient.loggedIn(port, "deputy", TestWorld.PASSWORD);
        String home = deputy.get("/").body();
        assertThat(home).contains("class=\"nav-notices\"").containsPattern("class=\"count\" title=\"1条未读通知\">1</span>");

        String list = deputy.get("/notifications").body();
        assertThat(list).contains("您的建议已交办：第1号《关于健全生育服务保障机制的建议》").contains("未读")
                .contains("全部标为已读").contains("查看案卷");
        long notice = jdbc.sql("select n.id from notices n join users u on u.id = n.recipient_id"
                + " where u.username = 'deputy'").query(Long.class).single();

        HttpResponse<String> open = deputy.post("/notifications/" + notice + "/open", List.of());
        assertThat(open.statusCode()).isEqualTo(302);
        assertThat(open.headers().firstValue("Location").orElse("")).endsWith("/suggestions/" + id);
        assertThat(deputy.get("/").body()).doesNotContain("class=\"count\"");
        assertThat(deputy.get("/notifications").body()).doesNotContain("未读</span>");
    }

    @Test
    void anotherPersonsNoticeIsNotFound() {
        long notice = jdbc.sql("select n.id from notices n join users u on u.id = n.recipient_id"
                + " where u.username = 'handler'").query(Long.class).single();
        WebClient handler2 = WebClient.loggedIn(port, "handler2", TestWorld.PASSWORD);
        assertThat(handler2.post("/notifications/" + notice + "/read", List.of()).statusCode()).isEqualTo(404);
        assertThat(handler2.post("/notifications/" + notice + "/open", List.of()).statusCode()).isEqualTo(404);
        assertThat(handler2.get("/notifications").body()).doesNotContain("/notifications/" + notice + "/");
        assertThat(jdbc.sql("select count(*) from notices where id = :id and read_at is null").param("id", notice)
                .query(Long.class).single()).as("still unread").isEqualTo(1);

        WebClient handler = WebClient.loggedIn(port, "handler", TestWorld.PASSWORD);
        assertThat(handler.post("/notifications/read-all", List.of()).statusCode()).isEqualTo(302);
        assertThat(handler.get("/notifications").body()).contains("已将1条通知标为已读。");
    }

    @Test
    void badSettingsAreRefusedBesideEachFieldKeepingWhatWasTypedAndSavingNothing() {
        WebClient deputy2 = WebClient.loggedIn(port, "deputy2", TestWorld.PASSWORD);
        String page = deputy2.get("/settings/notifications").body();
        assertThat(page).contains("本系统尚未配置邮件服务器").contains("短信通知暂只记入系统日志");

        HttpResponse<String> refused = deputy2.follow(deputy2.post("/settings/notifications", List.of("email", "liu@jianhua",
                "mobile", "12345678901", "quietFrom", "22:00", "quietUntil", "", "notifyByEmail", "true")));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("请输入有效的电子邮箱地址").contains("请输入有效的11位手机号码")
                .contains("免打扰时段的开始和结束时间需同时填写，或同时留空。")
                .contains("value=\"liu@jianhua\"").contains("value=\"12345678901\"").contains("value=\"22:00\"");
        assertThat(contactOf("deputy2")).containsEntry("email", null).containsEntry("mobile", null)
                .containsEntry("notify_by_email", false);

        HttpResponse<String> noTime = deputy2.follow(deputy2.post("/settings/notifications", List.of("email", "", "mobile", "",
                "quietFrom", "7:00 am", "quietUntil", "08:00")));
        assertThat(noTime.body()).contains("请输入有效时间（如22:00）。").contains("value=\"7:00 am\"");
        HttpResponse<String> noAddress = deputy2.follow(deputy2.post("/settings/notifications", List.of("email", "", "mobile", "",
                "notifyBySms", "true", "quietFrom", "", "quietUntil", "")));
        assertThat(noAddress.body()).contains("开启短信通知需要填写手机号码。");
        assertThat(contactOf("deputy2")).containsEntry("notify_by_sms", false);

        HttpResponse<String> saved = deputy2.post("/settings/notifications", List.of("email", "liu.jianhua@example.com",
                "mobile", "13907081234", "quietFrom", "22:00", "quietUntil", "07:00", "notifyByEmail", "true",
                "notifyBySms", "true"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(deputy2.get("/settings/notifications").body()).contains("通知设置已保存。")
                .contains("value=\"liu.jianhua@example.com\"").contains("value=\"22:00\"").contains("value=\"07:00\"");
        assertThat(contactOf("deputy2")).containsEntry("email", "liu.jianhua@example.com")
                .containsEntry("mobile", "13907081234").containsEntry("notify_by_sms", true);
    }

    @Test
    void twoUnreadableTimesAreBothShownBesideTheirFieldsAndNothingIsSaved() {
        WebClient deputy3 = WebClient.loggedIn(port, "deputy3", TestWorld.PASSWORD);
        HttpResponse<String> refused = deputy3.follow(deputy3.post("/settings/notifications", List.of("email", "x".repeat(300),
                "mobile", "", "quietFrom", "7:00 am", "quietUntil", "eight", "notifyByEmail", "true")));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("value=\"7:00 am\"").contains("value=\"eight\"")
                .contains("value=\"" + "x".repeat(300) + "\"");
        assertThat(refused.body().split("请输入有效时间（如22:00）。", -1)).as("one message beside each time").hasSize(3);
        assertThat(contactOf("deputy3")).containsEntry("email", null).containsEntry("quiet_from", null)
                .containsEntry("notify_by_email", false);
    }

    @Test
    void aPageFarBeyondTheLastIsAnEmptyPageNotAnError() {
        WebClient deputy = WebClient.loggedIn(port, "deputy", TestWorld.PASSWORD);
        for (String page : List.of("2147483647", "1073741824", "214748364")) {
            HttpResponse<String> response = deputy.get("/notifications?page=" + page);
            assertThat(response.statusCode()).as("page " + page).isEqualTo(200);
            assertThat(response.body()).doesNotContain("您的建议已交办");
        }
        assertThat(deputy.get("/notifications?page=-5").body()).contains("您的建议已交办");
    }

    private java.util.Map<String, Object> contactOf(String username) {
        return jdbc.sql("select email, mobile, quiet_from, quiet_until, notify_by_email, notify_by_sms from users"
                + " where username = :u").param("u", username).query().singleRow();
    }
}
