package cn.jianyi.archive;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ArchivedLetterRepository extends ListCrudRepository<ArchivedLetter, Long> {

    List<ArchivedLetter> findByBatchIdOrderByPosition(Long batchId);

    List<ArchivedLetter> findBySuggestionIdAndStatus(Long suggestionId, ArchivedLetter.Status status);
}
