package cn.jianyi.publication;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface PublicationRepository extends ListCrudRepository<Publication, Long> {

    Optional<Publication> findByReplyId(Long replyId);

    List<Publication> findBySuggestionIdOrderById(Long suggestionId);

    List<Publication> findByStatus(Publication.Status status);
}
