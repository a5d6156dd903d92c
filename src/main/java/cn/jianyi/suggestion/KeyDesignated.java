package cn.jianyi.suggestion;

/**
 * 列为重点督办: the case became a key item with its leading official and supervising committee (ADR 0031). Published in
 * the act's transaction; the units on the case are notified inside it.
 */
public record KeyDesignated(long suggestionId, String leader, String committee, String actorUsername) {
}
