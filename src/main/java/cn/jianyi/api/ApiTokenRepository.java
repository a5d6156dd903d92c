package cn.jianyi.api;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ApiTokenRepository extends ListCrudRepository<ApiToken, Long> {

    Optional<ApiToken> findBySecretHash(String secretHash);

    List<ApiToken> findAllByOrderByIdDesc();
}
