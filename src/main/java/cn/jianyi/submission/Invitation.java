package cn.jianyi.submission;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A deputy invited to co-sign (联名) a submission, and their answer; later also their consent to its withdrawal.
 *
 * @param answeredAt            when they accepted or declined, {@code null} while invited
 * @param withdrawalConsentedAt when they agreed to withdraw the suggestion, {@code null} if they have not
 */
@Table("submission_invitations")
public record Invitation(Long deputyId, Status status, Instant answeredAt, Instant withdrawalConsentedAt) {

    /** The co-signer's answer. */
    public enum Status {
        /** 待确认. */
        INVITED,
        /** 已同意联名. */
        ACCEPTED,
        /** 已谢绝. */
        DECLINED,
        /** 逾期未确认: the suggestion was submitted after the cut-off without their answer. */
        LAPSED
    }

    static Invitation invite(long deputyId) {
        return new Invitation(deputyId, Status.INVITED, null, null);
    }

    Invitation answer(boolean accepted, Instant at) {
        return new Invitation(deputyId, accepted ? Status.ACCEPTED : Status.DECLINED, at, null);
    }

    Invitation lapse() {
        return new Invitation(deputyId, Status.LAPSED, null, null);
    }

    Invitation consentToWithdrawal(Instant at) {
        return new Invitation(deputyId, status, answeredAt, at);
    }

    Invitation withoutWithdrawalConsent() {
        return new Invitation(deputyId, status, answeredAt, null);
    }

    public boolean isPending() {
        return status == Status.INVITED;
    }

    public boolean isCoSigner() {
        return status == Status.ACCEPTED;
    }

    public boolean hasConsentedToWithdrawal() {
        return withdrawalConsentedAt != null;
    }
}
