package cn.jianyi.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.jianyi.shared.Decision;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionFixtures;

/** Cases come from {@link SuggestionFixtures}: lead unit 1, co-unit 2, reached by real transitions. */
class ReplyPoliciesTests {

    @Test
    void replyCannotBeSignedBeforeTheCaseWasAssigned() {
        LocalDate assigned = LocalDate.of(2024, 3, 5);
        assertThat(ReplyPolicies.signedOnOrAfterAssignment(assigned, assigned)).isInstanceOf(Decision.Allowed.class);
        assertThat(ReplyPolicies.signedOnOrAfterAssignment(assigned.minusDays(1), assigned))
                .isInstanceOfSatisfying(Decision.Rejected.class,
                        r -> assertThat(r.reasonKey()).isEqualTo("handling.reply.signedBeforeAssignment"));
    }

    @Test
    void onlyTheLeadUnitReplies() {
        Suggestion assigned = SuggestionFixtures.inStatus(Suggestion.Status.ASSIGNED);
        assertThat(ReplyPolicies.onlyLeadUnitReplies(assigned, 1)).isInstanceOf(Decision.Allowed.class);
        assertThat(ReplyPolicies.onlyLeadUnitReplies(assigned, 2)).as("co-unit")
                .isInstanceOfSatisfying(Decision.Rejected.class,
                        r -> assertThat(r.reasonKey()).isEqualTo("handling.reply.notLeadUnit"));
        assertThat(ReplyPolicies.onlyLeadUnitReplies(assigned, 3)).as("unit not on the case")
                .isInstanceOf(Decision.Rejected.class);
    }

    @ParameterizedTest
    @EnumSource(Suggestion.Status.class)
    void repliesAreWrittenOnlyWhileTheCaseIsInHandling(Suggestion.Status status) {
        Decision decision = ReplyPolicies.caseIsInHandling(SuggestionFixtures.inStatus(status));
        if (status == Suggestion.Status.ASSIGNED || status == Suggestion.Status.REHANDLING) {
            assertThat(decision).isInstanceOf(Decision.Allowed.class);
        } else {
            assertThat(decision).isInstanceOfSatisfying(Decision.Rejected.class,
                    r -> assertThat(r.reasonKey()).isEqualTo("handling.reply.caseNotInHandling"));
        }
    }

    @org.junit.jupiter.api.Test
    void missingUnitDataIsListedInOneMessage() {
        var complete = new cn.jianyi.identity.HandlingUnit(1L, "南昌市新建区卫生健康委员会", "区卫健委", "新卫提字",
                "83752009", "330100", null, null, true, null, null);
        assertThat(ReplyPolicies.unitReadyForLetters(complete)).isInstanceOf(Decision.Allowed.class);
        var incomplete = new cn.jianyi.identity.HandlingUnit(2L, "南昌市新建区民政局", "区民政局", "新民提字", " ", "",
                null, null, true, null, null);
        assertThat(ReplyPolicies.unitReadyForLetters(incomplete)).isInstanceOfSatisfying(Decision.Rejected.class, r -> {
            assertThat(r.reasonKey()).isEqualTo("handling.sign.unitIncomplete");
            assertThat(r.args()).containsExactly("区民政局", "联系电话、邮政编码");
        });
    }
}
