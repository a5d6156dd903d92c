package cn.jianyi.feedback;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface FeedbackFlagRepository extends ListCrudRepository<FeedbackFlag, Long> {

    List<FeedbackFlag> findByFeedbackIdInOrderById(Collection<Long> feedbackIds);

    List<FeedbackFlag> findAllByOrderByIdDesc();
}
