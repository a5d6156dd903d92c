package cn.jianyi.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jianyi.feedback.FeedbackManagement;
import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.identity.IdentityManagement;
import cn.jianyi.shared.Actor;
import cn.jianyi.shared.IllegalTransitionException;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.TestWorld;

/**
 * "Button shown ⇔ command accepted": for a unit's task in every {@link Assignment.Status} (lead unit and co-unit,
 * windows open and closed, an extension request waiting), each flag of {@link UnitRequests#actionsFor} equals whether
 * the command it stands for is accepted today. Each command is tried in a transaction that is rolled back, so the
 * next one starts from the same state.
 */
@IntegrationTest
class TaskActionsTests {

    @Autowired ApplicationContext context;
    @Autowired Assignments assignments;
    @Autowired UnitRequests unitRequests;
    @Autowired FeedbackManagement feedback;
    @Autowired IdentityManagement identity;
    @Autowired UserDetailsService logins;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Clock clock;

    private TestWorld world;
    private HandlingUnit proposed;
    private HandlingUnit successor;
    private int next = 1;
    private final Set<Assignment.Status> walked = EnumSet.noneOf(Assignment.Status.class);

    @Test
    @DisplayName("每个任务状态下，案卷页显示的操作与命令是否接受一致")
    void everyActionShownIsExactlyACommandAccepted() {
        world = TestWorld.create(context);
        proposed = identity.addUnit("南昌市新建区民政局", "区民政局", "新民提字", "83761100", "330100", null);
        successor = identity.addUnit("南昌市新建区交通运输局", "区交通运输局", "新交提字", "83761200", "330100", null);
        SoftAssertions softly = new SoftAssertions();

        long fresh = assignedToday();                                   // both 待签收, every window open
        walk(softly, fresh);

        long working = assignedToday();                                 // both 办理中
        assignments.acknowledge(working, world.health.id(), world.handler);
        assignments.acknowledge(working, world.education.id(), world.handler2);
        walk(softly, working);

        long returning = assignedToday();                               // both 申请退回中
        requestReturn(returning, world.health.id(), world.handler).get();
        requestReturn(returning, world.education.id(), world.handler2).get();
        walk(softly, returning);

        long returned = assignedToday();                                // the co-unit 已退回
        ReturnRequest request = requestReturn(returned, world.education.id(), world.handler2).get();
        unitRequests.decideReturn(new DecideRequestCommand(request.id(), true, successor.id(), null, world.clerk));
        walk(softly, returned);

        long opinion = assignedToday();                                 // the co-unit 已提交协办意见
        world.opinionGiven(opinion);
        walk(softly, opinion);

        long extending = assignedToday();                               // an extension request waits
        unitRequests.requestExtension(new RequestExtensionCommand(extending, world.health.id(),
                assignments.taskOf(extending, world.health.id()).orElseThrow().dueOn().plusDays(7), "需要更多时间",
                world.handler));
        walk(softly, extending);

        long replied = world.replied(next++);                           // lead 已答复; old: every window closed
        walk(softly, replied);

        long rehandling = world.replied(next++);                        // lead 重新办理
        world.rated(rehandling, Satisfaction.DISSATISFIED, "没有解决问题");
        world.sentBack(rehandling);
        walk(softly, rehandling);

        long closed = world.replied(next++);                            // both 已办结
        world.rated(closed, Satisfaction.SATISFIED, "满意");
        feedback.close(closed, world.clerk);
        walk(softly, closed);

        softly.assertAll();
        assertThat(walked).as("every task status walked").containsExactlyInAnyOrder(Assignment.Status.values());
    }

    private long assignedToday() {
        long id = world.registered(next++);
        assignments.assign(new AssignCommand(id, world.health.id(), List.of(world.education.id()),
                LocalDate.now(clock), world.clerk));
        return id;
    }

    /** Both units of the case: the lead 区卫健委 as handler, the co-unit 区教体局 as handler2. */
    private void walk(SoftAssertions softly, long id) {
        walk(softly, id, "handler", world.health.id(), world.handler);
        walk(softly, id, "handler2", world.education.id(), world.handler2);
    }

    private void walk(SoftAssertions softly, long id, String login, long unitId, Actor actor) {
        Assignment.Status status = assignments.of(id).stream().filter(t -> t.unitId() == unitId)
                .reduce((first, last) -> last).orElseThrow().status();
        walked.add(status);
        TaskActions shown = unitRequests.actionsFor(id, (CurrentUser) logins.loadUserByUsername(login),
                LocalDate.now(clock));
        LocalDate later = assignments.taskOf(id, unitId).map(t -> t.dueOn().plusDays(7)).orElse(LocalDate.now(clock));
        Map<String, Boolean> expected = new LinkedHashMap<>();
        expected.put("acknowledge", shown.acknowledge());
        expected.put("requestReturn", shown.requestReturn());
        expected.put("requestExtension", shown.requestExtension());
        expected.put("giveOpinion", shown.giveOpinion());
        expected.put("startWork", shown.startWork());
        Map<String, Supplier<?>> commands = Map.of(
                "acknowledge", () -> assignments.acknowledge(id, unitId, actor),
                "requestReturn", requestReturn(id, unitId, actor),
                "requestExtension", () -> unitRequests.requestExtension(new RequestExtensionCommand(id, unitId, later,
                        "需要更多时间", actor)),
                "giveOpinion", () -> {
                    assignments.markOpinionGiven(id, unitId, actor, "同意主办单位意见。");
                    return null;
                },
                "startWork", () -> assignments.startWork(id, unitId, actor));
        expected.forEach((action, flag) -> softly.assertThat(accepted(commands.get(action)))
                .as("%s %s (%s): command accepted ⇔ shown", login, status, action).isEqualTo(flag));
    }

    private Supplier<ReturnRequest> requestReturn(long id, long unitId, Actor actor) {
        return () -> unitRequests.requestReturn(new RequestReturnCommand(id, unitId, "不属于本单位职责", proposed.id(),
                actor));
    }

    /** Whether the command is accepted, tried in a transaction that is then rolled back. */
    private boolean accepted(Supplier<?> command) {
        Boolean result = new TransactionTemplate(transactions).execute(tx -> {
            tx.setRollbackOnly();
            try {
                command.get();
                return true;
            } catch (RuleViolation | IllegalTransitionException | IllegalArgumentException refused) {
                return false;
            }
        });
        return Boolean.TRUE.equals(result);
    }
}
