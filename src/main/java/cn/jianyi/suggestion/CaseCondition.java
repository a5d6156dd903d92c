package cn.jianyi.suggestion;

/**
 * A condition on a case in SQL, which a query of cases applies before its limit ({@link SuggestionQueries#firstMatching}):
 * each home page's to-do list is one statement, whatever the number of cases (issue 22). The module that owns the
 * tables a condition reads builds it (a unit's task: assignment; a draft: handling; the deputies' answers: feedback)
 * and names the case only by the column of its id; every value is bound through {@link SqlValues}.
 */
@FunctionalInterface
public interface CaseCondition {

    /**
     * The condition as an SQL boolean expression on the case whose id is in the column {@code caseId} (of the query
     * the condition is put into), its values bound through {@code values}.
     */
    String sql(String caseId, SqlValues values);

    /**
     * Whether few cases meet the condition and its own tables find them by an index (a unit's drafts, the pending
     * requests): a query then lets the database start from them. Otherwise the query asks the condition of the cases
     * one by one in list order until it has enough ({@link SuggestionQueries#firstMatching}).
     */
    default boolean narrows() {
        return false;
    }

    /** Every case. */
    static CaseCondition always() {
        return (caseId, values) -> "1 = 1";
    }

    /** The condition, which few cases meet, found from its own side ({@link #narrows()}). */
    static CaseCondition narrowing(CaseCondition condition) {
        return new CaseCondition() {
            @Override
            public String sql(String caseId, SqlValues values) {
                return condition.sql(caseId, values);
            }

            @Override
            public boolean narrows() {
                return true;
            }
        };
    }

    /** Both conditions; narrowing when either is. */
    default CaseCondition and(CaseCondition other) {
        CaseCondition both = (caseId, values) -> "(" + sql(caseId, values) + ") and (" + other.sql(caseId, values) + ")";
        return narrows() || other.narrows() ? narrowing(both) : both;
    }

    /** Not this condition. */
    default CaseCondition negate() {
        return (caseId, values) -> "not (" + sql(caseId, values) + ")";
    }
}
