package cn.jianyi.assignment;

/**
 * 同意/不同意退回: the congress office decided on a unit's return request (ADR 0031). Published in the act's
 * transaction; the unit that asked is notified inside it. An approval is followed, in the same transaction, by
 * {@link cn.jianyi.suggestion.UnitReplaced} for the unit taking over.
 *
 * @param note the office's reason (required when refused, optional when approved; {@code null} when none)
 */
public record ReturnDecided(long suggestionId, long unitId, boolean approved, String note, String actorUsername) {
}
