package cn.jianyi.publication;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface RedactionRuleRepository extends ListCrudRepository<RedactionRule, Long> {

    List<RedactionRule> findByCongressIdInOrderByIdDesc(Collection<Long> congressIds);

    List<RedactionRule> findByCongressIdOrderById(Long congressId);
}
