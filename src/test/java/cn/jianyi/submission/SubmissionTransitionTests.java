package cn.jianyi.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.jianyi.shared.IllegalTransitionException;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.suggestion.SubjectArea;

/** The submission's own rules, without a database: stages, co-signers and their cut-off, withdrawal consents. */
class SubmissionTransitionTests {

    private static final Instant T0 = Instant.parse("2024-01-08T02:00:00Z");
    private static final Instant CUTOFF = T0.plus(Duration.ofDays(3));
    private static final long LEAD = 1;
    private static final long LIU = 2;
    private static final long XIONG = 3;

    private static Submission draft() {
        return Submission.draft(LEAD, 10, new Submission.Text("关于增设社区托育点的建议", "内容",
                SubjectArea.EDUCATION_SCIENCE_CULTURE_HEALTH, null), T0);
    }

    private static Submission inviting() {
        Submission s = draft();
        s.invite(List.of(LIU, XIONG), CUTOFF, T0);
        return s;
    }

    @Test
    @DisplayName("邀请联名后文本冻结；同意、谢绝都只能在截止前，截止后的同意被拒绝且不改变任何东西")
    void coSignersAnswerOnlyBeforeTheCutoff() {
        Submission s = inviting();
        assertThat(s.status()).isEqualTo(Submission.Status.COSIGNING);
        assertThatThrownBy(() -> s.revise(new Submission.Text("新标题", "新内容", null, null), T0))
                .isInstanceOf(IllegalTransitionException.class);

        s.answer(LIU, true, CUTOFF.minusSeconds(1));
        assertThat(s.invitationOf(LIU).orElseThrow().status()).isEqualTo(Invitation.Status.ACCEPTED);

        assertThatThrownBy(() -> s.answer(XIONG, true, CUTOFF))
                .isInstanceOf(RuleViolation.class).hasMessage("submission.invitation.closed");
        assertThat(s.invitationOf(XIONG).orElseThrow().isPending()).isTrue();
        assertThatThrownBy(() -> s.answer(LIU, false, T0)).hasMessage("submission.invitation.answered");
        assertThatThrownBy(() -> s.answer(99, true, T0)).hasMessage("submission.invitation.none");
    }

    @Test
    @DisplayName("有人未答复时截止前不能提交；截止后提交，未答复的视为放弃，只有同意的列为联名代表")
    void submittingWaitsForEveryAnswerOrTheCutoff() {
        Submission s = inviting();
        s.answer(LIU, true, T0.plusSeconds(60));
        assertThatThrownBy(() -> s.submit(T0.plusSeconds(120))).hasMessage("submission.submit.awaitingCoSigners");
        assertThat(s.status()).isEqualTo(Submission.Status.COSIGNING);

        s.submit(CUTOFF);
        assertThat(s.status()).isEqualTo(Submission.Status.SUBMITTED);
        assertThat(s.coSignerIds()).containsExactly(LIU);
        assertThat(s.invitationOf(XIONG).orElseThrow().status()).isEqualTo(Invitation.Status.LAPSED);
        assertThat(s.submittedAt()).isEqualTo(CUTOFF);
    }

    @Test
    @DisplayName("全部答复后不必等到截止即可提交；谢绝的不列为联名代表")
    void everyAnswerInLetsTheLeadSubmitAtOnce() {
        Submission s = inviting();
        s.answer(LIU, true, T0);
        s.answer(XIONG, false, T0);
        s.submit(T0.plusSeconds(1));
        assertThat(s.coSignerIds()).containsExactly(LIU);
    }

