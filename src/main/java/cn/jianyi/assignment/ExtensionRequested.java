package cn.jianyi.assignment;

import java.time.LocalDate;

/**
 * 申请延期: a unit asked for a later reply deadline (ADR 0031). Published in the act's transaction; the congress
 * office's clerks are notified inside it.
 *
 * @param dueOn          the unit's deadline now
 * @param requestedDueOn the date asked for
 */
public record ExtensionRequested(long suggestionId, long unitId, LocalDate dueOn, LocalDate requestedDueOn,
                                 String reason, String actorUsername) {
}
