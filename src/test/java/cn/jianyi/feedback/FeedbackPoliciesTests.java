package cn.jianyi.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jianyi.rules.FeedbackAnswerers;
import cn.jianyi.shared.Decision;

class FeedbackPoliciesTests {

    @Test
    void dissatisfiedNeedsAReason() {
        assertThat(FeedbackPolicies.reasonGivenWhenDissatisfied(Satisfaction.DISSATISFIED, "  "))
                .isInstanceOfSatisfying(Decision.Rejected.class,
                        r -> assertThat(r.reasonKey()).isEqualTo("feedback.comment.requiredWhenDissatisfied"));
        assertThat(FeedbackPolicies.reasonGivenWhenDissatisfied(Satisfaction.DISSATISFIED, "没有时间表"))
                .isInstanceOf(Decision.Allowed.class);
        assertThat(FeedbackPolicies.reasonGivenWhenDissatisfied(Satisfaction.SATISFIED, null))
                .isInstanceOf(Decision.Allowed.class);
    }

    @Test
    void closingNeedsAnAcceptingAnswerFromEveryRequiredDeputy() {
        var suggestion = cn.jianyi.suggestion.SuggestionFixtures.replied();
        List<Long> lead = List.of(7L);
        assertThat(FeedbackPolicies.closableAfterFeedback(suggestion, lead, List.of()))
                .isInstanceOfSatisfying(Decision.Rejected.class,
                        r -> assertThat(r.reasonKey()).isEqualTo("feedback.close.noFeedback"));
        assertThat(FeedbackPolicies.closableAfterFeedback(suggestion, lead, List.of(answer(7, Satisfaction.DISSATISFIED))))
                .isInstanceOfSatisfying(Decision.Rejected.class,
                        r -> assertThat(r.reasonKey()).isEqualTo("feedback.close.dissatisfied"));
        assertThat(FeedbackPolicies.closableAfterFeedback(suggestion, lead,
                List.of(answer(7, Satisfaction.BASICALLY_SATISFIED)))).isInstanceOf(Decision.Allowed.class);
        assertThat(FeedbackPolicies.closableAfterFeedback(suggestion, List.of(7L, 8L),
                List.of(answer(7, Satisfaction.SATISFIED))))
                .as("a co-signer who must answer has not").isInstanceOf(Decision.Rejected.class);
        assertThat(FeedbackPolicies.closableAfterFeedback(suggestion, List.of(7L, 8L),
                List.of(answer(7, Satisfaction.SATISFIED), answer(8, Satisfaction.DISSATISFIED))))
                .isInstanceOfSatisfying(Decision.Rejected.class,
                        r -> assertThat(r.reasonKey()).isEqualTo("feedback.close.dissatisfied"));
        assertThat(FeedbackPolicies.closableAfterFeedback(cn.jianyi.suggestion.SuggestionFixtures.assigned(), lead,
                List.of(answer(7, Satisfaction.SATISFIED))))
                .isInstanceOfSatisfying(Decision.Rejected.class,
                        r -> assertThat(r.reasonKey()).isEqualTo("feedback.close.notReplied"));
    }

    @Test
    void theRulesSayWhoAnswers() {
        var replied = cn.jianyi.suggestion.SuggestionFixtures.replied();
        assertThat(FeedbackPolicies.answersTheForm(List.of(7L), FeedbackAnswerers.LEAD_ONLY, 7))
                .isInstanceOf(Decision.Allowed.class);
        assertThat(FeedbackPolicies.answersTheForm(List.of(7L), FeedbackAnswerers.LEAD_ONLY, 8))
                .isInstanceOfSatisfying(Decision.Rejected.class,
                        r -> assertThat(r.reasonKey()).isEqualTo("feedback.notLeadDeputy"));
        assertThat(FeedbackPolicies.answersTheForm(List.of(7L, 8L), FeedbackAnswerers.ALL_SIGNERS, 8))
                .isInstanceOf(Decision.Allowed.class);
        assertThat(FeedbackPolicies.answersTheForm(List.of(7L, 8L), FeedbackAnswerers.ALL_SIGNERS, 9))
                .isInstanceOfSatisfying(Decision.Rejected.class,
                        r -> assertThat(r.reasonKey()).isEqualTo("feedback.notASigner"));
        assertThat(FeedbackPolicies.requiredAnswerers(replied, FeedbackAnswerers.ALL_SIGNERS)).containsExactly(7L, 8L);
        assertThat(FeedbackPolicies.caseHasBeenReplied(cn.jianyi.suggestion.SuggestionFixtures.assigned()))
                .isInstanceOf(Decision.Rejected.class);
    }

    @Test
    void reHandlingFollowsAnyDissatisfiedAnswer() {
        var replied = cn.jianyi.suggestion.SuggestionFixtures.replied();
        assertThat(FeedbackPolicies.rehandlingAfterDissatisfaction(replied,
                List.of(answer(7, Satisfaction.SATISFIED), answer(8, Satisfaction.DISSATISFIED))))
                .isInstanceOf(Decision.Allowed.class);
        assertThat(FeedbackPolicies.rehandlingAfterDissatisfaction(replied, List.of(answer(7, Satisfaction.SATISFIED))))
                .isInstanceOfSatisfying(Decision.Rejected.class,
                        r -> assertThat(r.reasonKey()).isEqualTo("feedback.rehandling.notDissatisfied"));
    }

    private static Feedback answer(long deputyId, Satisfaction satisfaction) {
        return new Feedback(1L, 1L, 1L, 1, deputyId, satisfaction, satisfaction, Satisfaction.SATISFIED, null,
                LocalDate.of(2024, 6, 28), "deputy", Instant.EPOCH, null, null, FeedbackChannel.ONLINE, null, 1, null, null, null, null);
    }
}
