package cn.jianyi.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.suggestion.Meetings;
import cn.jianyi.suggestion.Suggestion;

/**
 * The cases behind a figure of the dashboard or of the assessment: the filter's cases that meet the figure's own
 * condition ({@link Figure#condition}), in meeting and number order.
 */
@Service
@Transactional(readOnly = true)
public class FigureCases {

    private final JdbcClient jdbc;
    private final Meetings meetings;
    private final ResponseTimes responseTimes;
    private final Clock clock;

    FigureCases(JdbcClient jdbc, Meetings meetings, ResponseTimes responseTimes, Clock clock) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.responseTimes = responseTimes;
        this.clock = clock;
    }

    /**
     * The cases behind a figure, in meeting and number order (at most {@code limit}).
     *
     * @throws IllegalArgumentException when the figure needs a value and it is missing or not one of its values
     */
    public List<CaseRow> cases(StatisticsFilter filter, Figure figure, String value, int limit) {
        FilterSql where = FilterSql.where(filter);
        var drill = new Drill(figure, value, filter, new HashMap<>(where.params()));
        String condition = figure.condition(drill);
        Map<Long, String> names = OverdueTasks.meetingNames(meetings);
        return jdbc.sql("select s.id, s.meeting_id, s.number, s.title, s.status, (select min(u.short_name) from"
                        + " suggestion_units su join units u on u.id = su.unit_id where su.suggestion_id = s.id"
                        + " and " + FactConditions.LEAD_UNIT + ") lead_unit from suggestions s where " + where.sql()
                        + " and " + condition + " order by s.meeting_id, s.number limit " + Math.max(1, limit))
                .params(drill.params)
                .query((rs, n) -> new CaseRow(rs.getLong(1), names.get(rs.getLong(2)), rs.getInt(3), rs.getString(4),
                        rs.getString(6), Suggestion.Status.valueOf(rs.getString(5))))
                .list();
    }

    /** One drill-down being built: the figure's value and filter, and the parameters its condition binds. */
    final class Drill {

        private final Figure figure;
        private final String value;
        private final StatisticsFilter filter;
        private final Map<String, Object> params;

        private Drill(Figure figure, String value, StatisticsFilter filter, Map<String, Object> params) {
            this.figure = figure;
            this.value = value;
            this.filter = filter;
            this.params = params;
        }

        /** The figure's value; a figure that asks for it needs one. */
        String value() {
            if (value == null) {
                throw new IllegalArgumentException(figure + " needs a value");
            }
            return value;
        }

        StatisticsFilter filter() {
            return filter;
        }

        void bind(String name, Object bound) {
            params.put(name, bound);
        }

        /** Binds {@code :today} (the application clock's date). */
        void bindToday() {
            params.put("today", LocalDate.now(clock));
        }

        /**
         * The unit of a per-unit figure: value = {@code unitId}, or {@code unitId:item} for a figure with an item
         * (a class letter, a satisfaction). Binds {@code :unit} and returns the item ({@code null} without one).
         */
        String unit(boolean withItem) {
            String unitValue = value();
            if (!unitValue.matches("\\d{1,18}(:[A-Z_]{1,30})?")) {
                throw new IllegalArgumentException("unit figure " + unitValue);
            }
            String[] parts = unitValue.split(":", 2);
            String item = parts.length == 2 ? parts[1] : null;
            if ((item != null) != withItem) {
                throw new IllegalArgumentException("unit figure " + figure + " " + unitValue);
            }
            params.put("unit", Long.parseLong(parts[0]));
            return item;
        }

        /** The cases of the filter whose unit's response time fell in the bucket. */
        List<Long> responseCases(long unitId, int bucket) {
            return responseTimes.casesIn(filter, unitId, bucket);
        }
    }
}
