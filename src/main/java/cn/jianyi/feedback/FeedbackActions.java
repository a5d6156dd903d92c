package cn.jianyi.feedback;

/**
 * The feedback acts open to a person on a case now, answered from the decisions the feedback commands use.
 *
 * @param giveFeedback        the deputy is to answer the latest reply ({@link FeedbackManagement#submit})
 * @param correctFeedback     the deputy may correct their answer ({@link FeedbackManagement#correct})
 * @param recordPaperFeedback the office may record a paper form for a deputy still to answer
 * @param decideRehandling    the office is to decide on re-handling ({@link FeedbackManagement#sendBackForRehandling})
 * @param close               the office may close the case ({@link FeedbackManagement#close})
 */
public record FeedbackActions(boolean giveFeedback, boolean correctFeedback, boolean recordPaperFeedback,
                              boolean decideRehandling, boolean close) {

    public boolean any() {
        return giveFeedback || correctFeedback || recordPaperFeedback || decideRehandling || close;
    }
}
