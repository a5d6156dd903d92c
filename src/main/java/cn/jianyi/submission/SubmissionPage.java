package cn.jianyi.submission;

import java.time.Instant;
import java.util.List;

import cn.jianyi.suggestion.MeetingView;

/**
 * Everything the submission page shows, and which acts the viewer may perform on it now.
 *
 * @param invitations  each invited deputy's answer, with their name
 * @param history      the submission's history, oldest first
 * @param suggestionNumber the number of the registered case, or {@code null}
 */
public record SubmissionPage(Submission submission, MeetingView meeting, String leadDeputyName,
                             List<InvitationRow> invitations, List<SubmissionEvent> history,
                             Integer suggestionNumber, Actions actions, Instant now,
                             java.time.ZoneId zone) {

    /** An invited deputy, their answer and their consent to a withdrawal. */
    public record InvitationRow(String name, Invitation invitation) {
    }

    /**
     * What the viewer may do now.
     *
     * @param answer            accept or decline their own invitation (before the cut-off)
     * @param consentWithdrawal agree to the lead deputy's withdrawal request
     * @param decide            register or decline (the congress office)
     */
    public record Actions(boolean edit, boolean invite, boolean recall, boolean submit, boolean discard,
                          boolean answer, boolean requestWithdrawal, boolean consentWithdrawal,
                          boolean cancelWithdrawal, boolean decide) {

        public boolean any() {
            return edit || invite || recall || submit || discard || answer || requestWithdrawal || consentWithdrawal
                    || cancelWithdrawal || decide;
        }
    }

    /** The cut-off as people say it: the last day, until midnight (2024-01-15 24:00). */
    public String cutoffLabel() {
        return submission.cosignCutoff() == null ? null
                : java.time.LocalDate.ofInstant(submission.cosignCutoff().minusSeconds(1), zone) + " 24:00";
    }

    /** Whether the co-signers' cut-off has passed. */
    public boolean isCosignClosed() {
        return submission.cosignCutoff() != null && !now.isBefore(submission.cosignCutoff());
    }
}
