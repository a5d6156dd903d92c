package cn.jianyi.feedback;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.handling.RoundFeedback;
import cn.jianyi.identity.Directory;

/** The deputies' answers to a reply, for the handling module's drafting page of the next round (ADR 0045). */
@Component
@Transactional(readOnly = true)
class FeedbackForDrafting implements RoundFeedback {

    private final FeedbackManagement feedback;
    private final Directory directory;

    FeedbackForDrafting(FeedbackManagement feedback, Directory directory) {
        this.feedback = feedback;
        this.directory = directory;
    }

    @Override
    public List<Answer> answersTo(long replyId) {
        return feedback.ofReply(replyId).stream()
                .map(f -> new Answer(directory.deputy(f.deputyId()).name(), name(f.satisfaction()),
                        name(f.resultRating()), name(f.attitudeRating()), f.comment(), f.givenOn()))
                .toList();
    }

    private static String name(Satisfaction satisfaction) {
        return satisfaction == null ? null : satisfaction.name();
    }
}
