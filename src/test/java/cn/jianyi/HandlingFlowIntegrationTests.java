package cn.jianyi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jianyi.assignment.AssignCommand;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.feedback.FeedbackManagement;
import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.feedback.SubmitFeedbackCommand;
import cn.jianyi.handling.Replies;
import cn.jianyi.handling.ReplyQueries;
import cn.jianyi.handling.Reply;
import cn.jianyi.handling.SaveDraftCommand;
import cn.jianyi.handling.SignReplyCommand;
import cn.jianyi.identity.DataScope;
import cn.jianyi.shared.IllegalTransitionException;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.suggestion.CaseAction;
import cn.jianyi.suggestion.RegisterSuggestionCommand;
import cn.jianyi.suggestion.SubjectArea;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionDetails;
import cn.jianyi.suggestion.SuggestionFilter;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.suggestion.SuggestionQueries;
import cn.jianyi.suggestion.TimelineEntry;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.TestWorld;

/** The handling flow through the use cases, on H2 and on PostgreSQL. */
@IntegrationTest
class HandlingFlowIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired SuggestionManagement suggestions;
    @Autowired SuggestionQueries queries;
    @Autowired Assignments assignments;
    @Autowired Replies replies;
    @Autowired ReplyQueries replyQueries;
    @Autowired FeedbackManagement feedback;
    @Autowired JdbcClient jdbc;

    static TestWorld world;
    static int next = 100;

    @BeforeEach
    void world() {
        if (world == null || !queries.isVisible(1, DataScope.all())) {
            world = TestWorld.create(context);
            world.registered(1);
        }
    }

    private int number() {
        return next++;
    }

    @Test
    @DisplayName("登记→交办→答复→不满意→重新办理→再次答复→满意→办结")
    void carriesACaseFromRegistrationToClosedThroughRehandling() {
        long id = world.assigned(number());
        SuggestionDetails assigned = queries.details(id, DataScope.all());
        assertThat(assigned.status()).isEqualTo(Suggestion.Status.ASSIGNED);
        assertThat(assigned.leadUnit().unit().shortName()).isEqualTo("区卫健委");
        assertThat(assigned.leadUnit().dueOn()).isEqualTo(LocalDate.of(2024, 6, 5));
        assertThat(assigned.units()).hasSize(2);

        Reply first = world.signed(world.drafted(id), LocalDate.of(2024, 6, 20));
        assertThat(first.round()).isEqualTo(1);
        assertThat(first.documentNumber().issuerCode()).isEqualTo("新卫提字");
        int firstSerial = first.documentNumber().serial();
        assertThat(queries.details(id, DataScope.all()).status()).isEqualTo(Suggestion.Status.REPLIED);

        world.rated(id, Satisfaction.DISSATISFIED, "没有给出时间表");
        assertThat(queries.details(id, DataScope.all()).status()).isEqualTo(Suggestion.Status.REPLIED);
        world.sentBack(id);
        assertThat(queries.details(id, DataScope.all()).status()).isEqualTo(Suggestion.Status.REHANDLING);

        Reply second = replies.saveDraft(new SaveDraftCommand(id, world.health.id(), world.content(id, "第二次答复"),
                world.handler));
        assertThat(second.round()).isEqualTo(2);
        second = world.signed(second, LocalDate.of(2024, 7, 20));
        assertThat(second.documentNumber()).hasToString("新卫提字〔2024〕" + (firstSerial + 1) + "号");

        feedback.submit(new SubmitFeedbackCommand(id, world.cheng.id(), Satisfaction.SATISFIED, Satisfaction.SATISFIED,
                Satisfaction.BASICALLY_SATISFIED, null,
                LocalDate.of(2024, 7, 25), world.deputy));
        feedback.close(id, world.clerk);

        SuggestionDetails closed = queries.details(id, DataScope.all());
        assertThat(closed.status()).isEqualTo(Suggestion.Status.CONCLUDED);
        // the acts themselves; the notices they caused have lines of their own (NOTIFY, see CaseNoticesTests)
        List<TimelineEntry> acts = closed.timeline().stream().filter(e -> e.action() != CaseAction.NOTIFY).toList();
        assertThat(acts).extracting(TimelineEntry::action).containsExactly(
                CaseAction.REGISTER, CaseAction.ASSIGN, CaseAction.ACKNOWLEDGE, CaseAction.DRAFT_REPLY,
                CaseAction.SIGN_REPLY, CaseAction.GIVE_FEEDBACK, CaseAction.REOPEN_FOR_REHANDLING,
                CaseAction.DRAFT_REPLY, CaseAction.SIGN_REPLY, CaseAction.GIVE_FEEDBACK, CaseAction.CONCLUDE);
        assertThat(acts).extracting(TimelineEntry::fromStatus).containsExactly(
                null, Suggestion.Status.REGISTERED, Suggestion.Status.ASSIGNED, Suggestion.Status.ASSIGNED,
                Suggestion.Status.ASSIGNED, Suggestion.Status.REPLIED, Suggestion.Status.REPLIED,
                Suggestion.Status.REHANDLING, Suggestion.Status.REHANDLING, Suggestion.Status.REPLIED,
                Suggestion.Status.REPLIED);
        assertThat(acts).extracting(TimelineEntry::toStatus).containsExactly(
                Suggestion.Status.REGISTERED, Suggestion.Status.ASSIGNED, Suggestion.Status.ASSIGNED,
                Suggestion.Status.ASSIGNED, Suggestion.Status.REPLIED, Suggestion.Status.REPLIED,
                Suggestion.Status.REHANDLING, Suggestion.Status.REHANDLING, Suggestion.Status.REPLIED,
                Suggestion.Status.REPLIED, Suggestion.Status.CONCLUDED);
        assertThat(acts).extracting(TimelineEntry::actorUsername).containsExactly(
                "clerk", "clerk", "handler", "handler", "head", "deputy", "clerk", "handler", "head", "deputy", "clerk");
        assertThat(acts.get(5).remark()).contains("不满意").contains("没有给出时间表");
        assertThat(feedback.of(id)).hasSize(2);
    }

    @Test
    void duplicateNumberInAMeetingIsRefusedAndNothingIsSaved() {
        int n = number();
        world.registered(n);
        long before = count("suggestions");
        assertThatThrownBy(() -> world.registered(n))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.reasonKey()).isEqualTo("suggestion.number.duplicate");
                    assertThat(v.field()).isEqualTo("number");
                });
        assertThat(count("suggestions")).isEqualTo(before);
    }

    @Test
    void blankNumberTakesTheNextFreeNumber() {
        long id = suggestions.register(new RegisterSuggestionCommand(world.meeting.id(), null, "标题", "内容",
                world.xiong.id(), List.of(), SubjectArea.OTHER, TestWorld.RECEIVED, world.clerk));
        int max = jdbc.sql("select max(number) from suggestions").query(Integer.class).single();
        assertThat(queries.details(id, DataScope.all()).suggestion().number()).isEqualTo(max);
    }

    @Test
    void feedbackBeforeAReplyIsRefused() {
        long id = world.assigned(number());
        long before = count("feedbacks");
        assertThatThrownBy(() -> world.rated(id, Satisfaction.SATISFIED, null))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.reasonKey()).isEqualTo("feedback.case.notReplied"));
        assertThat(count("feedbacks")).isEqualTo(before);
    }

    @Test
    void signingTwiceIsRefused() {
        long id = world.assigned(number());
        Reply signed = world.signed(world.drafted(id), LocalDate.of(2024, 6, 20));
        long timeline = count("timeline_entries");
        assertThatThrownBy(() -> replies.sign(new SignReplyCommand(signed.id(), world.health.id(),
                LocalDate.of(2024, 6, 21), world.head)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.reasonKey()).isEqualTo("handling.reply.alreadySigned"));
        assertThat(replyQueries.find(signed.id()).orElseThrow().signedOn()).isEqualTo(LocalDate.of(2024, 6, 20));
        assertThat(count("timeline_entries")).isEqualTo(timeline);
    }

    @Test
    void assigningAnAssignedOrClosedCaseIsRefused() {
        long assigned = world.assigned(number());
        long before = count("assignments");
        assertThatThrownBy(() -> assignments.assign(AssignCommand.leadOnly(assigned, world.education.id(),
                TestWorld.ASSIGNED, world.clerk)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.reasonKey()).isEqualTo("assignment.case.notRegistered"));
        assertThat(count("assignments")).isEqualTo(before);
        long closed = world.replied(number());
        world.rated(closed, Satisfaction.SATISFIED, null);
        feedback.close(closed, world.clerk);
        long beforeClosed = count("assignments");
        assertThatThrownBy(() -> assignments.assign(AssignCommand.leadOnly(closed, world.education.id(),
                TestWorld.ASSIGNED, world.clerk))).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> suggestions.conclude(closed, world.clerk, null))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(count("assignments")).isEqualTo(beforeClosed);
    }

    @Test
    void assignmentRefusesLeadAsCoUnitAndFutureDates() {
        long id = world.registered(number());
        assertThatThrownBy(() -> assignments.assign(new AssignCommand(id, world.health.id(),
                List.of(world.health.id()), TestWorld.ASSIGNED, world.clerk)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("coUnitIds"));
        assertThatThrownBy(() -> assignments.assign(AssignCommand.leadOnly(id, world.health.id(),
                LocalDate.now().plusDays(2), world.clerk)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("assignedOn"));
        assertThat(queries.details(id, DataScope.all()).status()).isEqualTo(Suggestion.Status.REGISTERED);
    }

    @Test
    void dissatisfiedWithoutAReasonIsRefused() {
        long id = world.replied(number());
        assertThatThrownBy(() -> world.rated(id, Satisfaction.DISSATISFIED, " "))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.reasonKey()).isEqualTo("feedback.comment.requiredWhenDissatisfied");
                    assertThat(v.field()).isEqualTo("comment");
                });
        assertThat(queries.details(id, DataScope.all()).status()).isEqualTo(Suggestion.Status.REPLIED);
        assertThat(feedback.of(id)).isEmpty();
    }

    @Test
    void coSignerCannotAnswerTheFormAndSecondAnswerIsRefused() {
        long id = world.replied(number());
        assertThatThrownBy(() -> feedback.submit(new SubmitFeedbackCommand(id, world.liu.id(), Satisfaction.SATISFIED, Satisfaction.SATISFIED,
                Satisfaction.SATISFIED,
                null, LocalDate.of(2024, 6, 28), world.deputy2)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.reasonKey()).isEqualTo("feedback.notLeadDeputy"));
        world.rated(id, Satisfaction.SATISFIED, null);
        assertThatThrownBy(() -> world.rated(id, Satisfaction.DISSATISFIED, "改主意了"))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.reasonKey()).isEqualTo("feedback.alreadyGiven"));
        assertThat(feedback.of(id)).hasSize(1);
    }

    @Test
    void closingWithoutFeedbackIsRefused() {
        long id = world.replied(number());
        assertThatThrownBy(() -> feedback.close(id, world.clerk))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.reasonKey()).isEqualTo("feedback.close.noFeedback"));
        assertThat(queries.details(id, DataScope.all()).status()).isEqualTo(Suggestion.Status.REPLIED);
    }

    @Test
    void onlyTheLeadUnitDraftsAndOnlyItsHeadSigns() {
        long id = world.assigned(number());
        assertThatThrownBy(() -> replies.saveDraft(new SaveDraftCommand(id, world.education.id(),
                world.content(id, "协办单位不能答复"), world.handler2)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.reasonKey()).isEqualTo("handling.reply.notLeadUnit"));
        Reply draft = world.drafted(id);
        assertThatThrownBy(() -> replies.sign(new SignReplyCommand(draft.id(), world.education.id(),
                LocalDate.of(2024, 6, 20), world.handler2))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> replies.sign(new SignReplyCommand(draft.id(), world.health.id(),
                LocalDate.of(2024, 3, 1), world.head)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("signedOn"));
        assertThat(replyQueries.find(draft.id()).orElseThrow().isSigned()).isFalse();
    }

    @Test
    void draftingBeforeAssignmentIsRefused() {
        long id = world.registered(number());
        assertThatThrownBy(() -> replies.saveDraft(new SaveDraftCommand(id, world.health.id(),
                world.content(id, "x"), world.handler)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.reasonKey()).isEqualTo("handling.reply.caseNotInHandling"));
    }

    @Test
    @DisplayName("数据范围：其他单位、无关代表看不到案卷")
    void dataScopeIsAppliedInTheQueries() {
        long id = world.assigned(number());
        long other = world.registered(number());
        var health = new DataScope.OfUnit(world.health.id());
        var education = new DataScope.OfUnit(world.education.id());
        var unrelatedUnit = new DataScope.OfUnit(world.education.id() + 1000);
        assertThat(queries.isVisible(id, health)).isTrue();
        assertThat(queries.isVisible(id, education)).as("co-unit sees the case").isTrue();
        assertThat(queries.isVisible(id, unrelatedUnit)).isFalse();
        assertThat(queries.isVisible(other, health)).as("not yet assigned").isFalse();
        assertThatThrownBy(() -> queries.details(id, unrelatedUnit)).isInstanceOf(NotFoundException.class);
        assertThat(queries.search(SuggestionFilter.none(), unrelatedUnit, 1, 20).total()).isZero();

        assertThat(queries.isVisible(id, new DataScope.OfDeputy(world.cheng.id()))).isTrue();
        assertThat(queries.isVisible(id, new DataScope.OfDeputy(world.liu.id()))).as("co-signer").isTrue();
        assertThat(queries.isVisible(id, new DataScope.OfDeputy(world.xiong.id()))).isFalse();
        assertThat(queries.search(SuggestionFilter.none(), new DataScope.OfDeputy(world.xiong.id()), 1, 20).items())
                .noneMatch(s -> s.id() == id);
    }

    @Test
    void listFiltersAndPages() {
        long assigned = world.assigned(number());
        var byStatus = queries.search(new SuggestionFilter(world.meeting.id(), Suggestion.Status.ASSIGNED, null, null),
                DataScope.all(), 1, 100);
        assertThat(byStatus.items()).allMatch(s -> s.status() == Suggestion.Status.ASSIGNED)
                .anyMatch(s -> s.id() == assigned);
        var byUnit = queries.search(new SuggestionFilter(null, null, world.education.id(), null), DataScope.all(), 1, 100);
        assertThat(byUnit.items()).anyMatch(s -> s.id() == assigned);
        var byKeyword = queries.search(new SuggestionFilter(null, null, null, "生育服务"), DataScope.all(), 1, 100);
        assertThat(byKeyword.items()).isNotEmpty().allMatch(s -> s.title().contains("生育服务"));
        assertThat(queries.search(new SuggestionFilter(null, null, null, "%"), DataScope.all(), 1, 100).total())
                .as("wildcards are literal").isZero();
        var page1 = queries.search(SuggestionFilter.none(), DataScope.all(), 1, 2);
        var page2 = queries.search(SuggestionFilter.none(), DataScope.all(), 2, 2);
        assertThat(page1.items()).hasSize(2);
        assertThat(page1.total()).isGreaterThan(2);
        assertThat(page2.items()).doesNotContainAnyElementsOf(page1.items());
        assertThat(queries.search(SuggestionFilter.none(), DataScope.all(), 999, 2).page()).isEqualTo(page1.pages());
    }

    @Test
    @DisplayName("办理流转只记在案件的时间线上，不进安全审计日志（ADR 0038）")
    void transitionsStayOnTheCaseTimelineOnly() {
        long before = count("audit_log");
        world.replied(number());
        assertThat(count("audit_log")).isEqualTo(before);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
