package cn.jianyi.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;

import cn.jianyi.assignment.AssignCommand;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.handling.Replies;
import cn.jianyi.handling.Reply;
import cn.jianyi.handling.SaveDraftCommand;
import cn.jianyi.identity.DataScope;
import cn.jianyi.rules.PublicDisclosure;
import cn.jianyi.rules.RuleSet;
import cn.jianyi.rules.RuleSets;
import cn.jianyi.rules.SaveRuleSetCommand;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.suggestion.RegisterSuggestionCommand;
import cn.jianyi.suggestion.SubjectArea;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.MockWebClient;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.PublicCopies;
import cn.jianyi.support.TestWorld;

/**
 * What the public copy shows beyond the reply, as the congress's rules say (issue 20, ADR 0057 addendum): the
 * office's summary in place of the suggestion's text, and the deputy's rating where the rules publish it — on the
 * item page, the meeting page, the open data — kept current by the feedback and cleared when the rules stop
 * publishing it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@OnPostgres
@IntegrationTest
class PublicDisclosureTests {

    private static final String FULL_TEXT_ONLY = "全文独有的句子甲丙戊庚";
    private static final String MOBILE = "13912345678";

    @Autowired WebApplicationContext context;
    @Autowired Publications publications;
    @Autowired RuleSets ruleSets;
    @Autowired SuggestionManagement suggestions;
    @Autowired Assignments assignments;
    @Autowired Replies replies;
    @Autowired JdbcClient jdbc;

    private TestWorld world;
    private DataScope office;
    private MockWebClient visitor;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        office = new DataScope.OfCongresses(Set.of(world.meeting.congressId()));
        visitor = MockWebClient.anonymous(context);
        rules(PublicDisclosure.SuggestionText.SUMMARY, true);
    }

    private void rules(PublicDisclosure.SuggestionText text, boolean satisfaction) {
        ruleSets.save(SaveRuleSetCommand.startingFrom(ruleSets.current(world.meeting.congressId()))
                .effectiveFrom(LocalDate.of(2024, 1, 1)).disclosure(text, satisfaction).note("公开范围")
                .by(world.admin));
    }

    private record Case(long suggestionId, Publication publication) {
    }

    private Case signed(int number) {
        long id = suggestions.register(new RegisterSuggestionCommand(world.meeting.id(), number,
                "关于老旧小区加装电梯的建议", "建议加快加装电梯。" + FULL_TEXT_ONLY, world.cheng.id(), List.of(),
                SubjectArea.URBAN_ENVIRONMENT, TestWorld.RECEIVED, world.clerk));
        assignments.assign(AssignCommand.leadOnly(id, world.health.id(), TestWorld.ASSIGNED, world.clerk));
        Reply draft = replies.saveDraft(new SaveDraftCommand(id, world.health.id(),
                world.content(id, "我委已将加装电梯列入年度计划。"), world.handler));
        Reply reply = world.signed(draft, LocalDate.of(2024, 6, 20));
        return new Case(id, publications.ofReply(reply.id(), office));
    }

    private Publication publish(Publication p) {
        return publications.decide(new DecidePublicationCommand(p.id(), DecidePublicationCommand.Outcome.PUBLISH,
                null, null, world.clerk), office);
    }

    private String copyColumn(long publicationId, String column) {
        return jdbc.sql("select " + column + " from published_copies where publication_id = :id")
                .param("id", publicationId).query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1))).single()
                .orElse(null);
    }

    @Test
    @DisplayName("规则公开摘要：未写摘要不能公开，摘要经自动删除后公开，建议全文不出现在任何公开表和页面中")
    void theSummaryIsPublishedInPlaceOfTheText() {
        Case c = signed(31);
        assertThatThrownBy(() -> publish(c.publication())).isInstanceOfSatisfying(RuleViolation.class,
                refused -> assertThat(refused.field()).isEqualTo("outcome"));
        assertThat(publications.get(c.publication().id(), office).status()).isEqualTo(Publication.Status.PENDING);
        assertThatThrownBy(() -> publications.summarise(c.publication().id(), "  ", office, world.clerk))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.field()).isEqualTo("summary"));
        assertThatThrownBy(() -> publications.summarise(c.publication().id(), "长".repeat(2001), office, world.clerk))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.field()).isEqualTo("summary"));

        publications.summarise(c.publication().id(), "代表建议加快老旧小区加装电梯，联系电话" + MOBILE + "。", office,
                world.clerk);
        publish(publications.get(c.publication().id(), office));

        assertThat(copyColumn(c.publication().id(), "suggestion_text"))
                .isEqualTo("代表建议加快老旧小区加装电梯，联系电话[已删除]。");
        assertThat(copyColumn(c.publication().id(), "suggestion_text_kind")).isEqualTo("SUMMARY");
        PublicCopies.assertHoldNone(jdbc, List.of(FULL_TEXT_ONLY, MOBILE));
        String page = visitor.get("/public/cases/" + c.publication().id()).body();
        assertThat(page).contains("建议摘要").contains("代表建议加快老旧小区加装电梯").doesNotContain(FULL_TEXT_ONLY);
        assertThat(visitor.get("/api/v1/public/cases/" + c.publication().id()).body())
                .contains("\"SUMMARY\"").doesNotContain(FULL_TEXT_ONLY);
    }

    @Test
    @DisplayName("规则公开满意度：代表评价后公开件、会议页面和开放数据带评价；规则改为不公开后全部清除")
    void theRatingIsPublishedWhereTheRulesSaySo() {
        Case c = signed(32);
        publications.summarise(c.publication().id(), "加装电梯的建议摘要。", office, world.clerk);
        long id = publish(c.publication()).id();
        assertThat(copyColumn(id, "satisfaction")).as("not rated yet").isNull();

        world.rated(c.suggestionId(), Satisfaction.BASICALLY_SATISFIED, "基本满意");
        assertThat(copyColumn(id, "satisfaction")).isEqualTo("BASICALLY_SATISFIED");
        assertThat(visitor.get("/public/cases/" + id).body()).contains("代表评价").contains("基本满意");
        String meeting = "/public/meetings/" + world.meeting.id();
        assertThat(visitor.get(meeting).body()).contains("满意率（含基本满意）100.0%");
        assertThat(visitor.get(meeting + "/open-data.csv").body()).contains(",BASICALLY_SATISFIED,");
        assertThat(visitor.get(meeting + "/open-data.json").body()).contains("\"satisfaction\" : \"BASICALLY_SATISFIED\"");

        rules(PublicDisclosure.SuggestionText.SUMMARY, false);
        assertThat(copyColumn(id, "satisfaction")).isNull();
        assertThat(visitor.get(meeting).body()).doesNotContain("满意率").contains("不含代表评价");
        assertThat(visitor.get(meeting + "/open-data.json").body()).contains("\"satisfaction\" : null");

        rules(PublicDisclosure.SuggestionText.SUMMARY, true);
        assertThat(copyColumn(id, "satisfaction")).as("published again from the feedback").isEqualTo("BASICALLY_SATISFIED");
    }

    @Test
    @DisplayName("公开准备页：按规则显示建议摘要表单；空摘要、未写摘要就决定公开被拒绝在字段旁，输入保留")
    void theSummaryFormOnThePreparePage() {
        Case c = signed(33);
        var clerk = MockWebClient.loggedIn(context, "clerk");
        String path = "/publications/" + c.publication().id();
        assertThat(clerk.get(path).body()).contains("id=\"publication-summary\"", "尚未填写建议摘要");
        assertThat(clerk.submit(path + "/decision", List.of("outcome", "PUBLISH")).body())
                .contains("按本届办理规则须公开建议摘要");
        String tooLong = "长".repeat(2001);
        assertThat(clerk.submit(path + "/summary", List.of("summary", " ")).body()).contains("请填写建议摘要");
        assertThat(clerk.submit(path + "/summary", List.of("summary", tooLong)).body())
                .contains("建议摘要不能超过2000个字", tooLong);
        assertThat(publications.get(c.publication().id(), office).summary()).isNull();
        assertThat(clerk.submit(path + "/summary", List.of("summary", "加装电梯建议的摘要。")).body())
                .contains("已保存建议摘要", "加装电梯建议的摘要。");
        assertThat(clerk.submit(path + "/decision", List.of("outcome", "PUBLISH")).body()).contains("已决定公开");
    }

    @Test
    @DisplayName("全国基线：公开建议全文，不公开满意度")
    void theBaselinePublishesTheFullTextWithoutRatings() {
        RuleSet baseline = RuleSet.nationalBaseline(world.meeting.congressId());
        assertThat(baseline.disclosure().summaryOnly()).isFalse();
        assertThat(baseline.disclosure().satisfaction()).isFalse();
    }
}
