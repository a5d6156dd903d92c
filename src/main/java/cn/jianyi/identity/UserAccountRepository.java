package cn.jianyi.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findByIdInAndEnabledTrueOrderById(Collection<Long> ids);

    List<UserAccount> findByUnitIdInAndEnabledTrueOrderById(Collection<Long> unitIds);

    List<UserAccount> findByDeputyIdInAndEnabledTrueOrderById(Collection<Long> deputyIds);

    List<UserAccount> findByRoleAndEnabledTrueOrderById(Role role);
}
