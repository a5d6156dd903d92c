package cn.jianyi.suggestion;

/**
 * 办结: the congress office closed the case (ADR 0031). Published in the act's transaction; the deputies are notified
 * and the statistics projection updated inside it.
 */
public record CaseClosed(long suggestionId, String actorUsername) {
}
