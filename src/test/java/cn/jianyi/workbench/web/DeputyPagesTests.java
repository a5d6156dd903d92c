package cn.jianyi.workbench.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;

import cn.jianyi.assignment.Assignments;
import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.handling.ContactKind;
import cn.jianyi.handling.ContactLog;
import cn.jianyi.identity.Role;
import cn.jianyi.suggestion.CaseAction;
import cn.jianyi.suggestion.TimelineVisibility;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.MockWebClient;
import cn.jianyi.support.TestWorld;

/**
 * The deputy's own pages (issue 18, ADR 0048): her case page tells where the case stands in words, shows the reply
 * inline with its letter and the 评价 button while her answer is due (the reply page too), keeps out the office's
 * jargon and internal steps; the rating form shows the reply before the ratings and asks for no date (the answer is
 * dated today; the clerk's paper form keeps its date); her home lists what needs her first; her notices name where
 * they lead. The office's case page stays the office's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@IntegrationTest
class DeputyPagesTests {

    /** Words of the office that have no place on her pages. */
    private static final List<String> JARGON = List.of("承办方式", "发送通知", "（系统）", "节假日安排尚未录入", "流转记录",
            "提交协办意见", "协办意见", "拟写答复", "签收");

    private static final DateTimeFormatter CHINESE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    @Autowired ApplicationContext context;
    @Autowired WebApplicationContext web;
    @Autowired Assignments assignments;
    @Autowired ContactLog contacts;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private TestWorld world;
    private long assigned;
    private long toRate;
    private long rated;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        assigned = world.assigned(1);
        world.opinionGiven(assigned);
        toRate = world.assigned(2);
        contacts.recordContact(new cn.jianyi.handling.RecordContactCommand(toRate, world.health.id(),
                ContactKind.PHONE, TestWorld.ASSIGNED.plusDays(10), "程绮南、熊伟", "电话沟通了办理思路。", world.handler));
        world.signed(world.drafted(toRate), LocalDate.of(2024, 6, 20));
        rated = world.replied(3);
        world.rated(rated, Satisfaction.SATISFIED, "感谢");
    }

    private MockWebClient as(String login) {
        return MockWebClient.loggedIn(web, login);
    }

    @Test
    @DisplayName("代表的案卷页：用一句话说明办理情况，没有内部环节和机关用语")
    void theCaseReadsAsHerStoryWithoutOfficeJargon() {
        LocalDate due = assignments.taskOf(assigned, world.health.id()).orElseThrow().dueOn();
        for (String deputy : List.of("deputy", "deputy2")) {
            String page = as(deputy).get("/suggestions/" + assigned).body();
            assertThat(page).as(deputy)
                    .contains("区卫健委正在办理，答复期限" + CHINESE.format(due) + "，已超过期限。")
                    .contains("区教体局协助办理。").contains("办理经过").contains("交承办单位办理")
                    .doesNotContain("同意主办单位意见。").doesNotContain("评价答复");
            JARGON.forEach(word -> assertThat(page).as(deputy + ": " + word).doesNotContain(word));
        }
        assertThat(as("clerk").get("/suggestions/" + assigned).body()).as("the office's page stays the office's")
                .contains("流转记录").contains("承办方式").contains("提交协办意见");
    }

    @Test
    @DisplayName("答复在案卷页上直接显示，待评价时有评价按钮；答复函页面也有")
    void theReplyIsInlineWithItsRatingButton() {
        String page = as("deputy").get("/suggestions/" + toRate).body();
        assertThat(page).contains("区卫健委已于2024年6月20日答复，请阅读答复后评价。")
                .contains("id=\"letter\"").contains("第一次答复正文")
                .contains("href=\"/suggestions/" + toRate + "/feedback\"").contains(">评价答复<").contains(">评价此答复<")
                .contains("电话沟通了办理思路。");
        JARGON.forEach(word -> assertThat(page).as(word).doesNotContain(word));
        assertThat(page.indexOf("id=\"letter\"")).as("the reply before what she wrote").isLessThan(page.indexOf("建议内容"));

        long replyId = latestReply(toRate);
        assertThat(as("deputy").get("/replies/" + replyId).body()).contains(">评价答复<")
                .contains("href=\"/suggestions/" + toRate + "/feedback\"")
                .as("the time stamp note is the offices'").doesNotContain("可信时间戳");
        assertThat(as("deputy2").get("/replies/" + replyId).body()).as("the co-signer does not answer the form")
                .doesNotContain(">评价答复<");
        assertThat(as("handler").get("/replies/" + replyId).body()).doesNotContain(">评价答复<")
                .contains("OFD答复函不附可信时间戳（系统未配置时间戳服务）。");
    }

    @Test
    @DisplayName("已评价：说明已答复和评价结果，不再有评价按钮")
    void aRatedReplyShowsTheAnswerAndNoButton() {
        String page = as("deputy").get("/suggestions/" + rated).body();
        assertThat(page).contains("区卫健委已于2024年6月20日答复。").contains("程绮南于2024年6月28日评价：满意")
                .contains("感谢").contains("代表评价答复").doesNotContain(">评价答复<").doesNotContain(">评价此答复<");
        long replyId = latestReply(rated);
        context.getBean(cn.jianyi.handling.Replies.class).reviewClass(new cn.jianyi.handling.ReviewClassCommand(
                replyId, cn.jianyi.handling.ResolutionCategory.B, "承诺事项未写明时限", world.clerk));
        assertThat(as("deputy").get("/replies/" + replyId).body()).doesNotContain(">评价答复<")
                .as("the offices' class review is not hers").doesNotContain("审核分类").doesNotContain("承诺事项未写明时限");
        assertThat(as("clerk").get("/replies/" + replyId).body()).contains("审核分类").contains("承诺事项未写明时限");
    }

    @Test
    @DisplayName("不满意之后：说明正在研究重新办理；重新办理时说明新的答复期限")
    void afterDissatisfactionTheStoryTellsWhatHappensNext() {
        long id = world.replied(6);
        world.rated(id, Satisfaction.DISSATISFIED, "没有给出时间表");
        assertThat(as("deputy").get("/suggestions/" + id).body())
                .contains("区卫健委已于2024年6月20日答复。代表对答复不满意，代表工作机构正在研究是否重新办理。")
                .doesNotContain(">评价答复<");
        LocalDate due = world.sentBack(id);
        String page = as("deputy2").get("/suggestions/" + id).body();
        assertThat(page).contains("区卫健委正在重新办理，答复期限" + CHINESE.format(due) + "。")
                .contains("代表工作机构决定重新办理").doesNotContain("请针对代表意见重新研究后再次答复。");
        JARGON.forEach(word -> assertThat(page).as(word).doesNotContain(word));
    }

    @Test
    @DisplayName("评价表：先看答复再评价，网上评价没有日期栏，以当天为评价日期；纸质意见表仍有日期")
    void theRatingFormShowsTheReplyFirstAndAsksForNoDate() {
        long toRate = world.replied(5);
        String form = as("deputy").get("/suggestions/" + toRate + "/feedback").body();
        assertThat(form).contains("id=\"letter\"").contains("第一次答复正文").doesNotContain("name=\"givenOn\"")
                .doesNotContain("评价日期</label>")
                .contains("评价日期为今天（" + CHINESE.format(LocalDate.now(clock)) + "）");
        assertThat(form.indexOf("id=\"letter\"")).as("the reply before the ratings")
                .isLessThan(form.indexOf("name=\"satisfaction\""));
        assertThat(form).as("a refused answer comes back at the ratings")
                .contains("action=\"/suggestions/" + toRate + "/feedback#rating\"");

        var answered = as("deputy").post("/suggestions/" + toRate + "/feedback", List.of("satisfaction",
                "BASICALLY_SATISFIED", "resultRating", "BASICALLY_SATISFIED", "attitudeRating", "SATISFIED", "comment",
                "", "givenOn", "2024-01-01"));
        assertThat(answered.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select given_on from feedbacks where suggestion_id = :id").param("id", toRate)
                .query(LocalDate.class).single()).as("dated today, whatever is posted").isEqualTo(LocalDate.now(clock));
        assertThat(as("deputy").get("/suggestions/" + toRate + "/feedback/correction").body())
                .doesNotContain("name=\"givenOn\"");

        long other = world.replied(4);
        assertThat(as("clerk").get("/suggestions/" + other + "/feedback/paper").body()).as("the paper form's own date")
                .contains("name=\"givenOn\"");
    }

    @Test
    @DisplayName("代表首页：待评价的答复排在最前；最近一步不显示内部环节")
    void herHomeListsWhatNeedsHerFirst() {
        String home = as("deputy").get("/").body();
        assertThat(home).contains("data-portal=\"to-rate\"").contains("请您评价的答复");
        assertThat(home.indexOf("data-portal=\"to-rate\"")).isLessThan(home.indexOf("data-portal=\"invitations\"") < 0
                ? home.indexOf("data-portal=\"cases\"") : home.indexOf("data-portal=\"invitations\""));
        String card = home.substring(home.indexOf("data-case=\"1\""));
        card = card.substring(0, card.indexOf("</li>"));
        assertThat(card).as("the co-unit's opinion is not a step she reads").doesNotContain("协办意见")
                .contains("class=\"muted latest\"")
                .contains(CHINESE.format(assignments.taskOf(assigned, world.health.id()).orElseThrow().dueOn()));
    }

    @Test
    @DisplayName("代表的通知直接打开所说的页面：评价表或答复")
    void herNoticesOpenWhatTheyName() {
        String deputy = as("deputy").get("/notifications").body();
        assertThat(deputy).contains(">评价答复<").contains("已答复，请阅读答复后评价。")
                .contains("已交区卫健委办理，答复期限").doesNotContain("主办：");
        String coSigner = as("deputy2").get("/notifications").body();
        assertThat(coSigner).contains(">查看答复<");
        long notice = jdbc.sql("select n.id from notices n join users u on u.id = n.recipient_id"
                        + " where u.username = 'deputy2' and n.kind = 'REPLIED' and n.suggestion_id = :id")
                .param("id", toRate).query(Long.class).single();
        var open = as("deputy2").post("/notifications/" + notice + "/open", List.of());
        assertThat(open.headers().firstValue("Location").orElse("")).endsWith("/replies/" + latestReply(toRate));
    }

    @Test
    @DisplayName("代表能看到的每一类流转记录都有通俗说法")
    void everyStepSheReadsIsToldInPlainWords() throws Exception {
        var messages = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/messages.properties")) {
            messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        Arrays.stream(CaseAction.values()).filter(a -> TimelineVisibility.reads(a, Role.DEPUTY))
                .forEach(a -> assertThat(messages.getProperty("deputy.step." + a.name())).as(a.name()).isNotBlank());
    }

    private long latestReply(long suggestionId) {
        return jdbc.sql("select max(id) from replies where suggestion_id = :id and status = 'SIGNED'")
                .param("id", suggestionId).query(Long.class).single();
    }
}
