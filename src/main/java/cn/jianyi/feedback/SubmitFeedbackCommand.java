package cn.jianyi.feedback;

import java.time.LocalDate;

import cn.jianyi.shared.Actor;
import cn.jianyi.shared.ClientInfo;
import cn.jianyi.shared.RuleViolation;

/**
 * The deputy's answer to the feedback form of the case's latest reply: overall, 办理结果 and 办理态度.
 *
 * @param client where the answer was submitted from; {@code null} when it did not come through the web (seeding)
 */
public record SubmitFeedbackCommand(long suggestionId, long deputyId, Satisfaction satisfaction,
                                    Satisfaction resultRating, Satisfaction attitudeRating, String comment,
                                    LocalDate givenOn, Actor actor, ClientInfo client) {

    /** Both ratings are required; the service checks the date against the clock and the reply. */
    public SubmitFeedbackCommand {
        if (resultRating == null) {
            throw RuleViolation.onField("resultRating", "feedback.rating.required");
        }
        if (attitudeRating == null) {
            throw RuleViolation.onField("attitudeRating", "feedback.rating.required");
        }
    }

    /** An answer that did not come through the web. */
    public SubmitFeedbackCommand(long suggestionId, long deputyId, Satisfaction satisfaction,
                                 Satisfaction resultRating, Satisfaction attitudeRating, String comment,
                                 LocalDate givenOn, Actor actor) {
        this(suggestionId, deputyId, satisfaction, resultRating, attitudeRating, comment, givenOn, actor, null);
    }
}
