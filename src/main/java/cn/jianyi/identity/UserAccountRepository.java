package cn.jianyi.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findByIdInAndEnabledTrueOrderById(Collection<Long> ids);

    List<UserAccount> findByUnitIdInAndEnabledTrueOrderById(Collection<Long> unitIds);

    List<UserAccount> findByDeputyIdInAndEnabledTrueOrderById(Collection<Long> deputyIds);

    @Query("""
            select u.* from users u
             where u.enabled and exists (select 1 from user_roles r where r.user_id = u.id and r.role = :role)
             order by u.id""")
    List<UserAccount> findEnabledWithRole(String role);

    @Query("select count(*) from user_roles where role = :role")
    long countWithRole(String role);
}
