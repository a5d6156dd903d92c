package cn.jianyi.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;

import cn.jianyi.assignment.AssignCommand;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.handling.Replies;
import cn.jianyi.handling.Reply;
import cn.jianyi.handling.SaveDraftCommand;
import cn.jianyi.identity.DataScope;
import cn.jianyi.suggestion.RegisterSuggestionCommand;
import cn.jianyi.suggestion.SubjectArea;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.MockWebClient;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.PublicCopies;
import cn.jianyi.support.TestWorld;

/** The clerk's 公开 pages and the administrator's 删除规则 page, through the whole web stack. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@OnPostgres
@IntegrationTest
class PublicationPagesTests {

    private static final String MOBILE = "13912345678";

    @Autowired WebApplicationContext context;
    @Autowired Publications publications;
    @Autowired SuggestionManagement suggestions;
    @Autowired Assignments assignments;
    @Autowired Replies replies;
    @Autowired JdbcClient jdbc;

    private TestWorld world;
    private MockWebClient clerk;
    private MockWebClient admin;
    private DataScope office;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        clerk = MockWebClient.loggedIn(context, "clerk");
        admin = MockWebClient.loggedIn(context, "admin");
        office = new DataScope.OfCongresses(java.util.Set.of(world.meeting.congressId()));
    }

    private Publication signed(int number) {
        long id = suggestions.register(new RegisterSuggestionCommand(world.meeting.id(), number, "关于老旧小区改造的建议",
                "居民李四（电话" + MOBILE + "）反映楼道照明不足。", world.cheng.id(), List.of(), SubjectArea.URBAN_ENVIRONMENT,
                TestWorld.RECEIVED, world.clerk));
        assignments.assign(AssignCommand.leadOnly(id, world.health.id(), TestWorld.ASSIGNED, world.clerk));
        Reply draft = replies.saveDraft(new SaveDraftCommand(id, world.health.id(),
                world.content(id, "已联系李四核实情况。"), world.handler));
        Reply reply = world.signed(draft, LocalDate.of(2024, 6, 20));
        return publications.ofReply(reply.id(), office);
    }

    @Test
    @DisplayName("公开列表：待决定的带期限，超期的写明“公开超期”")
    void theListShowsDeadlinesNamed() {
        Publication p = signed(21);
        String page = clerk.get("/publications").body();
        assertThat(page).contains("关于老旧小区改造的建议", "公开超期", "新卫提字〔2024〕");
        assertThat(clerk.get("/publications?status=PUBLISHED").body()).doesNotContain("关于老旧小区改造的建议");
        assertThat(clerk.get("/publications?status=OVERDUE&meetingId=" + world.meeting.id()).body())
                .contains("/publications/" + p.id());
    }

    @Test
    @DisplayName("超过公开期限的答复显示在代表工作机构的工作台和督办台账上")
    void overduePublicationsOnTheHomePageAndTheLedger() {
        Publication p = signed(24);
        assertThat(clerk.get("/").body()).contains("超过公开期限、尚未作出公开决定的答复", "/publications/" + p.id(),
                "公开超期");
        String ledger = MockWebClient.loggedIn(context, "supervisor").get("/supervision/deadlines").body();
        assertThat(ledger).contains("超过公开期限的答复", "关于老旧小区改造的建议", "公开超期");
    }

    @Test
    @DisplayName("公开准备：标亮删除、撤销、人工删除、决定、撤回，每步都在流转记录上")
    void preparePublishAndWithdrawThroughThePages() {
        Publication p = signed(22);
        String path = "/publications/" + p.id();
        String page = clerk.get(path).body();
        assertThat(page).contains("<mark class=\"redaction redaction-MOBILE\"", MOBILE, "主动公开", "尚未记录",
                "公开超期", "公开文本预览");

        var refused = clerk.submit(path + "/marks", List.of("passage", "原文里没有", "category", ""));
        assertThat(refused.body()).contains("请选择删除理由类别", "建议和答复的正文中没有这段文字", "value=\"原文里没有\"");
        clerk.submit(path + "/marks", List.of("passage", "李四", "category", "PERSONAL_PRIVACY"));
        clerk.submit(path + "/wish", List.of("wish", "AGREES", "note", "电话确认"));
        var noGround = clerk.submit(path + "/decision", List.of("outcome", "WITHHOLD", "reason", ""));
        assertThat(noGround.body()).contains("不予公开须选择政府信息公开条例规定的类别", "不予公开须说明理由");
        var published = clerk.submit(path + "/decision", List.of("outcome", "PUBLISH"));
        assertThat(published.body()).contains("已决定公开", "撤回公开", "已公开的文本（删除");
        PublicCopies.assertHoldNone(jdbc, List.of(MOBILE, "李四"));

        assertThat(clerk.submit(path + "/withdraw", List.of("reason", "")).body()).contains("撤回公开须说明理由");
        assertThat(clerk.submit(path + "/withdraw", List.of("reason", "内容需更正")).body()).contains("已撤回公开");
        assertThat(clerk.post(path + "/withdraw", List.of("reason", "再撤")).statusCode()).isEqualTo(409);
        String caseFile = clerk.get("/suggestions/" + p.suggestionId()).body();
        assertThat(caseFile).contains("公开准备", "公开决定", "撤回公开：内容需更正", "/replies/" + p.replyId() + "/publication");
        assertThat(MockWebClient.loggedIn(context, "supervisor").get("/suggestions/" + p.suggestionId()).body())
                .doesNotContain("/replies/" + p.replyId() + "/publication");
    }

    @Test
    @DisplayName("未签发的答复：公开决定被拒绝（409），不是500")
    void aDecisionOnADraftIsRefused() {
        long id = world.assigned(23);
        Reply draft = world.drafted(id);
        var response = clerk.post("/replies/" + draft.id() + "/publication/decision", List.of("outcome", "PUBLISH"));
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).contains("答复尚未签发，不能作出公开决定");
    }

    @Test
    @DisplayName("删除规则：理由为空、正则有误被拒绝在字段旁并保留输入；保存后可停用")
    void redactionRulesPage() {
        long congress = world.meeting.congressId();
        var refused = admin.submit("/publication-rules/" + congress,
                List.of("kind", "PATTERN", "pattern", "[李四", "replacement", "", "reason", " "));
        assertThat(refused.body()).contains("请说明设立这条规则的理由", "正则表达式有误", "value=\"[李四\"");
        var everything = admin.submit("/publication-rules/" + congress,
                List.of("kind", "PATTERN", "pattern", ".*", "reason", "试试"));
        assertThat(everything.body()).contains("这条规则几乎匹配全部文字");
        var saved = admin.submit("/publication-rules/" + congress,
                List.of("kind", "LITERAL", "pattern", "楼道", "unitId", String.valueOf(world.health.id()),
                        "replacement", "", "reason", "测试用"));
        assertThat(saved.body()).contains("已保存删除规则", "楼道", "[已删除]", "区卫健委");
        long ruleId = jdbc.sql("select id from redaction_rules where pattern = '楼道'").query(Long.class).single();
        assertThat(admin.submit("/publication-rules/rule/" + ruleId + "/retire", List.of()).body())
                .contains("已停用删除规则", "已停用");
    }
}
