package cn.jianyi.handling;

import java.util.Optional;

/**
 * The deputy's answer on a reply's feedback form. Owned here, implemented by the feedback module, so the letter can
 * show the ticked box without handling depending on feedback.
 */
public interface FeedbackFormAnswers {

    Optional<ReplyLetter.FormAnswer> answerFor(long replyId);
}
