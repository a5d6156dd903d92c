package cn.jianyi.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.suggestion.Congress;
import cn.jianyi.suggestion.MeetingView;
import cn.jianyi.suggestion.Meetings;

/**
 * 办理工作考评: scores each unit's handling work on its answering tasks (主办 and 分办) with the congress's
 * {@link AssessmentScheme}, every component counted with the SQL conditions of its drill-down figure. Definitions and
 * rounding: ADR 0024 and docs/process.md, section Statistics.
 */
@Service
@Transactional(readOnly = true)
public class Assessment {

    /** The components in their order on the page, in the export and in {@link AssessmentScheme#weights()}. */
    public static final List<String> COMPONENTS = List.of("TIMELINESS", "CONTACT", "SATISFACTION", "CLASS");
    private static final List<String> LETTERS = List.of("A", "B", "C", "D");
    /** The parts of each component, in their order in {@link AssessmentReport.Component#parts()}. */
    public static final Map<String, List<String>> PARTS = parts();
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final JdbcClient jdbc;
    private final AssessmentSchemes schemes;
    private final Meetings meetings;
    private final Clock clock;

    Assessment(JdbcClient jdbc, AssessmentSchemes schemes, Meetings meetings, Clock clock) {
        this.jdbc = jdbc;
        this.schemes = schemes;
        this.meetings = meetings;
        this.clock = clock;
    }

    private static Map<String, List<String>> parts() {
        var parts = new LinkedHashMap<String, List<String>>();
        parts.put("TIMELINESS", List.of("ON_TIME"));
        parts.put("CONTACT", List.of("FACE_TO_FACE", "OTHER_CONTACT"));
        parts.put("SATISFACTION", List.of("SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"));
        parts.put("CLASS", LETTERS);
        return Collections.unmodifiableMap(parts);
    }

    /** Counts of one unit's tasks, as the aggregate query returns them. */
    private record TaskCounts(long unitId, String unitName, long tasks, long due, long onTime, long replied,
                              long faceToFace, long otherContact) {
    }

    /** Every unit with an answering task in the filter (the filter's unit, if any, is not used). */
    public AssessmentReport report(StatisticsFilter filter) {
        StatisticsFilter byCase = new StatisticsFilter(filter.meetingId(), filter.year(), null, false,
                filter.category(), filter.scope());
        FilterSql where = FilterSql.where(byCase);
        Congress congress = congress(byCase, where);
        AssessmentScheme scheme = congress == null ? AssessmentScheme.defaults(0) : schemes.current(congress.id());

        List<TaskCounts> counts = jdbc.sql("select a.unit_id, u.short_name, count(*) tasks,"
                        + " coalesce(sum(case when " + FactConditions.UNIT_DUE + " then 1 else 0 end), 0) due,"
                        + " coalesce(sum(case when " + FactConditions.UNIT_ON_TIME + " then 1 else 0 end), 0) on_time,"
                        + " coalesce(sum(case when " + FactConditions.UNIT_SIGNED + " then 1 else 0 end), 0) replied,"
                        + " coalesce(sum(case when " + FactConditions.UNIT_FACE_TO_FACE + " then 1 else 0 end), 0) f2f,"
                        + " coalesce(sum(case when " + FactConditions.UNIT_OTHER_CONTACT + " then 1 else 0 end), 0) other"
                        + " from assignments a join suggestions s on s.id = a.suggestion_id"
                        + " join units u on u.id = a.unit_id where " + FactConditions.UNIT_TASK + " and " + where.sql()
                        + " group by a.unit_id, u.short_name")
                .params(where.params()).param("today", LocalDate.now(clock))
                .query((rs, n) -> new TaskCounts(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)))
                .list();

        Map<Long, Map<String, Long>> classes = new HashMap<>();
        jdbc.sql("select c.unit_id, c.letter, count(*) n from (select a.unit_id, " + FactConditions.UNIT_CLASS + " letter"
                        + " from assignments a join suggestions s on s.id = a.suggestion_id where " + FactConditions.UNIT_TASK
                        + " and " + FactConditions.UNIT_SIGNED + " and " + where.sql() + ") c group by c.unit_id, c.letter")
                .params(where.params())
                .query(rs -> {
                    classes.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
                });
        Map<Long, Map<String, Long>> forms = new HashMap<>();
        jdbc.sql("select a.unit_id, f.satisfaction, count(*) n from assignments a join suggestions s"
                        + " on s.id = a.suggestion_id" + FactConditions.UNIT_FORMS + " where " + FactConditions.UNIT_TASK
                        + " and " + FactConditions.UNIT_FINAL_FORM + " and " + where.sql()
                        + " group by a.unit_id, f.satisfaction")
                .params(where.params())
                .query(rs -> {
                    forms.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
                });

