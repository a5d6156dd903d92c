package cn.jianyi.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.jianyi.assignment.AssignCommand;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.assignment.UnitRequests;
import cn.jianyi.assignment.RequestReturnCommand;
import cn.jianyi.feedback.FeedbackManagement;
import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.feedback.SubmitFeedbackCommand;
import cn.jianyi.handling.Replies;
import cn.jianyi.handling.Reply;
import cn.jianyi.handling.ReplyQueries;
import cn.jianyi.handling.SaveDraftCommand;
import cn.jianyi.handling.SignReplyCommand;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.shared.Decision;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.TestWorld;

/**
 * Button shown ⇔ command accepted: for each reply status and each answer a deputy may give, the case page's reply and
 * feedback acts agree with what the commands then do. A refused command leaves the case as it was, so the same case
 * is asked again after each attempt.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseActionsAgreeWithCommandsTests {

    @Autowired ApplicationContext context;
    @Autowired CaseFiles cases;
    @Autowired Replies replies;
    @Autowired ReplyQueries replyQueries;
    @Autowired Assignments assignments;
    @Autowired UnitRequests unitRequests;
    @Autowired FeedbackManagement feedback;
    @Autowired UserDetailsService logins;
    @Autowired Clock clock;

    private TestWorld world;
    private int number;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
    }

    private CurrentUser user(String username) {
        return (CurrentUser) logins.loadUserByUsername(username);
    }

    private CaseView.Actions actions(long id, String username) {
        return cases.caseFor(id, user(username)).actions();
    }

    /** Runs the command; the reason it was refused with, or empty when it was accepted. */
    private static Optional<String> refusal(Runnable command) {
        try {
            command.run();
            return Optional.empty();
        } catch (RuleViolation violation) {
            return Optional.of(violation.reasonKey());
        }
    }

    /** Assigned today to 区卫健委 (lead) and 区教体局 (co-unit, its opinion due in a month). */
    private long assignedToday() {
        long id = world.registered(++number);
        assignments.assign(new AssignCommand(id, world.health.id(), List.of(world.education.id()),
                LocalDate.now(clock), world.clerk));
        return id;
    }

    private void signButtonAgreesWithSign(long id, Reply reply) {
        LocalDate today = LocalDate.now(clock);
        var shown = actions(id, "head").reply();
        boolean offered = reply.id().equals(shown.signReplyId()) && shown.signAwaited().isEmpty();
        Optional<String> refused = refusal(() -> replies.sign(new SignReplyCommand(reply.id(), world.health.id(),
                today, world.head)));
        assertThat(refused.isEmpty()).as("sign offered ⇔ accepted, reply %s, refused with %s", reply.status(), refused)
                .isEqualTo(offered);
        if (refused.isPresent() && reply.id().equals(shown.signReplyId())) {
            assertThat(shown.signAwaited()).extracting(Decision.Rejected::reasonKey).first()
                    .as("the page names what the command refuses with").isEqualTo(refused.get());
        }
    }

    @Test
    @DisplayName("签发：每个答复状态下，页面给出签发且无待办事项 ⇔ 签发被接受；页面列出的第一项即拒绝理由")
    void signButtonAgreesWithTheCommandForEveryReplyStatus() {
        for (Reply.Status status : Reply.Status.values()) {
            long id = assignedToday();
            Reply reply = world.drafted(id);
            if (status == Reply.Status.DRAFT) {
                assertThat(actions(id, "head").reply().signAwaited()).extracting(Decision.Rejected::reasonKey)
                        .contains("handling.sign.awaitingOpinions");
                signButtonAgreesWithSign(id, reply);                 // refused: the co-unit's opinion is awaited
                world.opinionGiven(id);
                signButtonAgreesWithSign(id, replyQueries.find(reply.id()).orElseThrow());   // accepted
            } else {
                world.opinionGiven(id);
                world.signed(reply, LocalDate.now(clock));
                Reply signed = replyQueries.find(reply.id()).orElseThrow();
                assertThat(signed.status()).isEqualTo(status);
                assertThat(actions(id, "head").reply().signReplyId()).isNull();
                signButtonAgreesWithSign(id, signed);
            }
        }
    }

    /** Asks the reply module directly: a registered case is not yet in the unit's scope, so it has no case page. */
    private void draftButtonAgreesWithSaveDraft(long id, String state) {
        boolean offered = replyQueries.actionsFor(id, user("handler"), LocalDate.now(clock)).draft();
        if (!state.equals("registered")) {
            assertThat(actions(id, "handler").reply().draft()).as("the page shows the module's answer").isEqualTo(offered);
        }
        Optional<String> refused = refusal(() -> replies.saveDraft(new SaveDraftCommand(id, world.health.id(),
                world.content(id, "答复"), world.handler)));
        assertThat(refused.isEmpty()).as("draft offered ⇔ accepted when %s (refused with %s)", state, refused)
                .isEqualTo(offered);
    }

    @Test
    @DisplayName("拟写答复：已登记、退回申请中、办理中、已答复，页面给出拟写 ⇔ 保存答复稿被接受")
    void draftButtonAgreesWithTheCommandInEveryTaskState() {
        long registered = world.registered(++number);
        draftButtonAgreesWithSaveDraft(registered, "registered");

        long returning = world.registered(++number);
        assignments.assign(new AssignCommand(returning, world.health.id(), List.of(), LocalDate.now(clock),
                world.clerk));
        unitRequests.requestReturn(new RequestReturnCommand(returning, world.health.id(), "不属于本单位职责",
                world.education.id(), world.handler));
        draftButtonAgreesWithSaveDraft(returning, "a return is requested");

        long inHandling = assignedToday();
        draftButtonAgreesWithSaveDraft(inHandling, "in handling");

        long replied = world.replied(++number);
        draftButtonAgreesWithSaveDraft(replied, "replied");
    }

    @Test
    @DisplayName("征询意见：每种评价下，评价、重新办理、办结三个按钮 ⇔ 对应命令被接受")
    void feedbackButtonsAgreeWithTheCommandsForEveryAnswer() {
        long unanswered = world.replied(++number);
        boolean offered = actions(unanswered, "deputy").feedback().giveFeedback();
        Optional<String> refused = refusal(() -> world.rated(unanswered, Satisfaction.SATISFIED, null));
        assertThat(refused.isEmpty()).as("feedback offered ⇔ accepted").isEqualTo(offered).isTrue();
        assertThat(actions(unanswered, "deputy").feedback().giveFeedback()).isFalse();
        assertThat(refusal(() -> feedback.submit(new SubmitFeedbackCommand(unanswered, world.cheng.id(),
                Satisfaction.SATISFIED, Satisfaction.SATISFIED, Satisfaction.SATISFIED, null,
                LocalDate.of(2024, 6, 28), world.deputy)))).as("answered already").isPresent();

        for (Satisfaction satisfaction : Satisfaction.values()) {
            long toClose = world.replied(++number);
            world.rated(toClose, satisfaction, "理由");
            boolean closeOffered = actions(toClose, "clerk").feedback().close();
            assertThat(refusal(() -> feedback.close(toClose, world.clerk)).isEmpty())
                    .as("close offered ⇔ accepted after %s", satisfaction).isEqualTo(closeOffered);

            long toSendBack = world.replied(++number);
            world.rated(toSendBack, satisfaction, "理由");
            boolean rehandlingOffered = actions(toSendBack, "clerk").feedback().decideRehandling();
            assertThat(refusal(() -> world.sentBack(toSendBack)).isEmpty())
                    .as("re-handling offered ⇔ accepted after %s", satisfaction).isEqualTo(rehandlingOffered);
            assertThat(closeOffered || rehandlingOffered).as("one of the two is open after %s", satisfaction)
                    .isTrue();
        }
    }
}
