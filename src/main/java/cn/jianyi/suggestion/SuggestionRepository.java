package cn.jianyi.suggestion;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface SuggestionRepository extends ListCrudRepository<Suggestion, Long> {

    boolean existsByMeetingIdAndNumber(Long meetingId, int number);

    @Query("select coalesce(max(number), 0) from suggestions where meeting_id = :meetingId")
    int maxNumber(Long meetingId);

    Optional<Suggestion> findByMeetingIdAndNumber(Long meetingId, int number);

    java.util.List<Suggestion> findByMergedIntoOrderByNumber(Long mergedInto);
}
