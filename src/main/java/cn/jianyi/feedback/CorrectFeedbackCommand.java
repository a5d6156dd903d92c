package cn.jianyi.feedback;

import java.time.LocalDate;

import cn.jianyi.shared.Actor;
import cn.jianyi.shared.ClientInfo;
import cn.jianyi.shared.RuleViolation;

/**
 * The deputy corrects their own answer: a new record with the corrected ratings and the reason for the correction,
 * superseding the earlier one (both kept).
 */
public record CorrectFeedbackCommand(long feedbackId, long deputyId, Satisfaction satisfaction,
                                     Satisfaction resultRating, Satisfaction attitudeRating, String comment,
                                     LocalDate givenOn, String correctionReason, Actor actor, ClientInfo client) {

    /** The reason for the correction is required (stripped). */
    public CorrectFeedbackCommand {
        if (correctionReason == null || correctionReason.isBlank()) {
            throw RuleViolation.onField("correctionReason", "feedback.correction.reasonRequired");
        }
        correctionReason = correctionReason.strip();
    }
}
