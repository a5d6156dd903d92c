package cn.jianyi.suggestion;

/**
 * 撤回: the deputies withdrew a suggestion before 交办 (ADR 0031). Published in the act's transaction; the statistics
 * projection listens inside it.
 */
public record CaseWithdrawn(long suggestionId, String reason, String actorUsername) {
}
