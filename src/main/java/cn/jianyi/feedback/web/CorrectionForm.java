package cn.jianyi.feedback.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.jianyi.feedback.CorrectFeedbackCommand;
import cn.jianyi.feedback.Feedback;
import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.shared.Actor;
import cn.jianyi.shared.ClientInfo;

/** The deputy's corrected answer and why. */
record CorrectionForm(
        @NotNull(message = "{validation.select}") Satisfaction satisfaction,
        @NotNull(message = "{validation.select}") Satisfaction resultRating,
        @NotNull(message = "{validation.select}") Satisfaction attitudeRating,
        @Size(max = 1000, message = "{validation.tooLong}") String comment,
        @NotNull(message = "{validation.required}") @PastOrPresent(message = "{validation.date.future}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate givenOn,
        @Size(max = 500, message = "{validation.tooLong}") String correctionReason) {

    /** Starts from the answer being corrected. */
    static CorrectionForm of(Feedback answer, LocalDate today) {
        return new CorrectionForm(answer.satisfaction(), answer.resultRating(), answer.attitudeRating(),
                answer.comment(), today, null);
    }

    CorrectFeedbackCommand toCommand(long feedbackId, long deputyId, Actor actor, ClientInfo client) {
        return new CorrectFeedbackCommand(feedbackId, deputyId, satisfaction, resultRating, attitudeRating, comment,
                givenOn, correctionReason, actor, client);
    }
}
