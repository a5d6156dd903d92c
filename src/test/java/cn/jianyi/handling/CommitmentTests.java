package cn.jianyi.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jianyi.identity.DataScope;
import cn.jianyi.shared.IllegalTransitionException;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.suggestion.CaseAction;
import cn.jianyi.suggestion.SuggestionQueries;
import cn.jianyi.suggestion.TimelineEntry;
import cn.jianyi.support.DatabaseSnapshot;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestWorld;

/** 跟踪办理: a B or C reply states its commitments; each is closed by a follow-up reply or an explanation. */
@OnPostgres
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommitmentTests {

    @Autowired ApplicationContext context;
    @Autowired Replies replies;
    @Autowired Commitments commitments;
    @Autowired SuggestionQueries queries;
    @Autowired JdbcClient jdbc;

    private TestWorld world;
    private int next = 1;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
    }

    private Reply draftB(long id) {
        ReplyContent t = world.content(id, "正在推进托育机构改造。");
        return replies.saveDraft(new SaveDraftCommand(id, world.health.id(), new ReplyContent(ResolutionCategory.B,
                t.title(), t.salutation(), t.body(), t.contactUnit(), t.contactPhone(), t.postcode(), t.copyTo(),
                t.publicity()), world.handler));
    }

    @Test
    @DisplayName("B类答复须先登记承诺才能签发；承诺事项、时限、已签发答复的增删：拒绝且不改变数据")
    void aPromisingReplyStatesItsCommitments() {
        long id = world.assigned(next++);
        Reply draft = draftB(id);
        refused(() -> world.signed(draft, LocalDate.of(2024, 6, 20)), "handling.sign.noCommitment", null);
        LocalDate later = LocalDate.now().plusMonths(6);
        refused(() -> commitments.promise(new PromiseCommand(draft.id(), world.health.id(), " ", later, world.handler)),
                "handling.commitment.descriptionRequired", "description");
        refused(() -> commitments.promise(new PromiseCommand(draft.id(), world.health.id(), "改造", LocalDate.now(),
                world.handler)), "handling.commitment.dueInPast", "dueOn");
        assertThatThrownBy(() -> commitments.promise(new PromiseCommand(draft.id(), world.education.id(), "改造", later,
                world.handler2))).isInstanceOf(NotFoundException.class);

        Commitment withdrawn = commitments.promise(new PromiseCommand(draft.id(), world.health.id(), "写错的承诺", later,
                world.handler));
        commitments.withdrawPromise(withdrawn.id(), world.health.id());
        Commitment kept = commitments.promise(new PromiseCommand(draft.id(), world.health.id(),
                "2025年底前完成全区托育机构消防改造", later, world.handler));
        world.signed(draft, LocalDate.of(2024, 6, 20));
        assertThat(commitments.commitmentsOf(id)).extracting(Commitment::id).containsExactly(kept.id());
        refused(() -> commitments.promise(new PromiseCommand(draft.id(), world.health.id(), "签发后再加", later,
                world.handler)), "handling.commitment.replySigned", null);
        refused(() -> commitments.withdrawPromise(kept.id(), world.health.id()), "handling.commitment.replySigned", null);
        assertThat(commitments.openCommitments()).extracting(Commitment::id).contains(kept.id());
    }

    @Test
    @DisplayName("再次答复关闭承诺并记入流转记录；结果、内容、日期有误或重复关闭：拒绝")
    void aFollowUpReplyClosesTheCommitment() {
        long id = world.assigned(next++);
        Reply draft = draftB(id);
        Commitment commitment = commitments.promise(new PromiseCommand(draft.id(), world.health.id(),
                "年内完成改造", LocalDate.now().plusMonths(2), world.handler));
        world.signed(draft, LocalDate.of(2024, 6, 20));

        refused(() -> commitments.followUp(new FollowUpCommand(commitment.id(), world.health.id(), Commitment.Status.OPEN,
                "已完成", LocalDate.of(2024, 12, 1), world.handler)), "handling.followUp.outcomeRequired", "outcome");
        refused(() -> commitments.followUp(new FollowUpCommand(commitment.id(), world.health.id(),
                Commitment.Status.FULFILLED, " ", LocalDate.of(2024, 12, 1), world.handler)),
                "handling.followUp.textRequired", "text");
        refused(() -> commitments.followUp(new FollowUpCommand(commitment.id(), world.health.id(),
                Commitment.Status.FULFILLED, "已完成", LocalDate.of(2024, 6, 1), world.handler)),
                "handling.followUp.dateBeforeReply", "on");
        refused(() -> commitments.followUp(new FollowUpCommand(commitment.id(), world.health.id(),
                Commitment.Status.FULFILLED, "已完成", LocalDate.now().plusDays(1), world.handler)),
                "handling.followUp.dateInFuture", "on");
        assertThatThrownBy(() -> commitments.followUp(new FollowUpCommand(commitment.id(), world.education.id(),
                Commitment.Status.FULFILLED, "不是本单位的", LocalDate.of(2024, 12, 1), world.handler2)))
                .isInstanceOf(NotFoundException.class);

        Commitment closed = commitments.followUp(new FollowUpCommand(commitment.id(), world.health.id(),
                Commitment.Status.FULFILLED, "全区42家托育机构已全部完成消防改造。", LocalDate.of(2024, 12, 1), world.head));
        assertThat(closed.status()).isEqualTo(Commitment.Status.FULFILLED);
        assertThat(closed.closedOn()).isEqualTo(LocalDate.of(2024, 12, 1));
        assertThat(commitments.openCommitments()).extracting(Commitment::id).doesNotContain(commitment.id());
        assertThat(queries.details(id, DataScope.all()).timeline()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(CaseAction.FOLLOW_UP);
            assertThat(e.remark()).isEqualTo("办理承诺“年内完成改造”已兑现，再次答复：全区42家托育机构已全部完成消防改造。");
        });
        assertThatThrownBy(() -> commitments.followUp(new FollowUpCommand(commitment.id(), world.health.id(),
                Commitment.Status.EXPLAINED, "再说明一次", LocalDate.of(2024, 12, 2), world.head)))
                .isInstanceOf(IllegalTransitionException.class);
    }

    private void refused(Runnable action, String reasonKey, String field) {
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.reasonKey()).isEqualTo(reasonKey);
            assertThat(v.field()).isEqualTo(field);
        });
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    }
}
