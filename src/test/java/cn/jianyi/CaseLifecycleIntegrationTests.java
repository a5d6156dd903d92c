package cn.jianyi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jianyi.assignment.AssignCommand;
import cn.jianyi.assignment.Assignment;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.feedback.FeedbackManagement;
import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.feedback.SubmitFeedbackCommand;
import cn.jianyi.handling.ReplyQueries;
import cn.jianyi.handling.Replies;
import cn.jianyi.handling.ReplyTemplates;
import cn.jianyi.handling.Reply;
import cn.jianyi.handling.ReplyContent;
import cn.jianyi.handling.SaveDraftCommand;
import cn.jianyi.handling.SignReplyCommand;
import cn.jianyi.identity.DataScope;
import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.identity.IdentityManagement;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.suggestion.CaseAction;
import cn.jianyi.suggestion.RegisterSuggestionCommand;
import cn.jianyi.suggestion.SubjectArea;
import cn.jianyi.suggestion.Suggestion.Status;
import cn.jianyi.suggestion.SuggestionDetails;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.suggestion.SuggestionQueries;
import cn.jianyi.suggestion.TimelineEntry;
import cn.jianyi.support.DatabaseSnapshot;
import cn.jianyi.support.FixedClock;
import cn.jianyi.support.MutableClock;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestWorld;

/**
 * A case carried through every public use case, with re-handling, on a fresh database and a fixed clock (H2, then
 * PostgreSQL); and each refusal of the flow, proven to leave every business table exactly as it was.
 */
@OnPostgres
@IntegrationTest(properties = MutableClock.PROPERTIES)
@Import(MutableClock.class)
class CaseLifecycleIntegrationTests {

    static final LocalDate ASSIGNED_ON = LocalDate.of(2024, 4, 11);

    @Autowired ApplicationContext context;
    @Autowired IdentityManagement identity;
    @Autowired SuggestionManagement suggestions;
    @Autowired SuggestionQueries queries;
    @Autowired Assignments assignments;
    @Autowired ReplyQueries replyQueries;
    @Autowired Replies replies;
    @Autowired ReplyTemplates replyTemplates;
    @Autowired FeedbackManagement feedback;
    @Autowired JdbcClient jdbc;

    static TestWorld world;
    static HandlingUnit civilAffairs;
    static HandlingUnit medicalInsurance;
    static int next = 1;

    @BeforeEach
    void world() {
        if (world == null || jdbc.sql("select count(*) from units").query(Long.class).single() == 0) {
            world = TestWorld.create(context);
            civilAffairs = identity.addUnit("南昌市新建区民政局", "区民政局", "新民提字", "83761100", "330100", null);
            medicalInsurance = identity.addUnit("南昌市新建区医疗保障局", "区医保局", "新医保提字", "83762200", "330100",
                    null);
        }
    }

