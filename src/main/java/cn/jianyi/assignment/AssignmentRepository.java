package cn.jianyi.assignment;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface AssignmentRepository extends ListCrudRepository<Assignment, Long> {

    List<Assignment> findBySuggestionIdOrderById(Long suggestionId);
}
