package cn.jianyi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

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

import cn.jianyi.shared.web.Flash;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.TestWorld;
import cn.jianyi.support.WebClient;

/** A controller stores a {@link Flash} (key and arguments); the page after the redirect shows its Chinese text once. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FlashMessageTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;

    private WebClient clerk;

    @BeforeAll
    void world() {
        TestWorld.create(context);
        clerk = WebClient.loggedIn(port, "clerk", TestWorld.PASSWORD);
    }

    @Test
    @DisplayName("提示语按键和参数在布局中显示为中文，只显示一次")
    void theLayoutShowsTheFlashKeyAsChineseTextWithItsArguments() {
        HttpResponse<String> done = clerk.post("/notifications/read-all", List.of());
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/notifications"));

        String next = clerk.get("/notifications").body();
        assertThat(next).contains("<div class=\"flash\" role=\"status\">已将0条通知标为已读。</div>")
                .doesNotContain("notification.allRead");

        assertThat(clerk.get("/notifications").body()).doesNotContain("class=\"flash\"");
    }

    @Test
    @DisplayName("提示语必须有键；参数按值保存，不能序列化的参数按其文字保存")
    void aFlashHasAKeyAndKeepsItsArgumentsAsValues() {
        Object unserializable = new Object() {
            @Override
            public String toString() {
                return "新卫提字〔2024〕1号";
            }
        };
        Object[] args = {3, unserializable};
        Flash flash = new Flash("reply.sign.done", args);
        args[0] = 4;

        assertThat(flash.args()).containsExactly(3, "新卫提字〔2024〕1号");
        assertThat(flash).isEqualTo(new Flash("reply.sign.done", 3, "新卫提字〔2024〕1号"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Flash(" "));
    }
}
