package cn.jianyi.assignment;

import java.util.Arrays;
import java.util.List;

import cn.jianyi.suggestion.CaseCondition;

/** The {@link CaseCondition}s on the units' tasks and requests, for the home pages' to-do lists. */
public final class TaskConditions {

    private TaskConditions() {
    }

    /**
     * The unit's current task on the case ({@link Assignments#taskOf}: a returned task is not current) is in one of
     * the statuses; narrowing: read from the unit's side.
     */
    public static CaseCondition taskOf(long unitId, Assignment.Status... statuses) {
        List<Assignment.Status> current = Arrays.stream(statuses).filter(s -> s != Assignment.Status.RETURNED)
                .toList();
        if (current.isEmpty()) {
            return (caseId, values) -> "1 = 0";
        }
        return CaseCondition.narrowing((caseId, values) -> caseId + " in (select ta.suggestion_id from assignments ta"
                + " where ta.unit_id = " + values.bind(unitId) + " and ta.status in (" + values.bind(current) + "))");
    }

    /** A return or extension request of a unit on the case waits for the office's decision (narrowing: few do). */
    public static CaseCondition requestPending() {
        return CaseCondition.narrowing((caseId, values) -> {
            String pending = values.bind(RequestOutcome.PENDING);
            return caseId + " in (select rr.suggestion_id from return_requests rr where rr.outcome = " + pending
                    + " union select er.suggestion_id from extension_requests er where er.outcome = " + pending + ")";
        });
    }
}
