package cn.jianyi.handling;

/**
 * 退回修改 ({@code returned}) or a comment without return: the unit's head wrote on its draft reply (ADR 0045).
 * Published in the act's transaction after the timeline line; the unit's handlers are notified in it, with the
 * comment.
 */
public record DraftReturned(long replyId, long suggestionId, long unitId, int round, boolean returned, String comment,
                            String actorUsername) {
}
