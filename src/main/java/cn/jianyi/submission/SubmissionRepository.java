package cn.jianyi.submission;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface SubmissionRepository extends ListCrudRepository<Submission, Long> {

    /** The deputy's own submissions and those they were invited to co-sign, newest first. */
    @Query("""
            select s.* from submissions s
             where s.lead_deputy_id = :deputyId
                or exists (select 1 from submission_invitations i where i.submission_id = s.id and i.deputy_id = :deputyId)
             order by s.updated_at desc, s.id desc""")
    List<Submission> concerning(long deputyId);

    List<Submission> findByStatusOrderBySubmittedAtAscIdAsc(Submission.Status status);

    Optional<Submission> findBySuggestionId(long suggestionId);

    long countByStatus(Submission.Status status);
}
