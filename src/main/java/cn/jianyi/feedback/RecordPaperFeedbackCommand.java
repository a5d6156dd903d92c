package cn.jianyi.feedback;

import java.time.LocalDate;

import cn.jianyi.handling.AttachmentUpload;
import cn.jianyi.shared.Actor;

/** The office records a deputy's paper 征询意见表 as the deputy marked it, with the form's scan. */
public record RecordPaperFeedbackCommand(long suggestionId, Long deputyId, Satisfaction satisfaction,
                                         Satisfaction resultRating, Satisfaction attitudeRating, String comment,
                                         LocalDate givenOn, AttachmentUpload scan, Actor actor) {
}
