package cn.jianyi.identity;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface DeputyRepository extends ListCrudRepository<Deputy, Long> {

    List<Deputy> findByName(String name);
}
