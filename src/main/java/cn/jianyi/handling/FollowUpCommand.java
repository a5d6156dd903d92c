package cn.jianyi.handling;

import java.time.LocalDate;

import cn.jianyi.shared.Actor;
import cn.jianyi.shared.RuleViolation;

/**
 * 再次答复 (fulfilled) or 说明情况 on an open commitment of the unit: an outcome other than open, a text (stripped) and
 * a date are required; the service checks the date against the clock and the reply.
 */
public record FollowUpCommand(long commitmentId, long unitId, Commitment.Status outcome, String text, LocalDate on,
                              Actor actor) {

    public FollowUpCommand {
        if (outcome == null || outcome == Commitment.Status.OPEN) {
            throw RuleViolation.onField("outcome", "handling.followUp.outcomeRequired");
        }
        if (text == null || text.isBlank()) {
            throw RuleViolation.onField("text", "handling.followUp.textRequired");
        }
        if (on == null) {
            throw RuleViolation.onField("on", "handling.followUp.dateRequired");
        }
        text = text.strip();
    }
}
