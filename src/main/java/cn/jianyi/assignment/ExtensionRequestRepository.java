package cn.jianyi.assignment;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ExtensionRequestRepository extends ListCrudRepository<ExtensionRequest, Long> {

    List<ExtensionRequest> findBySuggestionIdOrderById(Long suggestionId);

    List<ExtensionRequest> findByDecisionOutcomeOrderById(RequestOutcome outcome);
}
