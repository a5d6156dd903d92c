package cn.jianyi.handling;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface CommitmentRepository extends ListCrudRepository<Commitment, Long> {

    List<Commitment> findBySuggestionIdOrderByDueOnAscIdAsc(Long suggestionId);

    List<Commitment> findByReplyIdOrderById(Long replyId);

    List<Commitment> findByStatusOrderByDueOnAscIdAsc(Commitment.Status status);
}
