package cn.jianyi.statistics;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * A {@link StatisticsFilter} as an SQL condition and its bound parameters: every figure and every list behind a
 * figure selects its cases with it. Filter values are always bound, never spliced into the SQL.
 *
 * @param sql    the condition
 * @param params the values it binds
 */
record FilterSql(String sql, Map<String, Object> params) {

    /** The filter's condition on the cases themselves or on {@code case_facts} (alias {@code s}). */
    static FilterSql where(StatisticsFilter filter) {
        return where(filter, "s.id", "s");
    }

    /**
     * The filter's condition on a table with the case's meeting and category under {@code alias} and the case's id
     * in {@code caseId}: the cases themselves or {@code case_facts} ({@code s.id}, {@code s}; historical cases left
     * out), or {@code task_facts} ({@code a.suggestion_id}, {@code a}; historical cases have no tasks).
     */
    static FilterSql where(StatisticsFilter filter, String caseId, String alias) {
        var sql = new StringBuilder("s".equals(alias) ? FactConditions.LIVE : "1 = 1");
        var params = new HashMap<String, Object>();
        // the reader's congresses (ADR 0042), through the case's meeting
        sql.append(cn.jianyi.suggestion.CongressConditions.meetingWithin(filter.scope(), alias + ".meeting_id", params));
        if (filter.meetingId() != null) {
            sql.append(" and ").append(alias).append(".meeting_id = :meetingId");
            params.put("meetingId", filter.meetingId());
        }
        if (filter.category() != null) {
            sql.append(" and ").append(alias).append(".category = :category");
            params.put("category", filter.category().name());
        }
        if (filter.unitId() != null) {
            sql.append(" and exists (select 1 from suggestion_units fu where fu.suggestion_id = ").append(caseId)
                    .append(" and fu.unit_id = :unitId")
                    .append(filter.leadOnly() ? " and " + FactConditions.answeringUnit("fu") + ")" : ")");
            params.put("unitId", filter.unitId());
        }
        if (filter.year() != null) {
            sql.append(" and (select min(fa.assigned_on) from assignments fa where fa.suggestion_id = ").append(caseId)
                    .append(") between :yearFrom and :yearTo");
            params.put("yearFrom", LocalDate.of(filter.year(), 1, 1));
            params.put("yearTo", LocalDate.of(filter.year(), 12, 31));
        }
        return new FilterSql(sql.toString(), Map.copyOf(params));
    }

    /**
     * The filter's condition on a rollup's rows (alias {@code r}, ADR 0069): the meeting, the reader's congresses
     * through it, the subject area and the year of the first 交办 are columns of every row. With a unit chosen, the
     * case counts ({@code responses} false) read that unit's rows (as 主办 or 分办 only, with {@code leadOnly}), and
     * without one the rows of unit 0, where every case counts once; the response times read the tasks of the chosen
     * unit when it is on the case (in the role the filter asks for), and without one every task.
     */
    static FilterSql rollup(StatisticsFilter filter, boolean responses) {
        var sql = new StringBuilder("1 = 1");
        var params = new HashMap<String, Object>();
        sql.append(cn.jianyi.suggestion.CongressConditions.meetingWithin(filter.scope(), "r.meeting_id", params));
        if (filter.meetingId() != null) {
            sql.append(" and r.meeting_id = :meetingId");
            params.put("meetingId", filter.meetingId());
        }
        if (filter.category() != null) {
            sql.append(" and r.category = :category");
            params.put("category", filter.category().name());
        }
        if (filter.year() != null) {
            sql.append(" and r.first_year = :year");
            params.put("year", filter.year());
        }
        if (filter.unitId() != null) {
            sql.append(" and r.unit_id = :unitId").append(responses ? " and r.on_case = true" : "")
                    .append(filter.leadOnly() ? " and r.answering = true" : "");
            params.put("unitId", filter.unitId());
        } else if (!responses) {
            sql.append(" and r.unit_id = 0");
        }
        return new FilterSql(sql.toString(), Map.copyOf(params));
    }

    /** With a unit chosen, only that unit's tasks (alias {@code a}; binds the filter's {@code :unitId}). */
    static String taskOfUnit(StatisticsFilter filter) {
        return filter.unitId() == null ? "" : " and a.unit_id = :unitId";
    }
}
