package cn.jianyi.handling;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ReplyRepository extends ListCrudRepository<Reply, Long> {

    List<Reply> findBySuggestionIdOrderByRoundAscIdAsc(Long suggestionId);

    List<Reply> findBySuggestionIdInAndStatus(java.util.Collection<Long> suggestionIds, Reply.Status status);
}
