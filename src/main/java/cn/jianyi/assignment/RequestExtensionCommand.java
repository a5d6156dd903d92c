package cn.jianyi.assignment;

import java.time.LocalDate;

import cn.jianyi.shared.Actor;
import cn.jianyi.shared.RuleViolation;

/** 申请延期: the date the unit asks for (required) and its reasons (required, kept without surrounding blanks). */
public record RequestExtensionCommand(long suggestionId, long unitId, LocalDate requestedDueOn, String reason,
                                      Actor actor) {

    public RequestExtensionCommand {
        if (requestedDueOn == null) {
            throw RuleViolation.onField("requestedDueOn", "assignment.extension.dateRequired");
        }
        reason = UnitRequests.reasonGiven(reason);
    }
}
