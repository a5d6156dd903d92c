package cn.jianyi.suggestion;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The {@link CaseCondition}s on the suggestion module's own tables: the units on a case, its status and deadline, its
 * congress, and the deputies it answers. Each reads by an indexed key of the case (its id, {@code merged_into}) or of
 * the unit ({@code suggestion_units (unit_id, suggestion_id)}).
 */
public final class CaseConditions {

    /** A condition in SQL on a deputy of a case, given the columns that hold the case's and the deputy's ids. */
    @FunctionalInterface
    public interface OnDeputy {
        String sql(String caseId, String deputyId, SqlValues values);
    }

    private static final List<HandlingRole> ANSWERING = Arrays.stream(HandlingRole.values())
            .filter(HandlingRole::answersDeputy).toList();

    private CaseConditions() {
    }

    /** The unit answers the deputy itself on the case: 主办 or 分办 ({@link Suggestion#isAnsweringUnit}). */
    public static CaseCondition answeredBy(long unitId) {
        return (caseId, values) -> caseId + " in (select au.suggestion_id from suggestion_units au where au.unit_id = "
                + values.bind(unitId) + " and au.role in (" + values.bind(ANSWERING) + "))";
    }

    /** The case is not in the status. */
    public static CaseCondition notIn(Suggestion.Status status) {
        return (caseId, values) -> "exists (select 1 from suggestions ns where ns.id = " + caseId
                + " and ns.status <> " + values.bind(status) + ")";
    }

    /**
     * The reply deadline a case list shows ({@link SuggestionSummary#dueOn()}: the lead unit's, or the first 分办 unit's)
     * lies before the day.
     */
    public static CaseCondition replyDueBefore(LocalDate day) {
        return (caseId, values) -> "exists (select 1 from suggestion_units du where du.suggestion_id = " + caseId
                + " and du.due_on < " + values.bind(day) + " and (du.role = 'LEAD' or du.role = 'SEPARATE'"
                + " and du.unit_id = (select min(dsu.unit_id) from suggestion_units dsu where dsu.suggestion_id = "
                + caseId + " and dsu.role = 'SEPARATE')))";
    }

    /** The case belongs to a meeting of one of the congresses (none: no case). */
    public static CaseCondition inCongresses(Set<Long> congressIds) {
        if (congressIds.isEmpty()) {
            return (caseId, values) -> "1 = 0";
        }
        return (caseId, values) -> "exists (select 1 from suggestions cs where cs.id = " + caseId
                + " and cs.meeting_id in (select cm.id from meetings cm join congress_terms ct on ct.id = cm.term_id"
                + " where ct.congress_id in (" + values.bind(List.copyOf(congressIds)) + ")))";
    }

    /**
     * The deputy is one the case answers: the lead deputy of the case or of a suggestion merged into it (并案), or,
     * where {@code coSignersToo} holds for the case, one of their co-signers.
     */
    public static CaseCondition answers(long deputyId, CaseCondition coSignersToo) {
        return (caseId, values) -> {
            String deputy = values.bind(deputyId);
            return anyDeputy(caseId, coSignersToo, values, column -> column + " = " + deputy);
        };
    }

    /** Every deputy the case answers (as in {@link #answers}) meets the condition. */
    public static CaseCondition everyDeputyAnswered(CaseCondition coSignersToo, OnDeputy condition) {
        return (caseId, values) -> "not " + anyDeputy(caseId, coSignersToo, values,
                column -> "not (" + condition.sql(caseId, column, values) + ")");
    }

    private static String anyDeputy(String caseId, CaseCondition coSignersToo, SqlValues values,
                                    UnaryOperator<String> condition) {
        return "(exists (select 1 from suggestions ds where ds.id = " + caseId + " and "
                + condition.apply("ds.lead_deputy_id") + ")"
                + " or exists (select 1 from suggestions dm where dm.merged_into = " + caseId + " and "
                + condition.apply("dm.lead_deputy_id") + ")"
                + " or (" + coSignersToo.sql(caseId, values) + ")"
                + " and (exists (select 1 from suggestion_co_signers dc where dc.suggestion_id = " + caseId + " and "
                + condition.apply("dc.deputy_id") + ")"
                + " or exists (select 1 from suggestion_co_signers dmc join suggestions dms on dms.id = dmc.suggestion_id"
                + " where dms.merged_into = " + caseId + " and " + condition.apply("dmc.deputy_id") + ")))";
    }
}