    @Test
    @DisplayName("登记→交办→拟稿→签发→不满意→重新办理→第二轮签发→满意→办结")
    void carriesACaseThroughRehandlingToConcluded() {
        long id = register(next++);
        assertThat(status(id)).isEqualTo(Status.REGISTERED);

        // the lead unit signs nothing else in this class, so its serials of 2024 start at 1
        List<Assignment> issued = assignments.assign(new AssignCommand(id, medicalInsurance.id(),
                List.of(world.education.id()), ASSIGNED_ON, world.clerk));
        assertThat(issued).extracting(Assignment::dueOn).containsOnly(LocalDate.of(2024, 7, 11));
        SuggestionDetails assigned = queries.details(id, DataScope.all());
        assertThat(assigned.status()).isEqualTo(Status.ASSIGNED);
        assertThat(assigned.leadUnit().unit().id()).isEqualTo(medicalInsurance.id());
        assertThat(assigned.leadUnit().dueOn()).as("assigned + 3 months").isEqualTo(ASSIGNED_ON.plusMonths(3));

        Reply first = draft(id, medicalInsurance, "第一轮答复");
        assertThat(first.round()).isEqualTo(1);
        assertThat(first.isSigned()).isFalse();
        assertThat(first.documentNumber()).isNull();
        assertThat(status(id)).as("drafting does not move the case").isEqualTo(Status.ASSIGNED);
        first = sign(first, medicalInsurance, LocalDate.of(2024, 6, 20));
        assertThat(first.documentNumber()).hasToString("新医保提字〔2024〕1号");
        assertThat(first.signerName()).isEqualTo("李卫东");
        assertThat(status(id)).isEqualTo(Status.REPLIED);

        rate(id, Satisfaction.DISSATISFIED, "没有给出时间表", LocalDate.of(2024, 6, 28));
        assertThat(status(id)).as("不满意 waits for the office's decision").isEqualTo(Status.REPLIED);
        assertThat(feedback.awaitsRehandlingDecision(id)).isTrue();
        // decided on 2024-12-31: 1 month → 2025-01-31, inside the Spring Festival (01-28..02-04) → 2025-02-05
        assertThat(world.sentBack(id)).isEqualTo(LocalDate.of(2025, 2, 5));
        assertThat(status(id)).isEqualTo(Status.REHANDLING);
        assertThat(queries.details(id, DataScope.all()).leadUnit().dueOn()).isEqualTo(LocalDate.of(2025, 2, 5));
        assertThat(assignments.replyDeadlineOf(id)).get()
                .satisfies(d -> assertThat(d.start()).isEqualTo(FixedClock.TODAY));

        Reply second = draft(id, medicalInsurance, "第二轮答复");
        assertThat(second.round()).isEqualTo(2);
        assertThat(second.id()).isNotEqualTo(first.id());
        second = sign(second, medicalInsurance, LocalDate.of(2024, 7, 20));
        assertThat(second.documentNumber()).hasToString("新医保提字〔2024〕2号");
        assertThat(status(id)).isEqualTo(Status.REPLIED);
        assertThat(replyQueries.latestSigned(id)).get().extracting(Reply::id).isEqualTo(second.id());

        rate(id, Satisfaction.SATISFIED, null, LocalDate.of(2024, 7, 25));
        assertThat(status(id)).isEqualTo(Status.REPLIED);
        feedback.close(id, world.clerk);

        SuggestionDetails closed = queries.details(id, DataScope.all());
        assertThat(closed.status()).isEqualTo(Status.CONCLUDED);
        // the acts themselves; the notices they caused have lines of their own (NOTIFY, see CaseNoticesTests)
        List<TimelineEntry> acts = closed.timeline().stream().filter(e -> e.action() != CaseAction.NOTIFY).toList();
        assertThat(acts)
                .extracting(TimelineEntry::action, TimelineEntry::fromStatus, TimelineEntry::toStatus,
                        TimelineEntry::actorUsername)
                .containsExactly(
                        tuple(CaseAction.REGISTER, null, Status.REGISTERED, "clerk"),
                        tuple(CaseAction.ASSIGN, Status.REGISTERED, Status.ASSIGNED, "clerk"),
                        tuple(CaseAction.ACKNOWLEDGE, Status.ASSIGNED, Status.ASSIGNED, "handler"),
                        tuple(CaseAction.DRAFT_REPLY, Status.ASSIGNED, Status.ASSIGNED, "handler"),
                        tuple(CaseAction.SIGN_REPLY, Status.ASSIGNED, Status.REPLIED, "head"),
                        tuple(CaseAction.GIVE_FEEDBACK, Status.REPLIED, Status.REPLIED, "deputy"),
                        tuple(CaseAction.REOPEN_FOR_REHANDLING, Status.REPLIED, Status.REHANDLING, "clerk"),
                        tuple(CaseAction.DRAFT_REPLY, Status.REHANDLING, Status.REHANDLING, "handler"),
                        tuple(CaseAction.SIGN_REPLY, Status.REHANDLING, Status.REPLIED, "head"),
                        tuple(CaseAction.GIVE_FEEDBACK, Status.REPLIED, Status.REPLIED, "deputy"),
                        tuple(CaseAction.CONCLUDE, Status.REPLIED, Status.CONCLUDED, "clerk"));
        assertThat(acts).extracting(TimelineEntry::occurredAt).containsOnly(FixedClock.NOW);
        assertThat(acts).extracting(TimelineEntry::actorName)
                .containsExactly("王晓燕", "王晓燕", "熊伟", "熊伟", "李卫东", "程绮南", "王晓燕", "熊伟", "李卫东", "程绮南",
                        "王晓燕");
        assertThat(acts.get(2).remark()).isEqualTo("区医保局：待签收 → 办理中");
        assertThat(acts.get(4).remark()).contains("新医保提字〔2024〕1号");
        assertThat(acts.get(5).remark()).contains("不满意").contains("没有给出时间表");
        assertThat(acts.get(6).remark()).contains("答复期限至2025-02-05");
        assertThat(acts.get(8).remark()).contains("新医保提字〔2024〕2号");
        assertThat(assignments.of(id)).extracting(Assignment::status).containsOnly(Assignment.Status.COMPLETED);
        assertThat(feedback.of(id)).extracting(f -> f.round(), f -> f.satisfaction())
                .containsExactly(tuple(1, Satisfaction.DISSATISFIED), tuple(2, Satisfaction.SATISFIED));
        assertThat(replyQueries.signedRepliesOf(id)).extracting(r -> r.documentNumber().serial()).containsExactly(1, 2);
    }

