package cn.jianyi.feedback;

import java.time.LocalDate;

import cn.jianyi.shared.Actor;

/** The deputy's answer to the feedback form of the case's latest reply. */
public record SubmitFeedbackCommand(long suggestionId, long deputyId, Satisfaction satisfaction, String comment,
                                    LocalDate givenOn, Actor actor) {
}
