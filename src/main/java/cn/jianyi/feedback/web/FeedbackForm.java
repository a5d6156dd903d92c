package cn.jianyi.feedback.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.feedback.SubmitFeedbackCommand;
import cn.jianyi.shared.Actor;
import cn.jianyi.shared.ClientInfo;

/** 征询意见表 as the deputy fills it in online: no date to fill in, the answer is dated the day it is given. */
record FeedbackForm(
        @NotNull(message = "{validation.select}") Satisfaction satisfaction,
        @NotNull(message = "{validation.select}") Satisfaction resultRating,
        @NotNull(message = "{validation.select}") Satisfaction attitudeRating,
        @Size(max = 1000, message = "{validation.tooLong}") String comment) {

    /** The answer, dated {@code today}. */
    SubmitFeedbackCommand toCommand(long suggestionId, long deputyId, LocalDate today, Actor actor, ClientInfo client) {
        return new SubmitFeedbackCommand(suggestionId, deputyId, satisfaction, resultRating, attitudeRating, comment,
                today, actor, client);
    }
}
