package cn.jianyi.handling;

/**
 * 协办意见: a co-unit sent its written opinion to the lead unit (ADR 0045). Published in the act's transaction after
 * the timeline line; the lead unit's handlers are notified in it.
 */
public record CoUnitOpinionGiven(long opinionId, long suggestionId, long unitId, String actorUsername) {
}
