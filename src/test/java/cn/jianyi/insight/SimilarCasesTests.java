package cn.jianyi.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.WebApplicationContext;

import cn.jianyi.assignment.AssignCommand;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.handling.Commitments;
import cn.jianyi.handling.PromiseCommand;
import cn.jianyi.handling.Replies;
import cn.jianyi.handling.ReplyContent;
import cn.jianyi.handling.ResolutionCategory;
import cn.jianyi.handling.SaveDraftCommand;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.shared.HeldInMemory;
import cn.jianyi.suggestion.RegisterSuggestionCommand;
import cn.jianyi.suggestion.SubjectArea;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.MockWebClient;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestWorld;

/**
 * 类案 (issue 21, point 2; ADR 0063 addendum): the cases most like a text, within the reader's scope, each with its
 * reply, class, unit and the state of its commitments; the 并案 link for a registered case of the same meeting; the
 * panel as the deputy's draft and the case page load it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@OnPostgres
@IntegrationTest
class SimilarCasesTests {

    @Autowired WebApplicationContext context;
    @Autowired UserDetailsService logins;
    @Autowired SimilarCases similar;
    @Autowired SuggestionManagement suggestions;
    @Autowired Assignments assignments;
    @Autowired Replies replies;
    @Autowired Commitments commitments;

    private TestWorld world;
    /** 程绮南's, 区卫健委, answered class B with a commitment still open. */
    private long places;
    /** 熊小梅's, 区教体局: street lamps. */
    private long lamps;
    /** 程绮南's, registered, same meeting: may be merged into {@link #places}. */
    private long fresh;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        places = register(1, "关于增加长堎街道中小学学位供给的建议",
                "长堎街道新建住宅小区集中交付，适龄儿童快速增加，中小学学位紧张，班额偏大。建议加快新建学校。", world.cheng.id());
        assignments.assign(AssignCommand.leadOnly(places, world.health.id(), TestWorld.ASSIGNED, world.clerk));
        ReplyContent template = world.content(places, "x");
        var draft = replies.saveDraft(new SaveDraftCommand(places, world.health.id(), new ReplyContent(
                ResolutionCategory.B, template.title(), template.salutation(),
                "您提出的建议收悉，现答复如下：我局已将长堎街道学位供给列入全区教育设施布局规划，新建长堎第二小学已开工建设。",
                template.contactUnit(), template.contactPhone(), template.postcode(), template.copyTo(),
                template.publicity()), world.handler));
        commitments.promise(new PromiseCommand(draft.id(), world.health.id(), "新建长堎第二小学投入使用",
                LocalDate.now().plusMonths(9), world.handler));
        world.signed(draft, LocalDate.of(2024, 6, 20));
        lamps = register(2, "关于在幸福路增设路灯的建议", "幸福路夜间无路灯，行人出行不便，建议增设路灯。", world.xiong.id());
        assignments.assign(AssignCommand.leadOnly(lamps, world.education.id(), TestWorld.ASSIGNED, world.clerk));
        fresh = register(3, "关于缓解长堎街道学位紧张的建议", "长堎街道小学学位不足，建议扩建学校、增加学位。", world.cheng.id());
    }

    private long register(int number, String title, String content, long deputy) {
        return suggestions.register(new RegisterSuggestionCommand(world.meeting.id(), number, title, content, deputy,
                List.of(), SubjectArea.EDUCATION_SCIENCE_CULTURE_HEALTH, TestWorld.RECEIVED, world.clerk));
    }

    private CurrentUser user(String login) {
        return (CurrentUser) logins.loadUserByUsername(login);
    }

    private List<String> urls(String login, String text, Long forCase) {
        return similar.similarTo(text, forCase, user(login), 5).stream().map(SimilarCases.Similar::url).toList();
    }

    private static void eventually(Supplier<Boolean> condition) {
        HeldInMemory.awaitUntil(condition::get, Duration.ofSeconds(15));
        assertThat(condition.get()).as("within seconds").isTrue();
    }

    @Test
    @DisplayName("类案：最相近的在前，附答复、分类、承办单位和承诺兑现情况；本件不列入；并案链接只给同次会议的已登记件")
    void theMostSimilarCaseComesFirstWithItsReplyAndPromises() {
        String draft = "关于长堎街道学位紧张的建议：小区交付后适龄儿童增加，建议新建学校。";
        eventually(() -> urls("clerk", draft, null).contains("/suggestions/" + places));
        List<SimilarCases.Similar> found = similar.similarTo(draft, null, user("clerk"), 5);
        SimilarCases.Similar first = found.get(0);
        assertThat(first.url()).isIn("/suggestions/" + places, "/suggestions/" + fresh);
        SimilarCases.Similar answered = found.stream().filter(s -> s.url().equals("/suggestions/" + places))
                .findFirst().orElseThrow();
        assertThat(answered.classification()).isEqualTo("B");
        assertThat(answered.unit()).isEqualTo("区卫健委");
        assertThat(answered.replyExcerpt()).startsWith("我局已将长堎街道学位供给列入");
        assertThat(answered.promises()).isEqualTo(new SimilarCases.Promises(1, 0, 0, 1, 0));
        assertThat(answered.mergeNumber()).as("nothing to merge from a draft").isNull();
        List<String> order = found.stream().map(SimilarCases.Similar::url).toList();
        int lamp = order.indexOf("/suggestions/" + lamps);
        assertThat(lamp < 0 || lamp > order.indexOf("/suggestions/" + places)).as("street lamps, if at all, after "
                + "the places: " + order).isTrue();

        eventually(() -> urls("clerk", draft, fresh).contains("/suggestions/" + places));
        List<SimilarCases.Similar> forFresh = similar.similarTo(draft, fresh, user("clerk"), 5);
        assertThat(forFresh).extracting(SimilarCases.Similar::url).doesNotContain("/suggestions/" + fresh);
        assertThat(forFresh.get(0).mergeNumber()).as("the registered case may join No. 1").isEqualTo(1);
        assertThat(similar.similarTo(draft, fresh, user("supervisor"), 5)).as("the supervisor does not assign")
                .allSatisfy(s -> assertThat(s.mergeNumber()).isNull());
        assertThat(similar.similarTo("学位", null, user("clerk"), 5)).as("too short to compare").isEmpty();
    }

    @Test
    @DisplayName("并案只给同一事项：标题去掉“关于…的建议”后字对重合")
    void mergeIsForTheSameMatter() {
        assertThat(SimilarCases.titlesOverlap("关于缓解长堎街道学位紧张的建议", "关于增加长堎街道中小学学位供给的建议"))
                .isGreaterThanOrEqualTo(SimilarCases.SAME_MATTER);
        assertThat(SimilarCases.titlesOverlap("关于改善铁河乡道路照明的建议", "关于加强中小学校园周边交通安全的建议"))
                .isLessThan(SimilarCases.SAME_MATTER);
        assertThat(SimilarCases.titlesOverlap("关于改善铁河乡道路照明的建议", "关于加快西山镇乡村旅游道路建设的建议"))
                .isLessThan(SimilarCases.SAME_MATTER);
        assertThat(SimilarCases.titlesOverlap("关于建议", "关于的建议")).isZero();
    }

    @Test
    @DisplayName("类案在数据范围内：其他单位、其他代表的案件不出现")
    void onlyWhatTheReaderMaySee() {
        String draft = "长堎街道中小学学位供给不足，建议新建学校";
        eventually(() -> urls("clerk", draft, null).contains("/suggestions/" + places));
        assertThat(urls("handler", draft, null)).contains("/suggestions/" + places);
        assertThat(urls("handler2", draft, null)).as("区教体局 does not handle them")
                .doesNotContain("/suggestions/" + places, "/suggestions/" + fresh);
        assertThat(urls("deputy", draft, null)).as("程绮南's own").contains("/suggestions/" + places);
        assertThat(urls("deputy2", draft, null)).as("刘建华 is no party to them")
                .doesNotContain("/suggestions/" + places, "/suggestions/" + fresh);
    }

    @Test
    @DisplayName("类案面板：代表撰写时按输入列出，案件页列出本议题的历史，并案页带入编号")
    void thePanelAsThePagesLoadIt() {
        eventually(() -> urls("deputy", "长堎街道学位紧张", null).contains("/suggestions/" + places));
        var deputy = MockWebClient.loggedIn(context, "deputy");
        String panel = deputy.post("/similar", List.of("title", "关于长堎街道学位紧张的建议", "content", "建议新建学校。"))
                .body();
        assertThat(panel).contains("类似的建议和以往答复", "关于增加长堎街道中小学学位供给的建议", "答复：我局已将",
                "承诺1项：已兑现0项，已说明0项，未兑现1项").doesNotContain("并入第").doesNotContain("逾期");
        assertThat(deputy.post("/similar", List.of("title", "", "content", "")).body()).contains("填写标题和内容后");
        var clerk = MockWebClient.loggedIn(context, "clerk");
        assertThat(clerk.post("/similar", List.of("caseId", String.valueOf(fresh), "place", "case")).body())
                .contains("本议题的历史", "关于增加长堎街道中小学学位供给的建议", "并入第1号建议",
                        "/suggestions/" + fresh + "/merge?targetNumber=1");
        assertThat(clerk.get("/suggestions/" + fresh + "/merge?targetNumber=1").body()).contains("value=\"1\"");
        assertThat(MockWebClient.loggedIn(context, "handler2")
                .post("/similar", List.of("caseId", String.valueOf(places))).statusCode()).as("outside its scope")
                .isEqualTo(404);
    }
}
