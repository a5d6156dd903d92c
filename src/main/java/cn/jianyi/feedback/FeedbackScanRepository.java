package cn.jianyi.feedback;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface FeedbackScanRepository extends ListCrudRepository<FeedbackScan, Long> {

    Optional<FeedbackScan> findByFeedbackId(Long feedbackId);
}
