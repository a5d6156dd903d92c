package cn.jianyi.assignment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface AssignmentRepository extends ListCrudRepository<Assignment, Long> {

    List<Assignment> findBySuggestionIdOrderById(Long suggestionId);

    Optional<Assignment> findBySuggestionIdAndUnitId(Long suggestionId, Long unitId);

    List<Assignment> findByStatusIn(List<Assignment.Status> statuses);

    List<Assignment> findBySuggestionIdIn(java.util.Collection<Long> suggestionIds);

    List<Assignment> findByUnitIdIn(java.util.Collection<Long> unitIds);
}
