package cn.jianyi.suggestion;

import java.time.LocalDate;

/**
 * A unit's reply deadline moved: an approved extension, or a calendar change that recounted it (ADR 0031). Published
 * in the act's transaction; the unit is notified and the statistics projection updated inside it.
 *
 * @param reason why it moved, as the office or the system wrote it (shown to the unit)
 */
public record UnitDeadlineMoved(long suggestionId, long unitId, LocalDate dueOn, String reason, String actorUsername) {
}
