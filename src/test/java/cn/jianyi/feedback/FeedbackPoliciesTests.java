package cn.jianyi.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

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
    void closingNeedsAnAcceptingAnswer() {
        var suggestion = cn.jianyi.suggestion.SuggestionFixtures.replied();
        assertThat(FeedbackPolicies.closableAfterFeedback(suggestion, Optional.empty()))
                .isInstanceOfSatisfying(Decision.Rejected.class,
                        r -> assertThat(r.reasonKey()).isEqualTo("feedback.close.noFeedback"));
        assertThat(FeedbackPolicies.closableAfterFeedback(suggestion, Optional.of(answer(Satisfaction.DISSATISFIED))))
                .isInstanceOfSatisfying(Decision.Rejected.class,
                        r -> assertThat(r.reasonKey()).isEqualTo("feedback.close.dissatisfied"));
        assertThat(FeedbackPolicies.closableAfterFeedback(suggestion,
                Optional.of(answer(Satisfaction.BASICALLY_SATISFIED)))).isInstanceOf(Decision.Allowed.class);
        assertThat(FeedbackPolicies.closableAfterFeedback(cn.jianyi.suggestion.SuggestionFixtures.assigned(),
                Optional.of(answer(Satisfaction.SATISFIED))))
                .isInstanceOfSatisfying(Decision.Rejected.class,
                        r -> assertThat(r.reasonKey()).isEqualTo("feedback.close.notReplied"));
    }

    @Test
    void onlyTheLeadDeputyAnswersAndOnlyAfterAReply() {
        var replied = cn.jianyi.suggestion.SuggestionFixtures.replied();
        assertThat(FeedbackPolicies.onlyLeadDeputyAnswers(replied, 7)).isInstanceOf(Decision.Allowed.class);
        assertThat(FeedbackPolicies.onlyLeadDeputyAnswers(replied, 8)).isInstanceOf(Decision.Rejected.class);
        assertThat(FeedbackPolicies.caseHasBeenReplied(cn.jianyi.suggestion.SuggestionFixtures.assigned()))
                .isInstanceOf(Decision.Rejected.class);
    }

    private static Feedback answer(Satisfaction satisfaction) {
        return new Feedback(1L, 1L, 1L, 1, 7L, satisfaction, satisfaction, Satisfaction.SATISFIED, null, LocalDate.of(2024, 6, 28), "deputy", Instant.EPOCH);
    }
}
