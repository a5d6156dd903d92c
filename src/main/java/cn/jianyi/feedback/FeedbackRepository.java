package cn.jianyi.feedback;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface FeedbackRepository extends ListCrudRepository<Feedback, Long> {

    List<Feedback> findBySuggestionIdOrderById(Long suggestionId);

    Optional<Feedback> findByReplyIdAndDeputyId(Long replyId, Long deputyId);

    Optional<Feedback> findFirstByReplyIdOrderByIdAsc(Long replyId);
}
