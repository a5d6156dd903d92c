package cn.jianyi.feedback;

/**
 * 代表评价: a deputy's feedback form on a reply was recorded, online, from a paper form, or as a correction of an
 * earlier answer (ADR 0031). Published by the feedback module in the act's transaction, after the timeline line;
 * inside that transaction the answering units are notified (without the rating) and the statistics projection is
 * updated.
 *
 * @param correction whether this form supersedes the deputy's earlier answer
 */
public record FeedbackGiven(long feedbackId, long suggestionId, long replyId, int round, long deputyId,
                            Satisfaction satisfaction, FeedbackChannel channel, boolean correction,
                            String actorUsername) {
}
