package cn.jianyi.assignment;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ReturnRequestRepository extends ListCrudRepository<ReturnRequest, Long> {

    List<ReturnRequest> findBySuggestionIdOrderById(Long suggestionId);

    List<ReturnRequest> findByDecisionOutcomeOrderById(RequestOutcome outcome);
}
