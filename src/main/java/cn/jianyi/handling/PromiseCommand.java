package cn.jianyi.handling;

import java.time.LocalDate;

import cn.jianyi.shared.Actor;
import cn.jianyi.shared.RuleViolation;

/**
 * 登记办理承诺 on the unit's draft reply: what (required, stripped), by when (required; the service checks it lies
 * after today, which needs the clock).
 */
public record PromiseCommand(long replyId, long unitId, String description, LocalDate dueOn, Actor actor) {

    public PromiseCommand {
        if (description == null || description.isBlank()) {
            throw RuleViolation.onField("description", "handling.commitment.descriptionRequired");
        }
        if (dueOn == null) {
            throw RuleViolation.onField("dueOn", "handling.commitment.dueRequired");
        }
        description = description.strip();
    }
}
