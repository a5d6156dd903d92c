package cn.jianyi.statistics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.handling.ResolutionCategory;
import cn.jianyi.suggestion.SubjectArea;

/**
 * The figures per unit and per subject area for the 办理情况报告: each answering unit's row (the dashboard's figures
 * with only its lead cases counted), how many units the cases went to, and the cases per category.
 */
@Service
@Transactional(readOnly = true)
public class UnitStatistics {

    private final JdbcClient jdbc;

    UnitStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Units on the cases: all of them, and those that answer (主办 or 分办); the rest are co-units (协办). */
    public record UnitCounts(long units, long answering) {
    }

    /**
     * The figures of each unit that answers cases in the filter (主办 or 分办), as the dashboard shows them for that
     * unit with only its lead cases counted: the same conditions, grouped by unit. Ordered by the number of cases,
     * most first, then by name.
     */
    public List<UnitFigures> byUnit(StatisticsFilter filter) {
        FilterSql where = FilterSql.where(filter);
        var classSums = new StringBuilder();
        for (ResolutionCategory letter : ResolutionCategory.values()) {
            classSums.append(", coalesce(sum(case when %s and %s = %s then 1 else 0 end), 0) class_%s"
                    .formatted(FactConditions.SIGNED_REPLY, FactConditions.EFFECTIVE_CLASS,
                            FactConditions.quoted(letter), letter.name().toLowerCase()));
        }
        Map<Long, Map<Satisfaction, Long>> forms = new HashMap<>();
        jdbc.sql("select su.unit_id, f.satisfaction, count(*) n from feedbacks f join suggestions s on s.id ="
                        + " f.suggestion_id join suggestion_units su on su.suggestion_id = s.id and "
                        + FactConditions.ANSWERING_UNIT + " where " + where.sql() + " and " + FactConditions.CURRENT_FORM
                        + " and " + FactConditions.FIRST_ROUND + " group by su.unit_id, f.satisfaction")
                .params(where.params())
                .query(rs -> {
                    forms.computeIfAbsent(rs.getLong(1), any -> new EnumMap<>(Satisfaction.class))
                            .put(Satisfaction.valueOf(rs.getString(2)), rs.getLong(3));
                });
        return jdbc.sql("select su.unit_id, u.short_name, count(*) total,"
                        + " coalesce(sum(case when " + FactConditions.ASSIGNED + " then 1 else 0 end), 0) assigned,"
                        + " coalesce(sum(case when " + FactConditions.ASSIGNED + " and " + FactConditions.SIGNED_REPLY
                        + " then 1 else 0 end), 0) replied,"
                        + " coalesce(sum(case when " + FactConditions.ASSIGNED + " and " + FactConditions.ON_TIME
                        + " then 1 else 0 end), 0) on_time"
                        + classSums
                        + " from suggestions s join suggestion_units su on su.suggestion_id = s.id and "
                        + FactConditions.ANSWERING_UNIT
                        + " join units u on u.id = su.unit_id where " + where.sql()
                        + " group by su.unit_id, u.short_name order by total desc, u.short_name")
                .params(where.params())
                .query((rs, n) -> {
                    long assigned = rs.getLong("assigned");
                    long classified = 0;
                    var classes = new ArrayList<Long>();
                    for (ResolutionCategory letter : ResolutionCategory.values()) {
                        classes.add(rs.getLong("class_" + letter.name().toLowerCase()));
                        classified += classes.get(classes.size() - 1);
                    }
                    return new UnitFigures(rs.getLong("unit_id"), rs.getString("short_name"), rs.getLong("total"),
                            new Rate(rs.getLong("replied"), assigned), new Rate(rs.getLong("on_time"), assigned),
                            classes, classified, StatisticsReport.Satisfactions.of(
                                    forms.getOrDefault(rs.getLong("unit_id"), Map.of())));
                })
                .list();
    }

    /** The cases in the filter per subject area (分类), every area listed, zeros included. */
    public Map<SubjectArea, Long> byCategory(StatisticsFilter filter) {
        FilterSql where = FilterSql.where(filter);
        Map<SubjectArea, Long> counts = new EnumMap<>(SubjectArea.class);
        for (SubjectArea area : SubjectArea.values()) {
            counts.put(area, 0L);
        }
        jdbc.sql("select s.category, count(*) n from suggestions s where " + where.sql() + " group by s.category")
                .params(where.params())
                .query(rs -> {
                    counts.put(SubjectArea.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    /** How many units the cases in the filter went to: all of them, and those that answer (主办 or 分办). */
    public UnitCounts unitCounts(StatisticsFilter filter) {
        FilterSql where = FilterSql.where(filter);
        Map<String, Object> row = jdbc.sql("select count(distinct su.unit_id) units, count(distinct case when "
                        + FactConditions.ANSWERING_UNIT + " then su.unit_id end) answering from suggestion_units su"
                        + " join suggestions s on s.id = su.suggestion_id where " + where.sql())
                .params(where.params()).query().singleRow();
        return new UnitCounts(number(row.get("units")), number(row.get("answering")));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
