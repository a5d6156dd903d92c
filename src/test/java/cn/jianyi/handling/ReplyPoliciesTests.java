package cn.jianyi.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.jianyi.shared.Decision;

class ReplyPoliciesTests {

    @Test
    void replyCannotBeSignedBeforeTheCaseWasAssigned() {
        LocalDate assigned = LocalDate.of(2024, 3, 5);
        assertThat(ReplyPolicies.signedOnOrAfterAssignment(assigned, assigned)).isInstanceOf(Decision.Allowed.class);
        assertThat(ReplyPolicies.signedOnOrAfterAssignment(assigned.minusDays(1), assigned))
                .isInstanceOfSatisfying(Decision.Rejected.class,
                        r -> assertThat(r.reasonKey()).isEqualTo("handling.reply.signedBeforeAssignment"));
    }
}
