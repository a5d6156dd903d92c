package cn.jianyi.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.suggestion.MeetingView;
import cn.jianyi.suggestion.Meetings;

/**
 * 超期未答复: the answering tasks (主办 or 分办; with a unit chosen, only that unit's) whose deadline runs and whose
 * stored due date is before today, the most overdue first. Read live, since they depend on today (ADR 0026).
 */
@Component
@Transactional(readOnly = true)
public class OverdueTasks {

    /** How many titles one query reads (the export lists every overdue task; bind parameters are limited). */
    private static final int TITLES_PER_QUERY = 1000;

    private final JdbcClient jdbc;
    private final Meetings meetings;
    private final Clock clock;

    OverdueTasks(JdbcClient jdbc, Meetings meetings, Clock clock) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.clock = clock;
    }

    /** The most overdue tasks (at most {@code limit}) and the count of all. */
    record Overdue(List<StatisticsReport.OverdueTask> tasks, long count) {
    }

    /** The running tasks past their due date, the most overdue first (at most {@code limit}). */
    public List<StatisticsReport.OverdueTask> list(StatisticsFilter filter, int limit) {
        return read(filter, FilterSql.where(filter), limit).tasks();
    }

    /**
     * The running tasks past their due date, the most overdue first (at most {@code limit}), and the count of all
     * (ADR 0069). The count sums the rollup of the running tasks by due date ({@code running_rollups}: which tasks are
     * overdue depends on today, their due dates do not). The list reads the running answering tasks of
     * {@code task_facts} (kept by {@link CaseFacts}, with the due date and the case's meeting and number) in the list's
     * order, along the index {@code task_facts_running}, joined with the cases' narrow {@code case_facts} rows for the
     * filter (alias {@code s}), and stops at the limit; only the titles of the tasks returned are read from the cases.
     */
    Overdue read(StatisticsFilter filter, FilterSql where, int limit) {
        LocalDate today = LocalDate.now(clock);
        FilterSql rollup = FilterSql.rollup(filter, true);
        long count = jdbc.sql("select coalesce(sum(r.n), 0) from running_rollups r where " + rollup.sql()
                        + " and r.due_on < :today")
                .params(rollup.params()).param("today", today).query(Long.class).single();
        record Row(long suggestionId, long meetingId, int number, String unit, LocalDate due) {
        }
        List<Row> rows = count == 0 ? List.of() : jdbc.sql("select a.suggestion_id, a.meeting_id, a.number,"
                        + " u.short_name, a.due_on from task_facts a join case_facts s on s.id = a.suggestion_id"
                        + " join units u on u.id = a.unit_id"
                        + " where a.running = true and a.due_on < :today" + FilterSql.taskOfUnit(filter) + " and "
                        + where.sql()
                        + " order by a.due_on, a.meeting_id, a.number, u.short_name limit " + Math.max(1, limit))
                .params(where.params()).param("today", today)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class)))
                .list();
        Map<Long, String> titles = new HashMap<>();
        List<Long> ids = rows.stream().map(Row::suggestionId).distinct().toList();
        for (int from = 0; from < ids.size(); from += TITLES_PER_QUERY) {
            jdbc.sql("select id, title from suggestions where id in (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + TITLES_PER_QUERY)))
                    .query(rs -> {
                        titles.put(rs.getLong(1), rs.getString(2));
                    });
        }
        Map<Long, String> names = meetingNames(meetings);
        return new Overdue(rows.stream().map(row -> new StatisticsReport.OverdueTask(row.suggestionId(),
                names.get(row.meetingId()), row.number(), titles.get(row.suggestionId()), row.unit(), row.due(),
                ChronoUnit.DAYS.between(row.due(), today))).toList(), count);
    }

    /** Each meeting's printed name (区人大二届四次会议) by id, for the rows of a list. */
    static Map<Long, String> meetingNames(Meetings meetings) {
        return meetings.all().stream().collect(Collectors.toMap(MeetingView::id, MeetingView::shortTitle,
                (a, b) -> a));
    }
}
