package cn.jianyi.feedback;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface FeedbackRepository extends ListCrudRepository<Feedback, Long> {

    List<Feedback> findBySuggestionIdOrderById(Long suggestionId);

    List<Feedback> findByReplyIdOrderById(Long replyId);
}
