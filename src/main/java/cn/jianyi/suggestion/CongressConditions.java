package cn.jianyi.suggestion;

import java.util.List;
import java.util.Map;

import cn.jianyi.identity.DataScope;

/**
 * The office's scope (ADR 0042) as an SQL condition on a meeting column, with the congress ids bound, never spliced:
 * every query of cases, meetings and what hangs off them that switches on {@link DataScope.OfCongresses} uses it.
 */
public final class CongressConditions {

    /** The parameter the condition binds. */
    public static final String PARAMETER = "scopeCongresses";

    private CongressConditions() {
    }

    /**
     * {@code " and <meetingColumn> in (meetings of the scope's congresses)"} for {@link DataScope.OfCongresses}
     * (binding {@value #PARAMETER} into {@code params}; {@code " and 1 = 0"} when it holds no congress), and
     * {@code ""} for every other scope.
     */
    public static String meetingWithin(DataScope scope, String meetingColumn, Map<String, Object> params) {
        if (!(scope instanceof DataScope.OfCongresses of)) {
            return "";
        }
        if (of.congressIds().isEmpty()) {
            return " and 1 = 0";
        }
        params.put(PARAMETER, List.copyOf(of.congressIds()));
        return " and " + meetingColumn + " in (select scm.id from meetings scm join congress_terms sct on sct.id = scm.term_id"
                + " where sct.congress_id in (:" + PARAMETER + "))";
    }
}
