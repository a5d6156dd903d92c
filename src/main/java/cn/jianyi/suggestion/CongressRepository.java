package cn.jianyi.suggestion;

import org.springframework.data.repository.ListCrudRepository;

interface CongressRepository extends ListCrudRepository<Congress, Long> {
}
