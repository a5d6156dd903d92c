package cn.jianyi.feedback;

/** A deputy rated a reply. */
public record FeedbackReceived(long feedbackId, long suggestionId, long replyId, int round, long deputyId,
                               Satisfaction satisfaction) {
}
