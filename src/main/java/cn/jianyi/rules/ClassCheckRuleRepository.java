package cn.jianyi.rules;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ClassCheckRuleRepository extends ListCrudRepository<ClassCheckRule, Long> {

    List<ClassCheckRule> findBySchemeCodeOrderByPositionAscIdAsc(String schemeCode);

    List<ClassCheckRule> findBySchemeCodeAndPositionOrderById(String schemeCode, int position);
}
