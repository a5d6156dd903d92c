package cn.jianyi.rules;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface RuleSetRepository extends ListCrudRepository<RuleSet, Long> {

    Optional<RuleSet> findFirstByCongressIdOrderByVersionDesc(Long congressId);

    List<RuleSet> findByCongressIdOrderByVersionDesc(Long congressId);

    /** The congresses whose latest version has every signer answer the feedback form. */
    @Query("""
            select r.congress_id from rule_sets r where r.feedback_answerers = 'ALL_SIGNERS'
               and r.version = (select max(v.version) from rule_sets v where v.congress_id = r.congress_id)""")
    List<Long> congressesWhereEverySignerAnswers();
}
