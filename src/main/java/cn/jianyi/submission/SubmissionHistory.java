package cn.jianyi.submission;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.shared.Actor;

/**
 * The append-only history of each submission, inserted in the transaction of the act it records; each line is also
 * published as a {@link SubmissionChanged} event.
 */
@Component
class SubmissionHistory {

    private static final int REMARK_LENGTH = 500;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    SubmissionHistory(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void record(Submission submission, SubmissionAction action, Actor actor, Instant at, String remark) {
        String shortened = remark == null || remark.length() <= REMARK_LENGTH ? remark
                : remark.substring(0, REMARK_LENGTH - 1) + "…";
        jdbc.sql("""
                        insert into submission_events (submission_id, occurred_at, action, actor_username, actor_name, remark)
                        values (:submission, :at, :action, :username, :name, :remark)""")
                .param("submission", submission.id())
                .param("at", Timestamp.from(at))
                .param("action", action.name())
                .param("username", actor.username())
                .param("name", actor.displayName())
                .param("remark", shortened)
                .update();
        events.publishEvent(new SubmissionChanged(submission.id(), action, submission.title(),
                submission.leadDeputyId(), submission.invitations().stream().map(Invitation::deputyId).toList(),
                submission.suggestionId(), actor.username(), actor.displayName(), at, shortened));
    }

    List<SubmissionEvent> of(long submissionId) {
        return jdbc.sql("select * from submission_events where submission_id = :id order by id")
                .param("id", submissionId)
                .query((rs, n) -> new SubmissionEvent(rs.getLong("id"), rs.getLong("submission_id"),
                        rs.getTimestamp("occurred_at").toInstant(), SubmissionAction.valueOf(rs.getString("action")),
                        rs.getString("actor_username"), rs.getString("actor_name"), rs.getString("remark")))
                .list();
    }
}
