package cn.jianyi.suggestion;

import org.springframework.data.repository.ListCrudRepository;

interface CongressTermRepository extends ListCrudRepository<CongressTerm, Long> {
}
