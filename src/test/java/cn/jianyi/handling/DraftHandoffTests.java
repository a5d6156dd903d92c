package cn.jianyi.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;

import cn.jianyi.identity.DataScope;
import cn.jianyi.suggestion.CaseAction;
import cn.jianyi.suggestion.SuggestionQueries;
import cn.jianyi.suggestion.TimelineEntry;
import cn.jianyi.support.DatabaseSnapshot;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.MockWebClient;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestWorld;

/**
 * The lead unit's hand-offs through its pages (ADR 0045): 送签 to the head, 退回修改 with a required comment, the head's
 * comment without a return, each on the timeline, in the notices and on the right home-page list; and 签发 that asks
 * for confirmation naming the number it will take.
 */
@OnPostgres
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftHandoffTests {

    @Autowired WebApplicationContext context;
    @Autowired ReplyQueries replyQueries;
    @Autowired SuggestionQueries queries;
    @Autowired JdbcClient jdbc;
    @Autowired Commitments commitments;

    private TestWorld world;
    private MockWebClient handler;
    private MockWebClient head;
    private int next = 1;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        handler = MockWebClient.loggedIn(context, "handler");
        head = MockWebClient.loggedIn(context, "head");
    }

    @Test
    @DisplayName("送签：负责人收到通知、待签发列表出现；重复送签409；送签后不能修改")
    void submittingTheDraftHandsItToTheHead() {
        long id = world.assigned(next++);
        Reply draft = world.drafted(id);
        assertThat(homeSection(head, "home.head.toSign")).as("an unsubmitted draft is not on the head's list")
                .doesNotContain("/suggestions/" + id + "\"");
        assertThat(handler.get("/suggestions/" + id).body()).contains("/replies/" + draft.id() + "/submit");

        assertThat(handler.post("/replies/" + draft.id() + "/submit", List.of()).statusCode()).isEqualTo(302);
        assertThat(replyQueries.find(draft.id()).orElseThrow().stage()).isEqualTo(Reply.Stage.SUBMITTED);
        assertThat(timeline(id)).filteredOn(e -> e.action() == CaseAction.SUBMIT_DRAFT).singleElement()
                .satisfies(e -> assertThat(e.remark()).isEqualTo("第1轮答复稿第1稿送负责人签发"));
        assertThat(notices(id, "DRAFT_SUBMITTED")).containsExactly("head");
        assertThat(homeSection(head, "home.head.toSign")).contains("/suggestions/" + id + "\"");
        assertThat(homeSection(handler, "home.handler.submitted")).contains("/suggestions/" + id + "\"");
        assertThat(handler.get("/suggestions/" + id).body()).contains("已送签，待负责人签发")
                .doesNotContain("/replies/" + draft.id() + "/submit");

        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        assertThat(handler.post("/replies/" + draft.id() + "/submit", List.of()).statusCode()).as("送签 twice")
                .isEqualTo(409);
        assertThat(handler.get("/suggestions/" + id + "/reply").statusCode()).as("no editing while with the head")
                .isEqualTo(409);
        // refused, back to the form's page, which says why it does not open
        HttpResponse<String> edit = handler.follow(handler.post("/suggestions/" + id + "/reply", draftForm("改了正文")));
        assertThat(edit.statusCode()).isEqualTo(409);
        assertThat(edit.body()).contains("答复稿已送负责人签发，负责人退回后才能修改");
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    }

    @Test
    @DisplayName("退回修改：须写意见；承办人收到通知、拟稿页看到意见、可再修改；也可只提意见不退回")
    void theHeadReturnsTheDraftWithAComment() {
        long id = world.assigned(next++);
        Reply draft = world.drafted(id);
        String comments = "/replies/" + draft.id() + "/comments";
        assertThat(head.post(comments, List.of("comment", "第二段请补充时间表", "return", "true")).statusCode())
                .as("returning a draft that was not submitted").isEqualTo(409);
        handler.post("/replies/" + draft.id() + "/submit", List.of());

        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        HttpResponse<String> blank = head.post(comments, List.of("comment", " ", "return", "true"));
        assertThat(blank.statusCode()).isEqualTo(302);
        assertThat(DatabaseSnapshot.of(jdbc)).as("退回 without a comment changes nothing").isEqualTo(before);
        assertThat(replyQueries.find(draft.id()).orElseThrow().isSubmitted()).isTrue();

        assertThat(head.post(comments, List.of("comment", "第二段请补充时间表", "return", "true")).statusCode())
                .isEqualTo(302);
        assertThat(replyQueries.find(draft.id()).orElseThrow().stage()).isEqualTo(Reply.Stage.DRAFT);
        assertThat(notices(id, "DRAFT_RETURNED")).containsExactly("handler");
        assertThat(timeline(id)).filteredOn(e -> e.action() == CaseAction.RETURN_DRAFT).singleElement()
                .satisfies(e -> assertThat(e.remark()).isEqualTo("第二段请补充时间表"));
        assertThat(homeSection(handler, "home.handler.returned")).contains("/suggestions/" + id + "\"");
        assertThat(homeSection(handler, "home.handler.drafts")).doesNotContain("/suggestions/" + id + "\"");
        HttpResponse<String> page = handler.get("/suggestions/" + id + "/reply");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("退回修改").contains("第二段请补充时间表");
        assertThat(handler.post("/suggestions/" + id + "/reply", draftForm("补充了时间表")).statusCode())
                .as("editable again").isEqualTo(302);
        assertThat(homeSection(head, "home.head.toSign")).doesNotContain("/suggestions/" + id + "\"");

        assertThat(head.post(comments, List.of("comment", "标题再斟酌")).statusCode()).isEqualTo(302);
        assertThat(replyQueries.find(draft.id()).orElseThrow().stage()).as("a comment alone returns nothing")
                .isEqualTo(Reply.Stage.DRAFT);
        assertThat(notices(id, "DRAFT_COMMENTED")).containsExactly("handler");
        assertThat(handler.get("/suggestions/" + id + "/reply").body()).contains("标题再斟酌");
    }

    @Test
    @DisplayName("签发前确认，并提示将取得的文号；签发后的文号与预告一致")
    void signingAsksForConfirmationNamingTheNumber() {
        long id = world.assigned(next++);
        Reply draft = world.drafted(id);
        Reply before = world.signed(world.drafted(world.assigned(next++)), LocalDate.now());   // a number this year
        String page = head.get("/replies/" + draft.id()).body();
        String expected = "新卫提字〔" + LocalDate.now().getYear() + "〕" + (before.documentNumber().serial() + 1) + "号";
        assertThat(page).contains("data-confirm=\"签发后不能撤回，文号将为" + expected + "。确认签发？\"")
                .contains("签发后文号为" + expected);
        assertThat(head.post("/replies/" + draft.id() + "/sign", List.of("signedOn", LocalDate.now().toString()))
                .statusCode()).isEqualTo(302);
        assertThat(replyQueries.find(draft.id()).orElseThrow().documentNumber()).hasToString(expected);
    }

    @Test
    @DisplayName("拟稿页：分类不预选；承诺在表单内增删改，随稿保存；所有错误一次列出，拒绝时不改变数据")
    void theDraftFormHoldsTheClassAndTheCommitments() {
        long id = world.assigned(next++);
        String page = handler.get("/suggestions/" + id + "/reply").body();
        assertThat(checkedClass(page)).as("no class chosen for the handler").isNull();
        assertThat(page).contains("name=\"classification\"")
                .contains("data-add-commitment").contains("data-commitment-template");

        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        String past = LocalDate.now().minusDays(1).toString();
        HttpResponse<String> refused = handler.follow(handler.post("/suggestions/" + id + "/reply", draftForm(null, "正文",
                "commitments[0].description", "", "commitments[0].dueOn", past)));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).as("every error at once").contains("请选择。").contains("此项为必填项。")
                .contains("完成时限应晚于今天。").contains("value=\"" + past + "\"");
        HttpResponse<String> noCommitment = handler.follow(handler.post("/suggestions/" + id + "/reply",
                draftForm("B", "正文")));
        assertThat(noCommitment.body()).contains("B类答复须至少登记一项办理承诺");
        assertThat(DatabaseSnapshot.of(jdbc)).as("nothing saved").isEqualTo(before);

        String due = LocalDate.now().plusMonths(6).toString();
        assertThat(handler.post("/suggestions/" + id + "/reply", draftForm("B", "正在推进托育机构改造。",
                "commitments[0].description", "年底前完成改造", "commitments[0].dueOn", due)).statusCode()).isEqualTo(302);
        Reply draft = replyQueries.draftOf(id, world.health.id()).orElseThrow();
        assertThat(commitments.onReply(draft.id())).extracting(Commitment::description).containsExactly("年底前完成改造");
        long first = commitments.onReply(draft.id()).get(0).id();

        assertThat(handler.post("/suggestions/" + id + "/reply", draftForm("B", "正在推进托育机构改造。",
                "commitments[0].id", String.valueOf(first), "commitments[0].description", "明年3月前完成改造",
                "commitments[0].dueOn", due, "commitments[1].description", "完成后再次答复代表",
                "commitments[1].dueOn", due)).statusCode()).isEqualTo(302);
        assertThat(commitments.onReply(draft.id())).extracting(Commitment::id, Commitment::description)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first, "明年3月前完成改造"),
                        org.assertj.core.groups.Tuple.tuple(first + 1, "完成后再次答复代表"));
        String saved = handler.get("/suggestions/" + id + "/reply").body();
        assertThat(saved).contains("明年3月前完成改造");
        assertThat(checkedClass(saved)).isEqualTo("B");

        assertThat(handler.post("/suggestions/" + id + "/reply", draftForm("A", "已解决。")).statusCode())
                .as("removed from the form: removed from the draft").isEqualTo(302);
        assertThat(commitments.onReply(draft.id())).isEmpty();
    }

    @Test
    @DisplayName("不满意后重新拟稿：以上次签发的答复为起点（正文、分类、未兑现承诺），承诺是同一条，只有一个状态")
    void aRedraftStartsFromTheLastSignedReplyAndCarriesItsCommitments() {
        long id = world.assigned(next++);
        world.opinionGiven(id);
        String due = LocalDate.now().plusMonths(6).toString();
        handler.post("/suggestions/" + id + "/reply", draftForm("B", "第一轮：正在推进托育机构改造。",
                "commitments[0].description", "年底前完成改造", "commitments[0].dueOn", due));
        Reply first = world.signed(replyQueries.draftOf(id, world.health.id()).orElseThrow(), LocalDate.now());
        long promised = commitments.onReply(first.id()).get(0).id();
        world.rated(id, cn.jianyi.feedback.Satisfaction.DISSATISFIED, "没有给出具体时间表", LocalDate.now());
        world.sentBack(id);

        String page = handler.get("/suggestions/" + id + "/reply").body();
        assertThat(checkedClass(page)).isEqualTo("B");
        assertThat(page).contains("第一轮：正在推进托育机构改造。")
                .contains("续前承诺").contains("年底前完成改造")
                .contains("没有给出具体时间表").contains("不满意")
                .contains("请针对代表意见重新研究后再次答复。")
                .contains("同意主办单位意见。");

        assertThat(handler.post("/suggestions/" + id + "/reply", draftForm("B", "第二轮：改造已完成一半，明年3月完成。",
                "commitments[0].id", String.valueOf(promised), "commitments[0].description", "年底前完成改造",
                "commitments[0].dueOn", due)).statusCode()).isEqualTo(302);
        Reply second = replyQueries.draftOf(id, world.health.id()).orElseThrow();
        assertThat(second.round()).isEqualTo(2);
        handler.post("/replies/" + second.id() + "/submit", List.of());
        assertThat(jdbc.sql("select title from notices where suggestion_id = :id and kind = 'DRAFT_SUBMITTED'")
                .param("id", id).query(String.class).list()).as("the second round's 送签 says 再次答复")
                .containsExactly("再次答复稿待签发：第" + (next - 1) + "号《关于健全生育服务保障机制的建议》");
        assertThat(commitments.onReply(second.id())).extracting(Commitment::id).containsExactly(promised);
        world.signed(second, LocalDate.now());
        assertThat(commitments.commitmentsOf(id)).as("carried, not copied").extracting(Commitment::id)
                .containsExactly(promised);
        assertThat(commitments.openCommitments()).filteredOn(c -> c.suggestionId() == id).hasSize(1);
        assertThat(handler.get("/suggestions/" + id).body()).containsOnlyOnce("年底前完成改造");

        commitments.followUp(new FollowUpCommand(promised, world.health.id(), Commitment.Status.FULFILLED,
                "改造已全部完成。", LocalDate.now(), world.handler));
        assertThat(commitments.onReply(first.id())).extracting(Commitment::status)
                .containsExactly(Commitment.Status.FULFILLED);
        assertThat(commitments.onReply(second.id())).extracting(Commitment::status)
                .containsExactly(Commitment.Status.FULFILLED);
    }

    @Test
    @DisplayName("签发因缺少承诺被拒：负责人在签发页补登承诺后签发，无死胡同")
    void theHeadRefusedForAMissingCommitmentAddsItAndSigns() {
        long id = world.assigned(next++);
        Reply draft = world.drafted(id, ResolutionCategory.B);
        String sign = "/replies/" + draft.id() + "/sign";
        HttpResponse<String> refused = head.follow(head.post(sign, List.of("signedOn", LocalDate.now().toString())));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("请先登记办理承诺").contains("/replies/" + draft.id() + "/commitments")
                .contains("/replies/" + draft.id() + "/comments");
        assertThat(head.post("/replies/" + draft.id() + "/commitments", List.of("description", "本月内完成改造",
                "dueOn", LocalDate.now().plusDays(20).toString())).statusCode()).isEqualTo(302);
        assertThat(head.post(sign, List.of("signedOn", LocalDate.now().toString())).statusCode()).isEqualTo(302);
        assertThat(replyQueries.find(draft.id()).orElseThrow().isSigned()).isTrue();
        assertThat(commitments.onReply(draft.id())).extracting(Commitment::description)
                .containsExactly("本月内完成改造");
        // and the unit's home lists the case among its commitments due within 30 days
        String home = head.get("/").body();
        String due = home.substring(home.indexOf("到期的办理承诺"));
        assertThat(due.substring(0, due.indexOf("</section>"))).contains("/suggestions/" + id);
    }

    /** The value of the class radio button the page checks, or {@code null}. */
    private static String checkedClass(String page) {
        var inputs = java.util.regex.Pattern.compile("<input[^>]*name=\"classification\"[^>]*>").matcher(page);
        while (inputs.find()) {
            if (inputs.group().contains("checked")) {
                var value = java.util.regex.Pattern.compile("value=\"([A-D])\"").matcher(inputs.group());
                return value.find() ? value.group(1) : "?";
            }
        }
        return null;
    }

    private List<String> notices(long caseId, String kind) {
        return jdbc.sql("select u.username from notices n join users u on u.id = n.recipient_id"
                        + " where n.suggestion_id = :id and n.kind = :kind order by u.username")
                .param("id", caseId).param("kind", kind).query(String.class).list();
    }

    private List<TimelineEntry> timeline(long id) {
        return queries.details(id, DataScope.all()).timeline();
    }

    /** The home page's section of that title key, as HTML. */
    private static String homeSection(MockWebClient client, String key) {
        String page = client.get("/").body();
        int start = page.indexOf("data-section=\"" + key + "\"");
        if (start < 0) {
            return "";
        }
        int end = page.indexOf("</section>", start);
        return page.substring(start, end);
    }

    private List<String> draftForm(String body) {
        return draftForm("A", body);
    }

    /** The drafting form's fields, then any more (name, value …); no class when {@code classification} is null. */
    private static List<String> draftForm(String classification, String body, String... more) {
        var form = new java.util.ArrayList<>(List.of("title", "关于第1号建议的答复", "salutation", "尊敬的程绮南代表：",
                "body", body, "contactUnit", "区卫健委", "contactPhone", "83752009", "postcode", "330100",
                "copyTo", "区政府督查室", "publicity", "PROACTIVE"));
        if (classification != null) {
            form.addAll(List.of("classification", classification));
        }
        form.addAll(List.of(more));
        return form;
    }
}