        var units = new ArrayList<AssessmentReport.UnitScore>();
        for (TaskCounts c : counts) {
            units.add(score(scheme, c, classes.getOrDefault(c.unitId(), Map.of()),
                    forms.getOrDefault(c.unitId(), Map.of())));
        }
        return new AssessmentReport(congress == null ? null : congress.id(), congress == null ? "" : congress.name(),
                scheme, ranked(units));
    }

    private static AssessmentReport.UnitScore score(AssessmentScheme scheme, TaskCounts c, Map<String, Long> classes,
                                                    Map<String, Long> forms) {
        String unit = String.valueOf(c.unitId());
        var timeliness = component("TIMELINESS", scheme.timelinessWeight(), c.due(), Figure.UNIT_DUE, unit,
                List.of(part("ON_TIME", c.onTime(), 100, c.due(), Figure.UNIT_ON_TIME, unit)));
        var contact = component("CONTACT", scheme.contactWeight(), c.replied(), Figure.UNIT_REPLIED, unit,
                List.of(part("FACE_TO_FACE", c.faceToFace(), 100, c.replied(), Figure.UNIT_FACE_TO_FACE, unit),
                        part("OTHER_CONTACT", c.otherContact(), scheme.otherContactPoints(), c.replied(),
                                Figure.UNIT_OTHER_CONTACT, unit)));
        long returned = forms.values().stream().mapToLong(Long::longValue).sum();
        var satisfaction = component("SATISFACTION", scheme.satisfactionWeight(), returned, Figure.UNIT_FORMS,
                unit + ":RETURNED", List.of(
                        formPart("SATISFIED", forms, 100, returned, unit),
                        formPart("BASICALLY_SATISFIED", forms, scheme.basicallySatisfiedPoints(), returned, unit),
                        formPart("DISSATISFIED", forms, 0, returned, unit)));
        var classParts = new ArrayList<AssessmentReport.Part>();
        for (String letter : LETTERS) {
            classParts.add(part(letter, classes.getOrDefault(letter, 0L), scheme.classPoints(letter), c.replied(),
                    Figure.UNIT_CLASS, unit + ":" + letter));
        }
        var classComponent = component("CLASS", scheme.classWeight(), c.replied(), Figure.UNIT_REPLIED, unit,
                classParts);
        List<AssessmentReport.Component> components = List.of(timeliness, contact, satisfaction, classComponent);

        BigDecimal points = BigDecimal.ZERO;
        int weights = 0;
        boolean missing = false;
        for (AssessmentReport.Component component : components) {
            if (component.hasData()) {
                points = points.add(component.points());
                weights += component.weight();
            } else if (component.weight() > 0) {
                missing = true;
            }
        }
        BigDecimal total = weights == 0 ? null : missing
                ? points.multiply(HUNDRED).divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP) : points;
        return new AssessmentReport.UnitScore(c.unitId(), c.unitName(), c.tasks(), components, total, null,
                missing && total != null);
    }

    private static AssessmentReport.Part formPart(String satisfaction, Map<String, Long> forms, int points,
                                                  long returned, String unit) {
        return part(satisfaction, forms.getOrDefault(satisfaction, 0L), points, returned, Figure.UNIT_FORMS,
                unit + ":" + satisfaction);
    }

    private static AssessmentReport.Part part(String key, long count, int points, long denominator, Figure figure,
                                              String value) {
        return new AssessmentReport.Part(key, count, points, new Rate(count, denominator), figure, value);
    }

    /** score = (sum of count times points) / denominator; points = score times weight / 100; both 2 decimals. */
    static AssessmentReport.Component component(String key, int weight, long denominator, Figure figure, String value,
                                                List<AssessmentReport.Part> parts) {
        if (denominator == 0) {
            return new AssessmentReport.Component(key, weight, 0, figure, value, parts, null, null);
        }
        long earned = parts.stream().mapToLong(p -> p.count() * p.points()).sum();
        BigDecimal score = BigDecimal.valueOf(earned).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
        BigDecimal points = score.multiply(BigDecimal.valueOf(weight)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        return new AssessmentReport.Component(key, weight, denominator, figure, value, parts, score, points);
    }

    /** Best total first; equal totals share a rank (1, 1, 3); units without a total last; ties by name. */
    static List<AssessmentReport.UnitScore> ranked(List<AssessmentReport.UnitScore> units) {
        var sorted = new ArrayList<>(units);
        sorted.sort(Comparator.comparing((AssessmentReport.UnitScore u) -> u.total() == null)
                .thenComparing(AssessmentReport.UnitScore::total, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(AssessmentReport.UnitScore::unitName));
        var result = new ArrayList<AssessmentReport.UnitScore>();
        int rank = 0;
        BigDecimal previous = null;
        for (int i = 0; i < sorted.size(); i++) {
            AssessmentReport.UnitScore u = sorted.get(i);
            Integer position = null;
            if (u.total() != null) {
                if (previous == null || u.total().compareTo(previous) != 0) {
                    rank = i + 1;
                    previous = u.total();
                }
                position = rank;
            }
            result.add(new AssessmentReport.UnitScore(u.unitId(), u.unitName(), u.tasks(), u.components(), u.total(),
                    position, u.reweighted()));
        }
        return result;
    }

    /**
     * The congress whose scheme applies: the chosen meeting's; otherwise the one most cases in the filter belong to
     * (the lowest id on a tie), or the first congress when the filter holds no case.
     */
    private Congress congress(StatisticsFilter filter, FilterSql where) {
        List<Congress> congresses = meetings.congresses();
        if (congresses.isEmpty()) {
            return null;
        }
        Long congressId = null;
        if (filter.meetingId() != null) {
            congressId = meetings.find(filter.meetingId()).map(MeetingView::congressId).orElse(null);
        } else {
            Map<Long, Long> meetingCongress = new HashMap<>();
            meetings.all().forEach(m -> meetingCongress.put(m.id(), m.congressId()));
            Map<Long, Long> perCongress = new LinkedHashMap<>();
            jdbc.sql("select s.meeting_id, count(*) n from suggestions s where " + where.sql() + " group by s.meeting_id")
                    .params(where.params())
                    .query(rs -> {
                        perCongress.merge(meetingCongress.get(rs.getLong(1)), rs.getLong(2), Long::sum);
                    });
            congressId = perCongress.entrySet().stream()
                    .max(Map.Entry.<Long, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                            Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).orElse(null);
        }
        Long chosen = congressId;
        return congresses.stream().filter(c -> chosen != null && c.id().equals(chosen)).findFirst()
                .orElse(congresses.get(0));
    }
}
