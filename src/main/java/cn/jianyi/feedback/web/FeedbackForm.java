package cn.jianyi.feedback.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.feedback.SubmitFeedbackCommand;
import cn.jianyi.shared.Actor;
import cn.jianyi.shared.ClientInfo;

/** 征询意见表 as the deputy fills it in online. */
record FeedbackForm(
        @NotNull(message = "{validation.select}") Satisfaction satisfaction,
        @NotNull(message = "{validation.select}") Satisfaction resultRating,
        @NotNull(message = "{validation.select}") Satisfaction attitudeRating,
        @Size(max = 1000, message = "{validation.tooLong}") String comment,
        @NotNull(message = "{validation.required}") @PastOrPresent(message = "{validation.date.future}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate givenOn) {

    SubmitFeedbackCommand toCommand(long suggestionId, long deputyId, Actor actor, ClientInfo client) {
        return new SubmitFeedbackCommand(suggestionId, deputyId, satisfaction, resultRating, attitudeRating, comment,
                givenOn, actor, client);
    }
}
