package cn.jianyi.suggestion;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The deadlines each listed case shows its reader: a unit's people see their own task's deadline (a co-unit its
 * 协办意见期限, the units that answer the 答复期限), the office every running deadline of the case. Implemented by the
 * deadline monitor, downstream of the case file (the module depends on nothing that watches deadlines).
 */
public interface CaseDeadlines {

    /**
     * @param unitId the reader's unit, or {@code null} for the office (the whole case)
     * @return the running deadlines by case id, the most urgent first; a case without a running deadline is absent
     */
    Map<Long, List<CaseDeadline>> forReader(Collection<Long> suggestionIds, Long unitId);
}
