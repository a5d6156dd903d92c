package cn.jianyi.publication;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.feedback.Feedback;
import cn.jianyi.feedback.FeedbackGiven;
import cn.jianyi.feedback.FeedbackManagement;
import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.rules.RuleSetSaved;
import cn.jianyi.rules.RuleSets;
import cn.jianyi.suggestion.SuggestionManagement;

/**
 * The deputy's rating (满意度) on public copies, where the congress's rules publish it ({@code PublicDisclosure}):
 * the lead deputy's current answer to the published reply. Set when the copy is written, kept current in the
 * feedback's own transaction (a rating, a paper form, a correction), and set or cleared on every copy of a congress
 * when its rules are saved. Where the rules do not publish ratings the public table holds none.
 */
@Component
class PublicRatings {

    private final FeedbackManagement feedback;
    private final SuggestionManagement cases;
    private final RuleSets ruleSets;
    private final PublicCopyStore copies;
    private final JdbcClient jdbc;

    PublicRatings(FeedbackManagement feedback, SuggestionManagement cases, RuleSets ruleSets, PublicCopyStore copies,
                  JdbcClient jdbc) {
        this.feedback = feedback;
        this.cases = cases;
        this.ruleSets = ruleSets;
        this.copies = copies;
        this.jdbc = jdbc;
    }

    /** The lead deputy's current answer to the reply, or null if not (yet) given. */
    Satisfaction current(long replyId, long leadDeputyId) {
        return feedback.ofReply(replyId).stream().filter(f -> f.deputyId() == leadDeputyId)
                .map(Feedback::satisfaction).findFirst().orElse(null);
    }

    @EventListener
    void on(FeedbackGiven event) {
        List<Long> meeting = jdbc.sql("select meeting_id from published_copies where reply_id = :reply")
                .param("reply", event.replyId()).query(Long.class).list();
        if (meeting.isEmpty() || !ruleSets.forMeeting(meeting.get(0)).disclosure().satisfaction()) {
            return;
        }
        copies.rate(event.replyId(), current(event.replyId(), cases.get(event.suggestionId()).leadDeputyId()));
    }

    @EventListener
    @Transactional
    void on(RuleSetSaved event) {
        List<cn.jianyi.rules.RuleSet> versions = ruleSets.history(event.congressId());
        boolean shown = versions.get(0).disclosure().satisfaction();
        boolean shownBefore = versions.size() > 1 && versions.get(1).disclosure().satisfaction();
        if (shown == shownBefore) {
            return;                                  // the setting did not change: the copies are current
        }
        if (!shown) {
            copies.clearRatings(event.congressId());
            return;
        }
        record Copy(long replyId, long suggestionId) {
        }
        List<Copy> published = jdbc.sql("select reply_id, suggestion_id from published_copies"
                        + " where congress_id = :congress")
                .param("congress", event.congressId())
                .query((rs, n) -> new Copy(rs.getLong(1), rs.getLong(2))).list();
        for (Copy c : published) {
            copies.rate(c.replyId(), current(c.replyId(), cases.get(c.suggestionId()).leadDeputyId()));
        }
    }
}
