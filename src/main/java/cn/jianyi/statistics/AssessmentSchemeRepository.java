package cn.jianyi.statistics;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface AssessmentSchemeRepository extends ListCrudRepository<AssessmentScheme, Long> {

    Optional<AssessmentScheme> findFirstByCongressIdOrderByVersionDesc(Long congressId);

    List<AssessmentScheme> findByCongressIdOrderByVersionDesc(Long congressId);
}
