package cn.jianyi.assignment;

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

import cn.jianyi.handling.GiveOpinionCommand;
import cn.jianyi.handling.CoUnitOpinions;
import cn.jianyi.handling.Replies;
import cn.jianyi.handling.Reply;
import cn.jianyi.handling.SignReplyCommand;
import cn.jianyi.identity.DataScope;
import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.identity.IdentityManagement;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.suggestion.CaseAction;
import cn.jianyi.suggestion.HandlingRole;
import cn.jianyi.suggestion.SuggestionQueries;
import cn.jianyi.suggestion.TimelineEntry;
import cn.jianyi.support.DatabaseSnapshot;
import cn.jianyi.support.TestWorld;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.OnPostgres;

/**
 * Each unit's task on a case against the real database: 签收, return requests inside and after the window, extension
 * requests, co-unit opinions and the policy that holds the lead unit's signature until they are in or overdue.
 */
@OnPostgres
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitTaskIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired Assignments assignments;
    @Autowired CoUnitOpinions coUnitOpinions;
    @Autowired Replies replies;
    @Autowired UnitRequests unitRequests;
    @Autowired SuggestionQueries queries;
    @Autowired IdentityManagement identity;
    @Autowired JdbcClient jdbc;

    private TestWorld world;
    private HandlingUnit civilAffairs;
    private int next = 1;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        civilAffairs = identity.addUnit("南昌市新建区民政局", "区民政局", "新民提字", "83761100", "330100", null);
    }

    /** Assigned today (so every window is open) to 区卫健委 with 区教体局 as co-unit. */
    private long assignedToday() {
        long id = world.registered(next++);
        assignments.assign(new AssignCommand(id, world.health.id(), List.of(world.education.id()), LocalDate.now(),
                world.clerk));
        return id;
    }

    @Test
    @DisplayName("签收：待签收→办理中，记入流转记录；重复签收被拒绝")
    void acknowledgementMovesTheTaskAndIsRecorded() {
        long id = assignedToday();
        assertThat(assignments.taskOf(id, world.education.id())).get().extracting(Assignment::status)
                .isEqualTo(Assignment.Status.PENDING);
        assignments.acknowledge(id, world.education.id(), world.handler2);
        Assignment task = assignments.taskOf(id, world.education.id()).orElseThrow();
        assertThat(task.status()).isEqualTo(Assignment.Status.IN_HANDLING);
        assertThat(task.acknowledgedBy()).isEqualTo("handler2");
        assertThat(timeline(id)).filteredOn(e -> e.action() == CaseAction.ACKNOWLEDGE)
                .extracting(TimelineEntry::remark).containsExactly("区教体局：待签收 → 办理中");
        assertThatThrownBy(() -> assignments.acknowledge(id, world.education.id(), world.handler2))
                .isInstanceOf(cn.jianyi.shared.IllegalTransitionException.class);
    }

    @Test
    @DisplayName("退回申请获批：原单位退出，新单位以今日为交办日接办，期限重算")
    void anApprovedReturnHandsThePartToTheNewUnit() {
        long id = assignedToday();
        ReturnRequest request = unitRequests.requestReturn(new RequestReturnCommand(id, world.education.id(),
                "学位供给不属于本局职责范围", civilAffairs.id(), world.handler2));
        assertThat(assignments.taskOf(id, world.education.id())).get().extracting(Assignment::status)
                .isEqualTo(Assignment.Status.RETURN_REQUESTED);
        assertThatThrownBy(() -> coUnitOpinions.giveOpinion(new GiveOpinionCommand(id, world.education.id(), "意见",
                world.handler2))).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.reasonKey()).isEqualTo("assignment.task.returnPending"));

        unitRequests.decideReturn(new DecideRequestCommand(request.id(), true, null, "同意调整", world.clerk));

        assertThat(assignments.taskOf(id, world.education.id())).as("a returned task is not current").isEmpty();
        Assignment successor = assignments.taskOf(id, civilAffairs.id()).orElseThrow();
        assertThat(successor.role()).isEqualTo(HandlingRole.CO);
        assertThat(successor.status()).isEqualTo(Assignment.Status.PENDING);
        assertThat(successor.assignedOn()).isEqualTo(LocalDate.now());
        var details = queries.details(id, DataScope.all());
        assertThat(details.units()).extracting(u -> u.unit().id())
                .containsExactlyInAnyOrder(world.health.id(), civilAffairs.id());
        assertThat(unitRequests.findReturnRequest(request.id())).get()
                .extracting(ReturnRequest::outcome, ReturnRequest::newUnitId)
                .containsExactly(RequestOutcome.APPROVED, civilAffairs.id());
        assertThat(timeline(id)).extracting(TimelineEntry::action).contains(CaseAction.REQUEST_RETURN,
                CaseAction.APPROVE_RETURN, CaseAction.REASSIGN);
        assertThatThrownBy(() -> queries.details(id, new DataScope.OfUnit(world.education.id())))
                .as("the returning unit no longer sees the case")
                .isInstanceOf(cn.jianyi.shared.NotFoundException.class);
    }

    @Test
    @DisplayName("退回申请：逾期、理由为空、建议单位已在承办、未获同意时无理由：拒绝且不改变任何数据")
    void returnRequestsAreRefusedWithReasons() {
        long late = world.assigned(next++);         // assigned 2024-03-05: the 7 working days are long over
        refusedWithoutChange(() -> unitRequests.requestReturn(new RequestReturnCommand(late, world.education.id(),
                "不属于本局职责", civilAffairs.id(), world.handler2)), "assignment.return.windowClosed", null);

        long id = assignedToday();
        refusedWithoutChange(() -> unitRequests.requestReturn(new RequestReturnCommand(id, world.education.id(),
                "  ", civilAffairs.id(), world.handler2)), "assignment.request.reasonRequired", "reason");
        refusedWithoutChange(() -> unitRequests.requestReturn(new RequestReturnCommand(id, world.education.id(),
                "应由主办单位办理", world.health.id(), world.handler2)), "assignment.return.unitOnCase",
                "proposedUnitId");
        refusedWithoutChange(() -> unitRequests.requestReturn(new RequestReturnCommand(id, civilAffairs.id(),
                "与本单位无关", world.education.id(), world.handler2)), "assignment.task.notOnCase", null);

        ReturnRequest request = unitRequests.requestReturn(new RequestReturnCommand(id, world.education.id(),
                "不属于本局职责", civilAffairs.id(), world.handler2));
        refusedWithoutChange(() -> unitRequests.decideReturn(new DecideRequestCommand(request.id(), false, null, " ",
                world.clerk)), "assignment.decision.reasonRequired", "note");
        unitRequests.decideReturn(new DecideRequestCommand(request.id(), false, null, "属于本局协办职责", world.clerk));
        assertThat(assignments.taskOf(id, world.education.id())).get().extracting(Assignment::status)
                .as("a refused return: the unit keeps and handles the case").isEqualTo(Assignment.Status.IN_HANDLING);
        assertThatThrownBy(() -> unitRequests.decideReturn(new DecideRequestCommand(request.id(), true, null, null,
                world.clerk))).isInstanceOf(cn.jianyi.shared.IllegalTransitionException.class);
    }

    @Test
    @DisplayName("理由长达1000字的退回申请：申请保存全文，流转记录摘要不超过500字")
    void aLongReasonIsKeptWhileTheTimelineSummarises() {
        long id = assignedToday();
        String reason = "不属于本局职责。".repeat(125);                       // 1000 characters, the form's limit
        ReturnRequest request = unitRequests.requestReturn(new RequestReturnCommand(id, world.education.id(), reason,
                civilAffairs.id(), world.handler2));
        assertThat(unitRequests.findReturnRequest(request.id())).get().extracting(ReturnRequest::reason)
                .isEqualTo(reason);
        assertThat(timeline(id)).filteredOn(e -> e.action() != CaseAction.NOTIFY).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(CaseAction.REQUEST_RETURN);
            assertThat(e.remark()).hasSize(500).startsWith("区教体局：待签收 → 申请退回中").endsWith("…");
        });
    }

    @Test
    @DisplayName("延期：期限内申请、最长3个月；批准后期限顺延并说明；逾期或超限拒绝")
    void extensionsAreAskedBeforeTheDeadlineAndApproved() {
        long id = assignedToday();
        Assignment lead = assignments.taskOf(id, world.health.id()).orElseThrow();
        LocalDate limit = unitRequests.extensionLimit(lead);
        refusedWithoutChange(() -> unitRequests.requestExtension(new RequestExtensionCommand(id, world.health.id(),
                limit.plusDays(1), "需要更多时间", world.handler)), "assignment.extension.beyondLimit", "requestedDueOn");
        refusedWithoutChange(() -> unitRequests.requestExtension(new RequestExtensionCommand(id, world.health.id(),
                lead.dueOn(), "需要更多时间", world.handler)), "assignment.extension.notLater", "requestedDueOn");
        long late = world.assigned(next++);
        refusedWithoutChange(() -> unitRequests.requestExtension(new RequestExtensionCommand(late, world.health.id(),
                LocalDate.of(2024, 7, 5), "需要更多时间", world.handler)), "assignment.extension.afterDeadline", null);

        LocalDate wanted = lead.dueOn().plusMonths(1);
        ExtensionRequest request = unitRequests.requestExtension(new RequestExtensionCommand(id, world.health.id(),
                wanted, "需待区财政预算批复", world.handler));
        refusedWithoutChange(() -> unitRequests.requestExtension(new RequestExtensionCommand(id, world.health.id(),
                wanted, "再次申请", world.handler)), "assignment.request.open", null);
        unitRequests.decideExtension(new DecideRequestCommand(request.id(), true, null, null, world.clerk));

        Assignment extended = assignments.taskOf(id, world.health.id()).orElseThrow();
        assertThat(extended.dueOn()).isAfterOrEqualTo(wanted);
        assertThat(extended.dueBasis()).isEqualTo(Assignment.DueBasis.EXTENSION);
        assertThat(queries.details(id, DataScope.all()).leadUnit().dueOn()).isEqualTo(extended.dueOn());
        assertThat(timeline(id)).filteredOn(e -> e.action() == CaseAction.RESCHEDULE)
                .extracting(TimelineEntry::remark).singleElement().asString()
                .contains("同意区卫健委延期").contains(lead.dueOn().toString());
    }

    @Test
    @DisplayName("协办意见未到且未逾期时主办单位不能签发，理由列出协办单位；意见到后可以签发")
    void theLeadSignsOnlyOnceCoUnitOpinionsAreIn() {
        long id = assignedToday();
        Reply draft = replies.saveDraft(new cn.jianyi.handling.SaveDraftCommand(id, world.health.id(),
                world.content(id, "答复正文"), world.handler));
        refusedWithoutChange(() -> replies.sign(new SignReplyCommand(draft.id(), world.health.id(), LocalDate.now(),
                world.head)), "handling.sign.awaitingOpinions", null);
        assertThatThrownBy(() -> replies.sign(new SignReplyCommand(draft.id(), world.health.id(), LocalDate.now(),
                world.head))).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.args()[0].toString()).startsWith("区教体局（"));
        refusedWithoutChange(() -> coUnitOpinions.giveOpinion(new GiveOpinionCommand(id, world.health.id(), "主办不写协办意见",
                world.handler)), "handling.opinion.notCoUnit", null);
        refusedWithoutChange(() -> coUnitOpinions.giveOpinion(new GiveOpinionCommand(id, world.education.id(), "  ",
                world.handler2)), "handling.opinion.required", "opinion");

        world.opinionGiven(id);
        assertThat(assignments.taskOf(id, world.education.id())).get().extracting(Assignment::status)
                .isEqualTo(Assignment.Status.OPINION_GIVEN);
        assertThat(coUnitOpinions.opinionsOf(id)).singleElement().extracting(o -> o.opinion()).isEqualTo("同意主办单位意见。");
        refusedWithoutChange(() -> world.opinionGiven(id), "handling.opinion.alreadyGiven", null);

        replies.sign(new SignReplyCommand(draft.id(), world.health.id(), LocalDate.now(), world.head));
        assertThat(assignments.taskOf(id, world.health.id())).get().extracting(Assignment::status)
                .isEqualTo(Assignment.Status.REPLIED);
        refusedWithoutChange(() -> coUnitOpinions.giveOpinion(new GiveOpinionCommand(id, world.education.id(), "迟到的意见",
                world.handler2)), "handling.opinion.caseReplied", null);
    }

    @Test
    @DisplayName("协办意见期限已过：主办单位可以签发")
    void anOverdueOpinionDoesNotHoldTheSignature() {
        long id = world.assigned(next++);            // opinion due 2024-04-05, long past
        world.signed(world.drafted(id), LocalDate.of(2024, 6, 20));
        assertThat(assignments.taskOf(id, world.education.id())).get().extracting(Assignment::status)
                .isEqualTo(Assignment.Status.PENDING);
    }

    private List<TimelineEntry> timeline(long id) {
        return queries.details(id, DataScope.all()).timeline();
    }

    private void refusedWithoutChange(Runnable action, String reasonKey, String field) {
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.reasonKey()).isEqualTo(reasonKey);
            assertThat(v.field()).isEqualTo(field);
        });
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    }

    @Test
    @DisplayName("交办预览：选定交办日期即显示答复期限及其计算说明，与交办后实际期限一致；复杂件用较长期限；无效日期提示选择")
    void theAssignFormPreviewsTheDueDateAndItsExplanation() {
        long id = world.registered(next++);
        var clerk = cn.jianyi.support.MockWebClient.loggedIn(
                (org.springframework.web.context.WebApplicationContext) context, "clerk");
        String path = "/suggestions/" + id + "/assign";

        assertThat(clerk.get(path).body()).contains("id=\"due-preview\"")
                .contains("hx-get=\"" + path + "/preview\"").contains("按此交办日期，答复期限为" + assignments.preview(id, LocalDate.now(), false)
                        .reply().due() + "。").as("previewed for today at first");

        AssignmentPreview expected = assignments.preview(id, TestWorld.ASSIGNED, false);
        String preview = clerk.get(path + "/preview?assignedOn=2024-03-05").body();
        assertThat(preview).contains("按此交办日期，答复期限为2024-06-05。")
                .contains("协办意见期限为" + expected.coUnitOpinion().due() + "。")
                .contains("答复期限说明：交办日2024-03-05，按交办之日起3个月计算（交办当日不计入），期满日为2024-06-05。")
                .doesNotContain("<html");
        assertThat(clerk.get(path + "/preview?assignedOn=2024-03-05&complex=true").body())
                .contains("按此交办日期，答复期限为2024-09-05。").contains("按交办之日起6个月计算");
        for (String bad : List.of("?assignedOn=2024-13-45", "?assignedOn=" + LocalDate.now().plusDays(3), "")) {
            assertThat(clerk.get(path + "/preview" + bad).body()).as(bad).contains("选定交办日期后，这里显示答复期限及其计算。")
                    .doesNotContain("按此交办日期");
        }

        assignments.assign(new AssignCommand(id, world.health.id(), List.of(world.education.id()), TestWorld.ASSIGNED,
                world.clerk));
        assertThat(assignments.taskOf(id, world.health.id()).orElseThrow().dueOn()).isEqualTo(expected.reply().due());
        assertThat(assignments.taskOf(id, world.education.id()).orElseThrow().opinionDueOn())
                .isEqualTo(expected.coUnitOpinion().due());
        assertThat(clerk.get(path + "/preview?assignedOn=2024-03-05").statusCode()).as("assigned: no longer previewed")
                .isEqualTo(409);
    }
}
