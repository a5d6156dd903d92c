package cn.jianyi.handling;

/**
 * 审核分类: the congress or supervision office confirmed or changed the class of a signed reply (ADR 0031). Published
 * in the act's transaction; the statistics projection (the effective class) is updated inside it.
 */
public record ReplyClassReviewed(long replyId, long suggestionId, ResolutionCategory classification, boolean changed,
                                 String actorUsername) {
}