    @Test
    void duplicateNumberInAMeetingIsRefused() {
        int number = next++;
        register(number);
        refusedWithoutChange(() -> register(number), "suggestion.number.duplicate");
    }

    @Test
    void feedbackBeforeAReplyIsRefused() {
        long id = assigned();
        refusedWithoutChange(() -> rate(id, Satisfaction.SATISFIED, null, LocalDate.of(2024, 6, 28)),
                "feedback.case.notReplied");
    }

    @Test
    void signingTwiceIsRefused() {
        long id = assigned();
        Reply signed = sign(draft(id, "答复"), LocalDate.of(2024, 6, 20));
        refusedWithoutChange(() -> sign(signed, LocalDate.of(2024, 6, 21)), "handling.reply.alreadySigned");
    }

    @Test
    void assigningAnAssignedCaseIsRefused() {
        long id = assigned();
        refusedWithoutChange(() -> assignments.assign(AssignCommand.leadOnly(id, civilAffairs.id(), ASSIGNED_ON,
                world.clerk)), "assignment.case.notRegistered");
    }

    @Test
    void assigningAConcludedCaseIsRefused() {
        long id = assigned();
        sign(draft(id, "答复"), LocalDate.of(2024, 6, 20));
        rate(id, Satisfaction.BASICALLY_SATISFIED, null, LocalDate.of(2024, 6, 28));
        feedback.close(id, world.clerk);
        assertThat(status(id)).isEqualTo(Status.CONCLUDED);
        refusedWithoutChange(() -> assignments.assign(AssignCommand.leadOnly(id, civilAffairs.id(), ASSIGNED_ON,
                world.clerk)), "assignment.case.notRegistered");
    }

    @Test
    void assigningOnAFutureDateIsRefused() {
        long id = register(next++);
        refusedWithoutChange(() -> assignments.assign(AssignCommand.leadOnly(id, world.health.id(),
                FixedClock.TODAY.plusDays(1), world.clerk)), "assignment.date.future");
        assignments.assign(AssignCommand.leadOnly(id, world.health.id(), FixedClock.TODAY, world.clerk));
        assertThat(status(id)).isEqualTo(Status.ASSIGNED);
    }

    @Test
    void dissatisfiedWithoutAReasonIsRefused() {
        long id = replied();
        refusedWithoutChange(() -> rate(id, Satisfaction.DISSATISFIED, "  ", LocalDate.of(2024, 6, 28)),
                "feedback.comment.requiredWhenDissatisfied");
    }

    @Test
    void feedbackByACoSignerIsRefused() {
        long id = replied();
        refusedWithoutChange(() -> feedback.submit(new SubmitFeedbackCommand(id, world.liu.id(),
                Satisfaction.SATISFIED, Satisfaction.SATISFIED, Satisfaction.SATISFIED, null, LocalDate.of(2024, 6, 28),
                world.deputy2)), "feedback.notLeadDeputy");
    }

