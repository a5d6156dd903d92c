package cn.jianyi.handling;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The commitments a later round's reply carries from the replies before it (ADR 0045): a link, not a copy, so one
 * commitment keeps one status.
 */
@Component
class ReplyCommitmentLinks {

    private final JdbcClient jdbc;

    ReplyCommitmentLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of the commitments the reply carries, in the order they were promised. */
    List<Long> carriedBy(long replyId) {
        return jdbc.sql("select commitment_id from reply_commitments where reply_id = :reply order by commitment_id")
                .param("reply", replyId).query(Long.class).list();
    }

    /** The reply carries exactly these commitments from now on. */
    void replace(long replyId, Collection<Long> commitmentIds) {
        jdbc.sql("delete from reply_commitments where reply_id = :reply").param("reply", replyId).update();
        for (Long id : commitmentIds) {
            jdbc.sql("insert into reply_commitments (reply_id, commitment_id) values (:reply, :commitment)")
                    .param("reply", replyId).param("commitment", id).update();
        }
    }
}
