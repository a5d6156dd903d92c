package cn.jianyi.handling;

/**
 * 送签: a handler submitted the unit's draft reply to its head (ADR 0045). Published in the act's transaction after
 * the timeline line; the unit's heads are notified in it.
 */
public record DraftSubmitted(long replyId, long suggestionId, long unitId, int round, String actorUsername) {
}