    @Test
    void closingWithoutFeedbackIsRefused() {
        long id = replied();
        refusedWithoutChange(() -> feedback.close(id, world.clerk), "feedback.close.noFeedback");
    }

    @Test
    void closingAfterDissatisfiedFeedbackIsRefused() {
        long id = replied();
        rate(id, Satisfaction.DISSATISFIED, "没有解决", LocalDate.of(2024, 6, 28));
        refusedWithoutChange(() -> feedback.close(id, world.clerk), "feedback.close.dissatisfied");
    }

    @Test
    void aHandlerOfAnotherUnitCannotDraft() {
        long id = assigned();
        refusedWithoutChange(() -> replies.saveDraft(new SaveDraftCommand(id, civilAffairs.id(),
                world.content(id, "与本单位无关"), world.handler2)), "handling.reply.notLeadUnit");
        refusedWithoutChange(() -> replies.saveDraft(new SaveDraftCommand(id, world.education.id(),
                world.content(id, "协办单位不直接答复"), world.handler2)), "handling.reply.notLeadUnit");
    }

    @Test
    void aHeadOfAnotherUnitCannotSign() {
        long id = assigned();
        Reply draft = draft(id, "答复");
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        assertThatThrownBy(() -> replies.sign(new SignReplyCommand(draft.id(), world.education.id(),
                LocalDate.of(2024, 6, 20), world.head))).isInstanceOf(NotFoundException.class);
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    }

    @Test
    void signingInTheFutureIsRefusedAndUsesNoNumber() {
        long id = assigned();
        Reply draft = draft(id, "答复");
        refusedWithoutChange(() -> sign(draft, FixedClock.TODAY.plusDays(1)), "handling.reply.signedInFuture");
    }

    private void refusedWithoutChange(ThrowingCallable call, String reasonKey) {
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.reasonKey()).isEqualTo(reasonKey));
        assertThat(DatabaseSnapshot.of(jdbc)).as("nothing changed in the database").isEqualTo(before);
    }

    private long register(int number) {
        return suggestions.register(new RegisterSuggestionCommand(world.meeting.id(), number,
                "关于健全生育服务保障机制的建议", "建议内容", world.cheng.id(), List.of(world.liu.id()),
                SubjectArea.EDUCATION_SCIENCE_CULTURE_HEALTH, TestWorld.RECEIVED, world.clerk));
    }

    private long assigned() {
        long id = register(next++);
        assignments.assign(new AssignCommand(id, world.health.id(), List.of(world.education.id()), ASSIGNED_ON,
                world.clerk));
        return id;
    }

    private long replied() {
        long id = assigned();
        sign(draft(id, "答复"), LocalDate.of(2024, 6, 20));
        return id;
    }

    private Reply draft(long id, String text) {
        return draft(id, world.health, text);
    }

    private Reply draft(long id, HandlingUnit unit, String text) {
        ReplyContent t = replyTemplates.newDraftTemplate(id, unit.id());
        ReplyContent content = new ReplyContent(t.classification(), t.title(), t.salutation(), t.body() + text,
                t.contactUnit(), t.contactPhone(), t.postcode(), t.copyTo(), t.publicity());
        return replies.saveDraft(new SaveDraftCommand(id, unit.id(), content, world.handler));
    }

    private Reply sign(Reply draft, LocalDate on) {
        return sign(draft, world.health, on);
    }

    private Reply sign(Reply draft, HandlingUnit unit, LocalDate on) {
        return replies.sign(new SignReplyCommand(draft.id(), unit.id(), on, world.head));
    }

    private void rate(long id, Satisfaction satisfaction, String comment, LocalDate on) {
        feedback.submit(new SubmitFeedbackCommand(id, world.cheng.id(), satisfaction, satisfaction,
                Satisfaction.SATISFIED, comment, on, world.deputy));
    }

    private Status status(long id) {
        return suggestions.get(id).status();
    }
}
