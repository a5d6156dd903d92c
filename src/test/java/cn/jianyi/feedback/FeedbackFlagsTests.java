package cn.jianyi.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import cn.jianyi.identity.ClientSightings;
import cn.jianyi.shared.ClientInfo;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestWorld;
import cn.jianyi.support.WebClient;
import cn.jianyi.support.Workbooks;

/**
 * The 被满意 safeguards end to end: the unit's handler works on the case, the deputy answers online from the same
 * address right after the signing, and the supervision office — only it — sees the flags and their reasons; the
 * units and the deputy see nothing of them.
 */
@OnPostgres
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedbackFlagsTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired FeedbackRepository feedbacks;
    @Autowired FeedbackFlagRepository flags;
    @Autowired FeedbackManagement feedback;
    @Autowired ClientSightings sightings;
    @Autowired FeedbackVerification verification;

    private TestWorld world;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
    }

    @Test
    @DisplayName("代表在承办单位用过的地址、签发后立即评价：督查室看到疑点及理由，单位和代表看不到")
    void anAnswerFromTheUnitsAddressIsFlaggedForTheSupervisor() {
        long id = world.replied(1);
        WebClient handler = WebClient.loggedIn(port, "handler", TestWorld.PASSWORD);
        assertThat(handler.get("/suggestions/" + id).statusCode()).isEqualTo(200);   // the unit at work, from 127.0.0.1

        WebClient deputy = WebClient.loggedIn(port, "deputy", TestWorld.PASSWORD);
        HttpResponse<String> answered = deputy.post("/suggestions/" + id + "/feedback", List.of("satisfaction",
                "SATISFIED", "resultRating", "SATISFIED", "attitudeRating", "SATISFIED", "comment", "", "givenOn",
                LocalDate.now().toString()));
        assertThat(answered.statusCode()).isEqualTo(302);

        Feedback stored = feedbacks.findBySuggestionIdOrderById(id).get(0);
        assertThat(stored.clientAddress()).isEqualTo("127.0.0.1");
        assertThat(stored.deviceId()).matches("[0-9a-f-]{36}");
        assertThat(flags.findByFeedbackIdInOrderById(List.of(stored.id()))).extracting(FeedbackFlag::kind)
                .containsExactly(FlagKind.SAME_ADDRESS_AS_UNIT, FlagKind.SOON_AFTER_REPLY);
        assertThat(verification.verifyAll().altered()).as("address and browser are under the signature").isEmpty();

        String page = WebClient.loggedIn(port, "supervisor", TestWorld.PASSWORD).get("/supervision/feedback-flags")
                .body();
        assertThat(page).contains("程绮南").contains("与承办单位同一地址")
                .contains("提交地址 127.0.0.1 与承办单位区卫健委熊伟的账号使用过的地址相同").contains("签发后立即评价");
        var exported = Workbooks.read(WebClient.loggedIn(port, "supervisor", TestWorld.PASSWORD)
                .download("/supervision/feedback-flags/export.xlsx").body()).get("评价异常提示");
        assertThat(exported.get(0)).containsExactly("建议号", "标题", "轮次", "代表", "评价", "提交时间", "提交地址", "疑点");
        List<Object> first = exported.stream().filter(r -> Long.valueOf(1).equals(r.get(0))).findFirst().orElseThrow();
        assertThat(first.subList(0, 5)).containsExactly(1L, "关于健全生育服务保障机制的建议", 1L, "程绮南", "满意");
        assertThat(first.get(5)).isInstanceOf(java.time.LocalDateTime.class);
        assertThat(first.get(6)).isEqualTo("127.0.0.1");
        assertThat((String) first.get(7)).contains("与承办单位同一地址：").contains("签发后立即评价");
        for (WebClient other : List.of(handler, deputy)) {
            assertThat(other.get("/suggestions/" + id).body()).doesNotContain("使用过的地址相同");
            assertThat(other.get("/supervision/feedback-flags").statusCode()).isEqualTo(403);
        }
    }

    @Test
    @DisplayName("在承办单位账号用过的浏览器上提交：记为同一浏览器")
    void anAnswerFromTheUnitsBrowserIsFlagged() {
        long id = world.replied(2);
        var unitsBrowser = new ClientInfo("192.168.3.4", "33333333-3333-3333-3333-333333333333");
        sightings.record("handler", world.health.id(), unitsBrowser);

        feedback.submit(new SubmitFeedbackCommand(id, world.cheng.id(), Satisfaction.SATISFIED,
                Satisfaction.SATISFIED, Satisfaction.SATISFIED, null, LocalDate.of(2024, 6, 28), world.deputy,
                new ClientInfo("36.5.7.9", unitsBrowser.deviceId())));

        Feedback stored = feedbacks.findBySuggestionIdOrderById(id).get(0);
        assertThat(flags.findByFeedbackIdInOrderById(List.of(stored.id()))).extracting(FeedbackFlag::detail)
                .contains("提交所用浏览器与承办单位区卫健委熊伟的账号使用过的浏览器相同");
    }

    @Test
    @DisplayName("不满意不是被满意：在承办单位的浏览器上、签发后立即提交的不满意不记疑点")
    void aDissatisfiedAnswerIsNeverFlagged() {
        long id = world.replied(3);
        var unitsBrowser = new ClientInfo("192.168.3.4", "44444444-4444-4444-4444-444444444444");
        sightings.record("handler", world.health.id(), unitsBrowser);

        feedback.submit(new SubmitFeedbackCommand(id, world.cheng.id(), Satisfaction.DISSATISFIED,
                Satisfaction.DISSATISFIED, Satisfaction.BASICALLY_SATISFIED, "未解决实际问题", LocalDate.now(),
                world.deputy, unitsBrowser));

        Feedback stored = feedbacks.findBySuggestionIdOrderById(id).get(0);
        assertThat(flags.findByFeedbackIdInOrderById(List.of(stored.id()))).isEmpty();
    }
}
