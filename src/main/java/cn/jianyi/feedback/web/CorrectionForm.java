package cn.jianyi.feedback.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.jianyi.feedback.CorrectFeedbackCommand;
import cn.jianyi.feedback.Feedback;
import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.shared.Actor;
import cn.jianyi.shared.ClientInfo;

/** The deputy's corrected answer and why; online, so dated the day it is given (no date to fill in). */
record CorrectionForm(
        @NotNull(message = "{validation.select}") Satisfaction satisfaction,
        @NotNull(message = "{validation.select}") Satisfaction resultRating,
        @NotNull(message = "{validation.select}") Satisfaction attitudeRating,
        @Size(max = 1000, message = "{validation.tooLong}") String comment,
        @Size(max = 500, message = "{validation.tooLong}") String correctionReason) {

    /** Starts from the answer being corrected. */
    static CorrectionForm of(Feedback answer) {
        return new CorrectionForm(answer.satisfaction(), answer.resultRating(), answer.attitudeRating(),
                answer.comment(), null);
    }

    /** The corrected answer, dated {@code today}. */
    CorrectFeedbackCommand toCommand(long feedbackId, long deputyId, LocalDate today, Actor actor, ClientInfo client) {
        return new CorrectFeedbackCommand(feedbackId, deputyId, satisfaction, resultRating, attitudeRating, comment,
                today, correctionReason, actor, client);
    }
}