    @Test
    @DisplayName("邀请：不能邀请自己、不能重复、至少一人、截止须在将来；内容不全不能发出")
    void invitationsAreChecked() {
        assertThatThrownBy(() -> draft().invite(List.of(LEAD), CUTOFF, T0)).hasMessage("submission.coSigners.isLead");
        assertThatThrownBy(() -> draft().invite(List.of(LIU, LIU), CUTOFF, T0)).hasMessage("submission.coSigners.duplicate");
        assertThatThrownBy(() -> draft().invite(List.of(), CUTOFF, T0)).hasMessage("submission.coSigners.none");
        assertThatThrownBy(() -> draft().invite(List.of(LIU), T0, T0)).hasMessage("submission.cutoff.past");
        Submission empty = Submission.draft(LEAD, 10, new Submission.Text("标题", "", null, null), T0);
        assertThatThrownBy(() -> empty.invite(List.of(LIU), CUTOFF, T0)).hasMessage("submission.incomplete.content");
        assertThatThrownBy(() -> empty.submit(T0)).hasMessage("submission.incomplete.content");
        assertThat(empty.status()).isEqualTo(Submission.Status.DRAFT);
    }

    @Test
    @DisplayName("收回邀请回到草稿，原邀请作废")
    void recallVoidsTheInvitations() {
        Submission s = inviting();
        s.answer(LIU, true, T0);
        s.recall(T0);
        assertThat(s.status()).isEqualTo(Submission.Status.DRAFT);
        assertThat(s.invitations()).isEmpty();
        assertThat(s.cosignCutoff()).isNull();
    }

    @Test
    @DisplayName("受理、不予受理（可转来信）只对待受理的建议；重复决定被拒绝")
    void theOfficeDecidesOnceOnASubmittedOne() {
        Submission s = draft();
        assertThatThrownBy(() -> s.registerAs(5, "clerk", T0)).isInstanceOf(IllegalTransitionException.class);
        s.submit(T0);
        s.decline(NonAdmissibleReason.PERSONAL_MATTER, "属于个人问题", true, "clerk", T0);
        assertThat(s.status()).isEqualTo(Submission.Status.LETTER);
        assertThatThrownBy(() -> s.registerAs(5, "clerk", T0)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> s.decline(NonAdmissibleReason.NO_REAL_CONTENT, "x", false, "clerk", T0))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    @DisplayName("撤回：单独提出的立即撤回；联名的须全体联名代表同意，未被邀请或谢绝的代表不能表态")
    void withdrawalNeedsEveryCoSigner() {
        Submission alone = draft();
        alone.submit(T0);
        assertThat(alone.requestWithdrawal("情况已解决", T0)).isTrue();
        assertThat(alone.status()).isEqualTo(Submission.Status.WITHDRAWN);

        Submission joint = inviting();
        joint.answer(LIU, true, T0);
        joint.answer(XIONG, false, T0);
        joint.submit(T0);
        joint.registerAs(7, "clerk", T0);
        assertThat(joint.requestWithdrawal("情况已解决", T0)).isFalse();
        assertThat(joint.isWithdrawalRequested()).isTrue();
        assertThatThrownBy(() -> joint.requestWithdrawal("再次", T0)).hasMessage("submission.withdrawal.pending");
        assertThatThrownBy(() -> joint.consentToWithdrawal(XIONG, T0)).hasMessage("submission.withdrawal.notCoSigner");
        assertThat(joint.consentToWithdrawal(LIU, T0)).isTrue();
        assertThat(joint.status()).isEqualTo(Submission.Status.WITHDRAWN);
        assertThat(joint.withdrawnAt()).isEqualTo(T0);
    }

    @Test
    @DisplayName("取消撤回申请清除已有的同意")
    void cancellingAWithdrawalClearsTheConsents() {
        Submission joint = inviting();
        joint.answer(LIU, true, T0);
        joint.answer(XIONG, true, T0);
        joint.submit(T0);
        joint.requestWithdrawal("情况已解决", T0);
        joint.consentToWithdrawal(LIU, T0);
        joint.cancelWithdrawal();
        assertThat(joint.isWithdrawalRequested()).isFalse();
        assertThat(joint.invitations()).noneMatch(Invitation::hasConsentedToWithdrawal);
        assertThatThrownBy(() -> joint.consentToWithdrawal(XIONG, T0)).hasMessage("submission.withdrawal.none");
    }
}
