package cn.jianyi.assignment;

import java.time.LocalDate;

/**
 * 同意/不同意延期: the congress office decided on a unit's extension request (ADR 0031). Published in the act's
 * transaction. A refusal notifies the unit inside it; an approval moves the deadline, which the case file announces
 * as {@link cn.jianyi.suggestion.UnitDeadlineMoved} (that is what the unit is told).
 *
 * @param dueOn the unit's deadline after the decision
 * @param note  the office's reason (required when refused; {@code null} when none)
 */
public record ExtensionDecided(long suggestionId, long unitId, boolean approved, LocalDate dueOn, String note,
                               String actorUsername) {
}
