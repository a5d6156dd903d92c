package cn.jianyi.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.jianyi.calendar.WorkingDayCalendar;
import cn.jianyi.calendar.WorkingDays;

/**
 * 答复用时: per answering unit (主办 or 分办, task not returned), the working days on the working-day calendar after the
 * task's 交办 date up to the unit's first signed reply, in buckets ({@link #BUCKET_LIMITS}) and as a median.
 * The arithmetic ({@link #bucketOf}, {@link #buckets}, {@link #median}) needs no database.
 */
@Component
public class ResponseTimes {

    /** Upper bounds (inclusive) of the response-time buckets in working days; the last bucket is open. */
    public static final List<Integer> BUCKET_LIMITS = List.of(20, 40, 60);

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;

    ResponseTimes(JdbcClient jdbc, WorkingDays workingDays) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
    }

    /**
     * Response times per unit, by unit name. The database sums the rollup of the answering tasks with a signed reply
     * ({@code response_rollups}, kept by {@link CaseFacts} from {@code task_facts}, ADR 0069) per unit, 交办 date and
     * first signing date (few distinct pairs: a meeting is assigned on a handful of days), and the working days are
     * counted once per distinct pair on the calendar, so a calendar change shows at once.
     */
    List<StatisticsReport.UnitResponse> read(StatisticsFilter filter) {
        FilterSql where = FilterSql.rollup(filter, true);
        WorkingDayCalendar calendar = workingDays.calendar();
        record Group(long unitId, String unitName, LocalDate assignedOn, LocalDate firstSigned, long count) {
        }
        List<Group> groups = jdbc.sql("select r.unit_id, u.short_name, r.assigned_on, r.first_signed, sum(r.n) n"
                        + " from response_rollups r join units u on u.id = r.unit_id"
                        + " where " + where.sql()
                        + " group by r.unit_id, u.short_name, r.assigned_on, r.first_signed having sum(r.n) > 0")
                .params(where.params())
                .query((rs, n) -> new Group(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getLong(5)))
                .list();
        Map<List<LocalDate>, Integer> days = new HashMap<>();
        Map<Long, NavigableMap<Integer, Long>> byUnit = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (Group group : groups) {
            int d = days.computeIfAbsent(List.of(group.assignedOn(), group.firstSigned()),
                    pair -> calendar.workingDaysAfter(pair.get(0), pair.get(1)));
            byUnit.computeIfAbsent(group.unitId(), id -> new TreeMap<>()).merge(d, group.count(), Long::sum);
            names.put(group.unitId(), group.unitName());
        }
        var result = new ArrayList<StatisticsReport.UnitResponse>();
        byUnit.forEach((unitId, distribution) -> result.add(new StatisticsReport.UnitResponse(unitId,
                names.get(unitId), buckets(distribution), median(distribution))));
        result.sort(Comparator.comparing(StatisticsReport.UnitResponse::unitName));
        return result;
    }

    /**
     * The cases of the filter whose answering task of the unit got its first signed reply within the bucket, read
     * from the live tables (the list behind a bar of the chart).
     */
    List<Long> casesIn(StatisticsFilter filter, long unitId, int bucket) {
        FilterSql where = FilterSql.where(filter);
        WorkingDayCalendar calendar = workingDays.calendar();
        record Answer(long suggestionId, LocalDate assignedOn, LocalDate firstSigned) {
        }
        return jdbc.sql("select s.id, a.assigned_on, " + FactConditions.UNIT_FIRST_SIGNED + " first_signed"
                        + " from assignments a join suggestions s on s.id = a.suggestion_id"
                        + " where " + FactConditions.ANSWERING_TASK + " and a.unit_id = :responseUnit and "
                        + where.sql() + FilterSql.taskOfUnit(filter))
                .params(where.params()).param("responseUnit", unitId)
                .query((rs, n) -> new Answer(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class)))
                .list().stream()
                .filter(a -> a.firstSigned() != null)
                .filter(a -> bucketOf(calendar.workingDaysAfter(a.assignedOn(), a.firstSigned())) == bucket)
                .map(Answer::suggestionId).toList();
    }

    /** The bucket a response time falls in: the first whose limit it does not exceed, else the open last one. */
    static int bucketOf(int workingDays) {
        for (int i = 0; i < BUCKET_LIMITS.size(); i++) {
            if (workingDays <= BUCKET_LIMITS.get(i)) {
                return i;
            }
        }
        return BUCKET_LIMITS.size();
    }

    /** How many responses of a distribution (working days → how often) fall in each bucket. */
    static List<Long> buckets(NavigableMap<Integer, Long> distribution) {
        var buckets = new ArrayList<>(Collections.nCopies(BUCKET_LIMITS.size() + 1, 0L));
        distribution.forEach((d, count) -> buckets.set(bucketOf(d), buckets.get(bucketOf(d)) + count));
        return buckets;
    }

    /**
     * The median of a distribution (working days → how often): the middle value, or the mean of the two middle
     * values for an even count, to one decimal; {@code null} for no responses.
     */
    static BigDecimal median(NavigableMap<Integer, Long> distribution) {
        long n = distribution.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return null;
        }
        int lower = nth(distribution, (n - 1) / 2);
        int upper = nth(distribution, n / 2);
        return BigDecimal.valueOf((long) lower + upper).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
    }

    /** The value at a 0-based position in the sorted values of a distribution. */
    private static int nth(NavigableMap<Integer, Long> distribution, long position) {
        long seen = 0;
        for (Map.Entry<Integer, Long> entry : distribution.entrySet()) {
            seen += entry.getValue();
            if (position < seen) {
                return entry.getKey();
            }
        }
        throw new IllegalArgumentException("position " + position);
    }
}
