package cn.jianyi.handling;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface CommitmentRepository extends ListCrudRepository<Commitment, Long> {

    List<Commitment> findBySuggestionIdOrderByDueOnAscIdAsc(Long suggestionId);

    List<Commitment> findByReplyIdOrderById(Long replyId);

    /** Open commitments of signed replies (a draft's commitments are not promised yet), soonest due first. */
    @Query("""
            select c.* from commitments c join replies r on r.id = c.reply_id
             where c.status = 'OPEN' and r.status = 'SIGNED'
             order by c.due_on, c.id""")
    List<Commitment> findOpenOfSignedReplies();
}
