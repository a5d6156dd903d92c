package cn.jianyi.feedback;

/** How a feedback record came in: the deputy online, or a paper form recorded by the office from its scan. */
public enum FeedbackChannel {
    ONLINE, PAPER
}
