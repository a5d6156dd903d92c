package cn.jianyi.handling;

import java.util.List;

import org.springframework.data.repository.Repository;

/** Insert-only access to the contact log. */
interface ContactRecordRepository extends Repository<ContactRecord, Long> {

    ContactRecord save(ContactRecord record);

    List<ContactRecord> findBySuggestionIdOrderByContactedOnAscIdAsc(Long suggestionId);
}
