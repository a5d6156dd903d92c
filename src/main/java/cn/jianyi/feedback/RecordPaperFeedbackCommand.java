package cn.jianyi.feedback;

import java.time.LocalDate;

import cn.jianyi.handling.AttachmentUpload;
import cn.jianyi.shared.Actor;
import cn.jianyi.shared.RuleViolation;

/** The office records a deputy's paper 征询意见表 as the deputy marked it, with the form's scan. */
public record RecordPaperFeedbackCommand(long suggestionId, Long deputyId, Satisfaction satisfaction,
                                         Satisfaction resultRating, Satisfaction attitudeRating, String comment,
                                         LocalDate givenOn, AttachmentUpload scan, Actor actor) {

    /** The deputy and a non-empty scan are required; the scan's type and size are checked by the service. */
    public RecordPaperFeedbackCommand {
        if (deputyId == null) {
            throw RuleViolation.onField("deputyId", "feedback.paper.deputyRequired");
        }
        if (scan == null || scan.content().length == 0) {
            throw RuleViolation.onField("scan", "feedback.paper.scanRequired");
        }
    }
}
