package cn.jianyi.feedback;

import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.jianyi.handling.FeedbackFormAnswers;
import cn.jianyi.handling.ReplyLetter;
import cn.jianyi.identity.Directory;

/** Ticks the deputy's choice on a reply's printed feedback form (the answer that counts, after any correction). */
@Component
class FeedbackAnswersOnLetters implements FeedbackFormAnswers {

    private final FeedbackRepository feedbacks;
    private final Directory directory;

    FeedbackAnswersOnLetters(FeedbackRepository feedbacks, Directory directory) {
        this.feedbacks = feedbacks;
        this.directory = directory;
    }

    @Override
    public Optional<ReplyLetter.FormAnswer> answerFor(long replyId) {
        return Feedback.current(feedbacks.findByReplyIdOrderById(replyId)).stream().findFirst()
                .map(f -> new ReplyLetter.FormAnswer(f.satisfaction().name(), directory.deputy(f.deputyId()).name(),
                        f.givenOn()));
    }
}
