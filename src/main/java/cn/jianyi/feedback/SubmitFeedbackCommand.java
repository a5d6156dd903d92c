package cn.jianyi.feedback;

import java.time.LocalDate;

import cn.jianyi.shared.Actor;

/** The deputy's answer to the feedback form of the case's latest reply: overall, 办理结果 and 办理态度. */
public record SubmitFeedbackCommand(long suggestionId, long deputyId, Satisfaction satisfaction,
                                    Satisfaction resultRating, Satisfaction attitudeRating, String comment,
                                    LocalDate givenOn, Actor actor) {
}
