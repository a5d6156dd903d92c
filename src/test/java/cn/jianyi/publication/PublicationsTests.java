package cn.jianyi.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jianyi.assignment.AssignCommand;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.handling.Replies;
import cn.jianyi.handling.Reply;
import cn.jianyi.handling.SaveDraftCommand;
import cn.jianyi.identity.DataScope;
import cn.jianyi.shared.IllegalTransitionException;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.shared.RuleViolations;
import cn.jianyi.suggestion.CaseAction;
import cn.jianyi.suggestion.RegisterSuggestionCommand;
import cn.jianyi.suggestion.SubjectArea;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.suggestion.SuggestionQueries;
import cn.jianyi.suggestion.TimelineEntry;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.PublicCopies;
import cn.jianyi.support.TestWorld;

/** The publication use cases against the database: records on signing, preparation, decisions, withdrawal. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@OnPostgres
@IntegrationTest
class PublicationsTests {

    private static final String MOBILE = "13912345678";
    private static final String ID = "11010519491231002X";
    private static final String NAME = "王秀兰";

    @Autowired ApplicationContext context;
    @Autowired Publications publications;
    @Autowired RedactionRules rules;
    @Autowired SuggestionManagement suggestions;
    @Autowired SuggestionQueries caseQueries;
    @Autowired Assignments assignments;
    @Autowired Replies replies;
    @Autowired JdbcClient jdbc;
    @Autowired PublicationQueries queries;
    @Autowired cn.jianyi.calendar.CalendarManagement calendar;

    private TestWorld world;
    private DataScope office;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        office = new DataScope.OfCongresses(java.util.Set.of(world.meeting.congressId()));
    }

    /** A case whose texts hold private data, assigned to 区卫健委, drafted and signed on 2024-06-20. */
    private Reply signedWithPrivateData(int number) {
        long id = suggestions.register(new RegisterSuggestionCommand(world.meeting.id(), number,
                "关于幸福小区加装电梯的建议", "居民" + NAME + "（住幸福小区3栋2单元501室，电话" + MOBILE + "）反映加装电梯困难。",
                world.cheng.id(), List.of(), SubjectArea.URBAN_ENVIRONMENT, TestWorld.RECEIVED, world.clerk));
        assignments.assign(AssignCommand.leadOnly(id, world.health.id(), TestWorld.ASSIGNED, world.clerk));
        Reply draft = replies.saveDraft(new SaveDraftCommand(id, world.health.id(),
                world.content(id, "我委已联系" + NAME + "，身份证号" + ID + "，住幸福小区3栋2单元501室。"), world.handler));
        return world.signed(draft, LocalDate.of(2024, 6, 20));
    }

    /** The refusals of one round (one alone is thrown as itself). */
    private static List<RuleViolation> all(RuleViolation thrown) {
        return thrown instanceof RuleViolations many ? many.all() : List.of(thrown);
    }

    private List<TimelineEntry> timeline(long suggestionId) {
        return caseQueries.details(suggestionId, office).timeline();
    }

    @Test
    @DisplayName("签发即生成公开记录，期限为签发后20个工作日")
    void signingOpensTheRecordWithItsDeadline() {
        Reply reply = signedWithPrivateData(11);
        Publication p = publications.ofReply(reply.id(), office);
        assertThat(p.status()).isEqualTo(Publication.Status.PENDING);
        assertThat(p.signedOn()).isEqualTo(LocalDate.of(2024, 6, 20));
        assertThat(p.dueOn()).isEqualTo(LocalDate.of(2024, 7, 18));
        assertThat(publications.open(reply.id()).id()).as("idempotent").isEqualTo(p.id());
    }

    @Test
    @DisplayName("工作日历变更后，待决定记录的公开期限重新计算；已决定的不变")
    void aCalendarChangeMovesPendingDeadlines() {
        Publication pending = publications.ofReply(signedWithPrivateData(18).id(), office);
        Publication decided = publications.ofReply(signedWithPrivateData(19).id(), office);
        publications.decide(new DecidePublicationCommand(decided.id(), DecidePublicationCommand.Outcome.WITHHOLD,
                WithholdingGround.PROCESS_INFORMATION, "仍在研究", world.clerk), office);
        var added = calendar.add(new cn.jianyi.calendar.CalendarEntryCommand(LocalDate.of(2024, 7, 15),
                LocalDate.of(2024, 7, 17), cn.jianyi.calendar.CalendarDay.Kind.HOLIDAY, "测试假日", null, world.clerk));
        try {
            assertThat(publications.get(pending.id(), office).dueOn()).isEqualTo(LocalDate.of(2024, 7, 23));
            assertThat(publications.get(decided.id(), office).dueOn()).isEqualTo(LocalDate.of(2024, 7, 18));
        } finally {
            added.forEach(day -> calendar.remove(day, world.clerk));
        }
        assertThat(publications.get(pending.id(), office).dueOn()).isEqualTo(LocalDate.of(2024, 7, 18));
    }

    @Test
    @DisplayName("未签发的答复不能作出公开决定")
    void aDecisionOnAnUnsignedReplyIsRefused() {
        long id = world.assigned(12);
        Reply draft = world.drafted(id);
        assertThatThrownBy(() -> publications.ofReply(draft.id(), office)).isInstanceOf(RuleViolation.class)
                .extracting("reasonKey").isEqualTo("publication.reply.unsigned");
        assertThatThrownBy(() -> publications.open(draft.id())).isInstanceOf(RuleViolation.class);
        assertThat(jdbc.sql("select count(*) from publications where reply_id = :r").param("r", draft.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("公开：公开文本不含被删除的原文，每一步记入流转记录；撤回后公开文本删除，可重新决定")
    void publishWithdrawAndDecideAgain() {
        Reply reply = signedWithPrivateData(13);
        Publication p = publications.ofReply(reply.id(), office);
        var plan = publications.planOf(p);
        assertThat(plan.all()).extracting(Redaction::kind).contains(RedactionKind.MOBILE, RedactionKind.ID_CARD,
                RedactionKind.ADDRESS);
        publications.mark(new MarkPassageCommand(p.id(), NAME, WithholdingGround.PERSONAL_PRIVACY, world.clerk),
                office);
        publications.recordDeputyWish(p.id(), DeputyWish.AGREES, "电话中表示同意", office, world.clerk);
        Publication decided = publications.decide(new DecidePublicationCommand(p.id(),
                DecidePublicationCommand.Outcome.PUBLISH, null, null, world.clerk), office);
        assertThat(decided.status()).isEqualTo(Publication.Status.PUBLISHED);

        PublicCopies.assertHoldNone(jdbc, List.of(MOBILE, ID, NAME, "3栋2单元501室"));
        PublishedCopy published = queries.copyOf(p.id()).orElseThrow();
        assertThat(published.outcome()).isEqualTo(Publication.Status.PUBLISHED);
        assertThat(published.documentNumber()).isEqualTo(reply.documentNumber().toString());
        assertThat(published.suggestionText()).isEqualTo("居民[已删除]（住幸福小区[已删除]，电话[已删除]）反映加装电梯困难。");
        assertThat(published.classification()).isEqualTo("A");
        assertThat(published.congressId()).isEqualTo(world.meeting.congressId());
        String copy = PublicCopies.text(jdbc);
        assertThat(copy).contains("新卫提字〔2024〕", "关于幸福小区加装电梯的建议", "[已删除]", reply.contactPhone());
        assertThat(timeline(reply.suggestionId())).extracting(TimelineEntry::action)
                .containsSubsequence(CaseAction.PREPARE_PUBLICATION, CaseAction.PREPARE_PUBLICATION,
                        CaseAction.DECIDE_PUBLICATION);
        assertThatThrownBy(() -> publications.decide(new DecidePublicationCommand(p.id(),
                DecidePublicationCommand.Outcome.PUBLISH, null, null, world.clerk), office))
                .isInstanceOf(IllegalTransitionException.class);

        assertThatThrownBy(() -> publications.withdraw(p.id(), " ", office, world.clerk))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("reason");
        publications.withdraw(p.id(), "代表要求暂缓公开", office, world.clerk);
        assertThat(queries.copyOf(p.id())).isEmpty();
        assertThat(jdbc.sql("select count(*) from published_copies where publication_id = :p").param("p", p.id())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from published_redactions where publication_id = :p")
                .param("p", p.id()).query(Long.class).single()).isZero();
        assertThat(timeline(reply.suggestionId()).get(timeline(reply.suggestionId()).size() - 1).remark())
                .isEqualTo("撤回公开：代表要求暂缓公开");

        publications.decide(new DecidePublicationCommand(p.id(), DecidePublicationCommand.Outcome.WITHHOLD,
                WithholdingGround.PERSONAL_PRIVACY, "涉及居民个人信息", world.clerk), office);
        assertThat(publications.get(p.id(), office).status()).isEqualTo(Publication.Status.WITHHELD);
        assertThat(jdbc.sql("select count(*) from published_copies").query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("不予公开须有类别和理由、部分公开须有人工删除，缺的在字段旁拒绝")
    void decisionsRefusedBesideTheirFields() {
        Reply reply = signedWithPrivateData(14);
        long p = publications.ofReply(reply.id(), office).id();
        assertThatThrownBy(() -> publications.decide(new DecidePublicationCommand(p,
                DecidePublicationCommand.Outcome.WITHHOLD, null, " ", world.clerk), office))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(all(v))
                        .extracting(RuleViolation::field).containsExactly("ground", "reason"));
        assertThatThrownBy(() -> publications.decide(new DecidePublicationCommand(p,
                DecidePublicationCommand.Outcome.PUBLISH_IN_PART, null, "第三段涉及在办事项", world.clerk), office))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(all(v))
                        .extracting(RuleViolation::reasonKey).containsExactly("publication.decision.partNeedsMark"));
        assertThatThrownBy(() -> publications.decide(new DecidePublicationCommand(p, null, null, null, world.clerk),
                office)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> publications.mark(new MarkPassageCommand(p, "原文里没有的话", null, world.clerk), office))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(all(v))
                        .extracting(RuleViolation::field).containsExactly("category", "passage"));
        assertThat(publications.get(p, office).status()).isEqualTo(Publication.Status.PENDING);
    }

    @Test
    @DisplayName("撤销一处自动删除后，该处原文进入公开文本；恢复后再次删除")
    void undoAndRedoOneAutomaticMatch() {
        Reply reply = signedWithPrivateData(15);
        Publication p = publications.ofReply(reply.id(), office);
        Redaction id = publications.planOf(p).redactionsOf(TextField.REPLY_BODY).stream()
                .filter(r -> r.kind() == RedactionKind.ID_CARD).findFirst().orElseThrow();
        publications.undo(p.id(), TextField.REPLY_BODY, id.start(), office, world.clerk);
        assertThat(publications.planOf(p).redacted(TextField.REPLY_BODY)).contains(ID);
        var exemption = publications.prepare(p.id(), office).exemptions().get(0);
        publications.redo(p.id(), exemption.id(), office, world.clerk);
        assertThat(publications.planOf(p).redacted(TextField.REPLY_BODY)).doesNotContain(ID);
        assertThatThrownBy(() -> publications.undo(p.id(), TextField.REPLY_BODY, 0, office, world.clerk))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    @DisplayName("管理员的删除规则：理由必填；生效后公开文本按规则替换；停用后不再适用")
    void redactionRules() {
        assertThatThrownBy(() -> rules.add(new NewRedactionRuleCommand(world.meeting.congressId(), null,
                RedactionRule.Kind.PATTERN, ".*", null, " ", world.admin)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(all(v))
                        .extracting(RuleViolation::field).containsExactlyInAnyOrder("reason", "pattern"));
        assertThatThrownBy(() -> rules.add(new NewRedactionRuleCommand(world.meeting.congressId(),
                world.secondCongress().unit.id(), RedactionRule.Kind.LITERAL, "幸福小区", null, "理由", world.admin)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(all(v))
                        .extracting(RuleViolation::field).containsExactly("unitId"));
        RedactionRule rule = rules.add(new NewRedactionRuleCommand(world.meeting.congressId(), world.health.id(),
                RedactionRule.Kind.LITERAL, "幸福小区", "某小区", "小区名称可识别到户", world.admin));
        Reply reply = signedWithPrivateData(16);
        Publication p = publications.ofReply(reply.id(), office);
        assertThat(publications.planOf(p).redacted(TextField.SUGGESTION_TITLE)).isEqualTo("关于某小区加装电梯的建议");
        rules.retire(rule.id(), office, world.admin);
        assertThat(publications.planOf(p).redacted(TextField.SUGGESTION_TITLE)).isEqualTo("关于幸福小区加装电梯的建议");
        assertThatThrownBy(() -> rules.retire(rule.id(), office, world.admin))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    @DisplayName("另一人大的记录不可见；补建：缺记录的已签发答复在启动时补上")
    void scopeAndBackfill() {
        Reply reply = signedWithPrivateData(17);
        Publication p = publications.ofReply(reply.id(), office);
        var other = new DataScope.OfCongresses(java.util.Set.of(world.secondCongress().congressId));
        assertThatThrownBy(() -> publications.get(p.id(), other)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> publications.ofReply(reply.id(), other)).isInstanceOf(NotFoundException.class);

        jdbc.sql("delete from publications where id = :id").param("id", p.id()).update();   // as before the module
        assertThat(publications.openMissing()).isEqualTo(1);
        assertThat(publications.ofReply(reply.id(), office).dueOn()).isEqualTo(LocalDate.of(2024, 7, 18));
        assertThat(publications.openMissing()).isZero();
    }
}
