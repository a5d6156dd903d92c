package cn.jianyi.rules;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface RuleSetRepository extends ListCrudRepository<RuleSet, Long> {

    Optional<RuleSet> findFirstByCongressIdOrderByVersionDesc(Long congressId);

    List<RuleSet> findByCongressIdOrderByVersionDesc(Long congressId);
}
