package cn.jianyi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jianyi.identity.IdentityManagement;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestWorld;
import cn.jianyi.support.WebClient;

/**
 * 强制修改口令 and 修改口令 over real HTTP: a first administrator is held on the password page until the password is
 * changed (pages redirect there, other requests are refused); a refused new password is shown beside its field and
 * changes nothing; everyone changes their own password with the current one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@OnPostgres
@IntegrationTest
class PasswordChangeTests {

    @LocalServerPort int port;
    @Autowired IdentityManagement identity;
    @Autowired JdbcClient jdbc;

    @BeforeAll
    void world() {
        identity.createFirstAdministrator("root", "Jianyi-2026");
        identity.addAccount("clerk", identity.hash(TestWorld.PASSWORD), "王晓燕", cn.jianyi.identity.Role.CLERK, null,
                null, false);
    }

    private String hashOf(String login) {
        return jdbc.sql("select password_hash from users where username = ?").param(login).query(String.class).single();
    }

    @Test
    void theFirstAdministratorIsHeldOnThePasswordPageUntilTheyChangeIt() {
        WebClient root = WebClient.loggedIn(port, "root", "Jianyi-2026");
        HttpResponse<String> home = root.get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElse("")).endsWith("/account/password");
        assertThat(root.get("/rules").headers().firstValue("Location").orElse("")).endsWith("/account/password");
        assertThat(root.follow(root.post("/calendar/2026", List.of())).statusCode()).as("no act around the page").isEqualTo(403);
        HttpResponse<String> page = root.get("/account/password");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("请先设置新口令");

        String before = hashOf("root");
        HttpResponse<String> weak = root.follow(root.post("/account/password", List.of("currentPassword", "Jianyi-2026",
                "password", "abcdefgh", "confirmation", "abcdefgh")));
        assertThat(weak.statusCode()).isEqualTo(200);
        assertThat(weak.body()).contains("口令需包含大写字母、小写字母、数字、其他字符这四类中的至少3类")
                .doesNotContain("value=\"abcdefgh\"");
        HttpResponse<String> same = root.follow(root.post("/account/password", List.of("currentPassword", "Jianyi-2026",
                "password", "Jianyi-2026", "confirmation", "Jianyi-2026")));
        assertThat(same.body()).as("the password in use again").contains("不能使用最近5次用过的口令");
        HttpResponse<String> mismatch = root.follow(root.post("/account/password", List.of("currentPassword", "Jianyi-2026",
                "password", "Xinjian-2027", "confirmation", "Xinjian-2028")));
        assertThat(mismatch.body()).contains("两次输入的口令不一致");
        HttpResponse<String> wrongCurrent = root.follow(root.post("/account/password", List.of("currentPassword", "wrong",
                "password", "Xinjian-2027", "confirmation", "Xinjian-2027")));
        assertThat(wrongCurrent.body()).contains("当前口令不正确");
        assertThat(hashOf("root")).as("nothing changed by a refusal").isEqualTo(before);

        HttpResponse<String> changed = root.post("/account/password", List.of("currentPassword", "Jianyi-2026",
                "password", "Xinjian-2027", "confirmation", "Xinjian-2027"));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(changed.headers().firstValue("Location").orElse("")).endsWith("/");
        assertThat(root.get("/").statusCode()).as("released in the same session").isEqualTo(200);
        assertThat(jdbc.sql("select must_change_password from users where username = 'root'").query(Boolean.class)
                .single()).isFalse();
        WebClient.loggedIn(port, "root", "Xinjian-2027");
        assertThat(new WebClient(port).get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void everyoneChangesTheirOwnPasswordAndNobodyIsHeldOtherwise() {
        WebClient clerk = WebClient.loggedIn(port, "clerk", TestWorld.PASSWORD);
        assertThat(clerk.get("/").statusCode()).isEqualTo(200);
        assertThat(clerk.get("/account/password").body()).doesNotContain("请先设置新口令")
                .contains("/settings/notifications");
        HttpResponse<String> changed = clerk.post("/account/password", List.of("currentPassword", TestWorld.PASSWORD,
                "password", "Wang-Xiaoyan-1", "confirmation", "Wang-Xiaoyan-1"));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(WebClient.loggedIn(port, "clerk", "Wang-Xiaoyan-1").get("/").statusCode()).isEqualTo(200);
        assertThat(new WebClient(port).login("clerk", TestWorld.PASSWORD).headers().firstValue("Location").orElse(""))
                .as("the old password no longer works").contains("error");
    }

    @Test
    void theLoginPageTellsWhoResetsAForgottenPassword() {
        assertThat(new WebClient(port).get("/login").body()).contains("忘记口令").contains("安全管理员");
    }
}
