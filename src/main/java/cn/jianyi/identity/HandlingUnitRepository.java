package cn.jianyi.identity;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface HandlingUnitRepository extends ListCrudRepository<HandlingUnit, Long> {

    Optional<HandlingUnit> findByFullName(String fullName);
}
