package cn.jianyi.suggestion;

/**
 * 并案: a registered suggestion was merged into another of the same meeting, which is handled for both (ADR 0031).
 * Published in the act's transaction; the merged suggestion's deputies are notified and the statistics projection
 * updated inside it.
 *
 * @param suggestionId the suggestion merged away
 * @param targetId     the suggestion it was merged into
 * @param targetNumber that suggestion's number in the meeting
 */
public record CaseMerged(long suggestionId, long targetId, int targetNumber, String actorUsername) {
}
