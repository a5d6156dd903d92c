package cn.jianyi.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.jianyi.calendar.WorkingDayCalendar;
import cn.jianyi.calendar.WorkingDays;
import cn.jianyi.rules.ClassDefinition;
import cn.jianyi.rules.ClassificationScheme;
import cn.jianyi.rules.RuleSets;
import cn.jianyi.suggestion.MeetingView;
import cn.jianyi.suggestion.Meetings;
import cn.jianyi.suggestion.SubjectArea;
import cn.jianyi.suggestion.Suggestion;

/**
 * 统计: the figures a congress office reports, computed with SQL aggregates over the stored facts (cases, tasks,
 * signed replies, contacts, current feedback forms). Definitions: docs/process.md, section Statistics, and ADR 0022.
 * Every condition is a fixed SQL fragment over the case alias {@code s}; filter values are bound parameters.
 */
@Service
@Transactional(readOnly = true)
public class Statistics {

    /** Upper bounds (inclusive) of the response-time buckets in working days; the last bucket is open. */
    public static final List<Integer> BUCKET_LIMITS = List.of(20, 40, 60);

    /** The cases the office has handed to units: the denominator of every handling rate. */
    static final String ASSIGNED = "s.status in ('ASSIGNED', 'REPLIED', 'REHANDLING', 'CONCLUDED')";
    static final String SIGNED_REPLY =
            "exists (select 1 from replies r where r.suggestion_id = s.id and r.status = 'SIGNED')";
    /** The first signed reply against the due date stored on the answering task (主办 or 分办, not returned). */
    static final String ON_TIME = "(select min(r.signed_on) from replies r where r.suggestion_id = s.id"
            + " and r.status = 'SIGNED') <= (select max(a.due_on) from assignments a where a.suggestion_id = s.id"
            + " and a.role in ('LEAD', 'SEPARATE') and a.status <> 'RETURNED')";
    static final String FACE_TO_FACE = "exists (select 1 from contact_records c where c.suggestion_id = s.id"
            + " and c.kind = 'FACE_TO_FACE')";
    /** The class of the case's latest signed reply; the office's reviewed class wins over the unit's. */
    static final String EFFECTIVE_CLASS = "(select coalesce(r.reviewed_classification, r.classification)"
            + " from replies r where r.id = (select max(r2.id) from replies r2 where r2.suggestion_id = s.id"
            + " and r2.status = 'SIGNED'))";
    /** A feedback form that no correction has superseded. */
    static final String CURRENT_FORM = "not exists (select 1 from feedbacks x where x.supersedes_id = f.id)";
    static final String FINAL_ROUND = "f.round = (select max(g.round) from feedbacks g where g.suggestion_id = f.suggestion_id)";
    /** A unit on the case that answers it: 主办 or 分办 (the unit filter's lead-only condition). */
    static final String ANSWERING_UNIT = "su.role in ('LEAD', 'SEPARATE')";
    /** A task that answers the case: 主办 or 分办, not returned (alias {@code a}). */
    static final String ANSWERING_TASK = "a.role in ('LEAD', 'SEPARATE') and a.status <> 'RETURNED'";
    static final String RUNNING_TASK = "a.role in ('LEAD', 'SEPARATE')"
            + " and a.status in ('PENDING', 'IN_HANDLING', 'RETURN_REQUESTED', 'REHANDLING') and a.due_on < :today";

    /** A unit's answering task (主办 or 分办, not returned) on an assigned case; the task alias is {@code a}. */
    static final String UNIT_TASK = "a.role in ('LEAD', 'SEPARATE') and a.status <> 'RETURNED' and " + ASSIGNED;
    /** The task's unit has signed a reply on the case. */
    static final String UNIT_SIGNED = "exists (select 1 from replies ur where ur.suggestion_id = a.suggestion_id"
            + " and ur.unit_id = a.unit_id and ur.status = 'SIGNED')";
    /** The date of the unit's first signed reply on the case (null before it signs one). */
    static final String UNIT_FIRST_SIGNED = "(select min(ur.signed_on) from replies ur where ur.suggestion_id ="
            + " a.suggestion_id and ur.unit_id = a.unit_id and ur.status = 'SIGNED')";
    /** Due for assessment: the unit has replied, or its due date has passed ({@code :today} bound). */
    static final String UNIT_DUE = "(" + UNIT_SIGNED + " or a.due_on < :today)";
    /** The unit's first signed reply on or before the due date stored on its task. */
    static final String UNIT_ON_TIME = UNIT_FIRST_SIGNED + " <= a.due_on";
    /** The unit recorded a 面商 with the deputy on or before the day of its first signed reply. */
    static final String UNIT_FACE_TO_FACE = UNIT_SIGNED + " and " + contactBefore(" and uc.kind = 'FACE_TO_FACE'");
    /** The unit recorded other contacts (电话, 座谈, 实地) before its first signed reply, but no 面商. */
    static final String UNIT_OTHER_CONTACT = UNIT_SIGNED + " and " + contactBefore("") + " and not "
            + contactBefore(" and uc.kind = 'FACE_TO_FACE'");
    /** The class of the unit's latest signed reply on the case; the office's reviewed class wins. */
    static final String UNIT_CLASS = "(select coalesce(ur.reviewed_classification, ur.classification) from replies ur"
            + " where ur.id = (select max(ur2.id) from replies ur2 where ur2.suggestion_id = a.suggestion_id"
            + " and ur2.unit_id = a.unit_id and ur2.status = 'SIGNED'))";
    /** The feedback forms (alias {@code f}) on the task's unit's replies (alias {@code r}). */
    static final String UNIT_FORMS = " join replies r on r.suggestion_id = a.suggestion_id and r.unit_id = a.unit_id"
            + " join feedbacks f on f.reply_id = r.id";
    /** A current form of the latest round in which the deputies answered this unit's replies on the case. */
    static final String UNIT_FINAL_FORM = CURRENT_FORM + " and f.round = (select max(g.round) from feedbacks g"
            + " join replies gr on gr.id = g.reply_id where g.suggestion_id = f.suggestion_id and gr.unit_id = r.unit_id)";

    private final JdbcClient jdbc;
    private final RuleSets ruleSets;
    private final Meetings meetings;
    private final WorkingDays workingDays;
    private final Clock clock;

    /** The threads that read the report's parts side by side (two per report besides the caller's). */
    private final ExecutorService parts = Executors.newFixedThreadPool(4, new java.util.concurrent.ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "statistics-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    });

    Statistics(JdbcClient jdbc, RuleSets ruleSets, Meetings meetings, WorkingDays workingDays, Clock clock) {
        this.jdbc = jdbc;
        this.ruleSets = ruleSets;
        this.meetings = meetings;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /**
     * Every figure for the filter; the overdue list is the {@value #OVERDUE_SHOWN} most overdue tasks. The three
     * independent reads (the case counts, the response times, the overdue tasks) run side by side on their own
     * connections, so the page waits for the slowest of them rather than for their sum; inside a caller's transaction
     * (which may hold writes the other connections cannot see) they run one after the other in it.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public StatisticsReport report(StatisticsFilter filter) {
        Where where = where(filter);
        boolean inTransaction = TransactionSynchronizationManager.isActualTransactionActive();
        CompletableFuture<Overdue> overdueRead = read(inTransaction, () -> overdue(filter, where, OVERDUE_SHOWN));
        CompletableFuture<List<StatisticsReport.UnitResponse>> responsesRead =
                read(inTransaction, () -> responses(filter));
        CaseCounts counts = caseCounts(where);
        Overdue overdue = result(overdueRead);
        ClassificationScheme scheme = filter.meetingId() != null ? ruleSets.schemeForMeeting(filter.meetingId())
                : ruleSets.scheme(counts.mostUsedScheme());
        var classes = new ArrayList<StatisticsReport.ClassShare>();
        for (ClassDefinition definition : scheme.classes()) {
            classes.add(new StatisticsReport.ClassShare(definition.letter(), definition.code(), definition.label(),
                    definition.definition(), new Rate(counts.byClass.getOrDefault(definition.letter(), 0L),
                    counts.classified)));
        }
        return new StatisticsReport(counts.total(), counts.byStatus,
                new Rate(counts.replied, counts.assigned), new Rate(counts.onTime, counts.assigned),
                new Rate(counts.concluded, counts.assigned), new Rate(counts.faceToFace, counts.assigned),
                scheme.name(), classes, satisfactions(counts.firstRound), satisfactions(counts.finalRound),
                result(responsesRead), overdue.tasks(), overdue.count());
    }

    /** How many of the most overdue tasks the report lists; the count covers them all. */
    public static final int OVERDUE_SHOWN = 100;

    /** Runs a part of the report on the pool, or here and now inside a transaction. */
    private <T> CompletableFuture<T> read(boolean inTransaction, Callable<T> part) {
        if (inTransaction) {
            try {
                return CompletableFuture.completedFuture(part.call());
            } catch (Exception e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        return CompletableFuture.supplyAsync(() -> {
            try {
                return part.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, parts);
    }

    /** A part's result; its failure is thrown as it was thrown on the pool. */
    private static <T> T result(CompletableFuture<T> part) {
        try {
            return part.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @PreDestroy
    void stopParts() {
        parts.shutdownNow();
    }

    /** The per-case facts of a filter, counted in one pass. */
    private static final class CaseCounts {
        final Map<Suggestion.Status, Long> byStatus = new EnumMap<>(Suggestion.Status.class);
        final Map<String, Long> byClass = new HashMap<>();
        final Map<String, Long> byScheme = new HashMap<>();
        final Map<String, Long> firstRound = new HashMap<>();
        final Map<String, Long> finalRound = new HashMap<>();
        long assigned;
        long replied;
        long onTime;
        long concluded;
        long faceToFace;
        long classified;

        long total() {
            return byStatus.values().stream().mapToLong(Long::longValue).sum();
        }

        /** The scheme most of the classified cases' latest replies use (the national one when there are none). */
        String mostUsedScheme() {
            return byScheme.entrySet().stream()
                    .max(Map.Entry.<String, Long>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).orElse("NPC");
        }
    }

    /**
     * Every case of the filter grouped by the facts the figures count: status, a signed reply, on time, a face-to-face
     * contact, the effective class of the latest signed reply and its scheme, with the sums of its current forms by
     * round and satisfaction. The facts are the {@code case_facts} rows {@link CaseFacts} keeps with the conditions
     * the lists behind the figures use; the filter reads the row as it would read the case (alias {@code s}: id,
     * meeting, category, status), so one pass over one narrow table counts every case.
     */
    private CaseCounts caseCounts(Where where) {
        var counts = new CaseCounts();
        for (Suggestion.Status status : Suggestion.Status.values()) {
            counts.byStatus.put(status, 0L);
        }
        jdbc.sql("select s.status, s.replied, s.on_time, s.face_to_face, s.effective_class, s.class_scheme, count(*) n,"
                        + " sum(s.first_satisfied), sum(s.first_basically), sum(s.first_dissatisfied),"
                        + " sum(s.final_satisfied), sum(s.final_basically), sum(s.final_dissatisfied)"
                        + " from case_facts s where " + where.sql
                        + " group by s.status, s.replied, s.on_time, s.face_to_face, s.effective_class, s.class_scheme")
                .params(where.params)
                .query(rs -> {
                    Suggestion.Status status = Suggestion.Status.valueOf(rs.getString(1));
                    boolean replied = rs.getBoolean(2);
                    long n = rs.getLong(7);
                    counts.byStatus.merge(status, n, Long::sum);
                    if (replied) {
                        counts.classified += n;
                        counts.byClass.merge(rs.getString(5), n, Long::sum);
                        counts.byScheme.merge(rs.getString(6), n, Long::sum);
                    }
                    if (ASSIGNED_STATUSES.contains(status)) {
                        counts.assigned += n;
                        counts.replied += replied ? n : 0;
                        counts.onTime += rs.getBoolean(3) ? n : 0;
                        counts.concluded += status == Suggestion.Status.CONCLUDED ? n : 0;
                        counts.faceToFace += rs.getBoolean(4) ? n : 0;
                    }
                    String[] satisfactions = {"SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"};
                    for (int i = 0; i < 3; i++) {
                        counts.firstRound.merge(satisfactions[i], rs.getLong(8 + i), Long::sum);
                        counts.finalRound.merge(satisfactions[i], rs.getLong(11 + i), Long::sum);
                    }
                });
        return counts;
    }

    /** The statuses of {@link #ASSIGNED}. */
    private static final java.util.Set<Suggestion.Status> ASSIGNED_STATUSES = java.util.EnumSet.of(
            Suggestion.Status.ASSIGNED, Suggestion.Status.REPLIED, Suggestion.Status.REHANDLING,
            Suggestion.Status.CONCLUDED);

    private static StatisticsReport.Satisfactions satisfactions(Map<String, Long> counts) {
        long returned = counts.values().stream().mapToLong(Long::longValue).sum();
        long satisfied = counts.getOrDefault("SATISFIED", 0L);
        long basically = counts.getOrDefault("BASICALLY_SATISFIED", 0L);
        return new StatisticsReport.Satisfactions(new Rate(satisfied, returned), new Rate(basically, returned),
                new Rate(satisfied + basically, returned),
                new Rate(counts.getOrDefault("DISSATISFIED", 0L), returned));
    }

    /** One answering task (主办 or 分办) with its 交办 date and the unit's first signed reply. */
    private record Answer(long suggestionId, long unitId, String unitName, LocalDate assignedOn, LocalDate firstSigned) {
    }

    private List<Answer> answers(StatisticsFilter filter, Where where) {
        return jdbc.sql("select s.id, a.unit_id, u.short_name, a.assigned_on, (select min(r.signed_on) from replies r"
                        + " where r.suggestion_id = s.id and r.unit_id = a.unit_id and r.status = 'SIGNED') first_signed"
                        + " from assignments a join suggestions s on s.id = a.suggestion_id join units u on u.id = a.unit_id"
                        + " where a.role in ('LEAD', 'SEPARATE') and a.status <> 'RETURNED' and " + where.sql
                        + taskOfUnit(filter))
                .params(where.params)
                .query((rs, n) -> new Answer(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)))
                .list().stream().filter(a -> a.firstSigned() != null).toList();
    }

    /**
     * Response times per unit. The database counts the answering tasks ({@code task_facts}, kept by {@link CaseFacts})
     * per unit, 交办 date and first signing date (few distinct pairs: a meeting is assigned on a handful of days), and
     * the working days are counted once per distinct pair on the calendar, so a calendar change shows at once.
     */
    private List<StatisticsReport.UnitResponse> responses(StatisticsFilter filter) {
        Where where = where(filter, "a.suggestion_id", "a");
        WorkingDayCalendar calendar = workingDays.calendar();
        record Group(long unitId, String unitName, LocalDate assignedOn, LocalDate firstSigned, long count) {
        }
        List<Group> groups = jdbc.sql("select a.unit_id, u.short_name, a.assigned_on, a.first_signed, count(*) n"
                        + " from task_facts a join units u on u.id = a.unit_id"
                        + " where a.first_signed is not null and " + where.sql + taskOfUnit(filter)
                        + " group by a.unit_id, u.short_name, a.assigned_on, a.first_signed")
                .params(where.params)
                .query((rs, n) -> new Group(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getLong(5)))
                .list();
        Map<List<LocalDate>, Integer> days = new HashMap<>();
        Map<Long, java.util.TreeMap<Integer, Long>> byUnit = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (Group group : groups) {
            int d = days.computeIfAbsent(List.of(group.assignedOn(), group.firstSigned()),
                    pair -> calendar.workingDaysAfter(pair.get(0), pair.get(1)));
            byUnit.computeIfAbsent(group.unitId(), id -> new java.util.TreeMap<>()).merge(d, group.count(), Long::sum);
            names.put(group.unitId(), group.unitName());
        }
        var result = new ArrayList<StatisticsReport.UnitResponse>();
        byUnit.forEach((unitId, distribution) -> {
            var buckets = new ArrayList<Long>();
            for (int i = 0; i <= BUCKET_LIMITS.size(); i++) {
                buckets.add(0L);
            }
            distribution.forEach((d, count) -> buckets.set(bucketOf(d), buckets.get(bucketOf(d)) + count));
            result.add(new StatisticsReport.UnitResponse(unitId, names.get(unitId), buckets, median(distribution)));
        });
        result.sort(java.util.Comparator.comparing(StatisticsReport.UnitResponse::unitName));
        return result;
    }

    /** The median of a distribution (value → how often), as {@link #median(List)} computes it. */
    static BigDecimal median(java.util.NavigableMap<Integer, Long> distribution) {
        long n = distribution.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return null;
        }
        Integer lower = nth(distribution, (n - 1) / 2);
        Integer upper = nth(distribution, n / 2);
        return BigDecimal.valueOf(lower + upper).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
    }

    /** The value at a 0-based position in the sorted values of a distribution. */
    private static Integer nth(java.util.NavigableMap<Integer, Long> distribution, long position) {
        long seen = 0;
        for (Map.Entry<Integer, Long> entry : distribution.entrySet()) {
            seen += entry.getValue();
            if (position < seen) {
                return entry.getKey();
            }
        }
        throw new IllegalArgumentException("position " + position);
    }

    static int bucketOf(int workingDays) {
        for (int i = 0; i < BUCKET_LIMITS.size(); i++) {
            if (workingDays <= BUCKET_LIMITS.get(i)) {
                return i;
            }
        }
        return BUCKET_LIMITS.size();
    }

    /** The median of sorted values; the mean of the two middle ones for an even count, to one decimal. */
    static BigDecimal median(List<Integer> sorted) {
        int n = sorted.size();
        if (n == 0) {
            return null;
        }
        BigDecimal middle = n % 2 == 1 ? BigDecimal.valueOf(sorted.get(n / 2))
                : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 1,
                        RoundingMode.HALF_UP);
        return middle.setScale(1, RoundingMode.HALF_UP);
    }

    /** With a unit chosen, only that unit's tasks. */
    private static String taskOfUnit(StatisticsFilter filter) {
        return filter.unitId() == null ? "" : " and a.unit_id = :unitId";
    }

    /** The running tasks past their due date, the most overdue first (at most {@code limit}). */
    public List<StatisticsReport.OverdueTask> overdue(StatisticsFilter filter, int limit) {
        return overdue(filter, where(filter), limit).tasks();
    }

    /** How many titles one query reads (the export lists every overdue task; bind parameters are limited). */
    private static final int TITLES_PER_QUERY = 1000;

    /** The most overdue tasks and the count of all. */
    private record Overdue(List<StatisticsReport.OverdueTask> tasks, long count) {
    }

    /**
     * The running tasks past their due date, the most overdue first (at most {@code limit}), with the count of all in
     * the same pass: the tasks are joined with the cases' narrow {@code case_facts} rows (meeting and number, the
     * filter's alias {@code s}) and ordered there; only the titles of the tasks returned are read from the cases.
     */
    private Overdue overdue(StatisticsFilter filter, Where where, int limit) {
        LocalDate today = LocalDate.now(clock);
        record Row(long suggestionId, long meetingId, int number, String unit, LocalDate due) {
        }
        long[] count = {0};
        List<Row> rows = jdbc.sql("select a.suggestion_id, s.meeting_id, s.number, u.short_name, a.due_on,"
                        + " count(*) over () total from assignments a join case_facts s on s.id = a.suggestion_id"
                        + " join units u on u.id = a.unit_id"
                        + " where " + RUNNING_TASK + taskOfUnit(filter) + " and " + where.sql
                        + " order by a.due_on, s.meeting_id, s.number, u.short_name limit " + Math.max(1, limit))
                .params(where.params).param("today", today)
                .query((rs, n) -> {
                    count[0] = rs.getLong(6);
                    return new Row(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                            rs.getObject(5, LocalDate.class));
                })
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
        Map<Long, String> names = meetingNames();
        return new Overdue(rows.stream().map(row -> new StatisticsReport.OverdueTask(row.suggestionId(),
                names.get(row.meetingId()), row.number(), titles.get(row.suggestionId()), row.unit(), row.due(),
                ChronoUnit.DAYS.between(row.due(), today))).toList(), count[0]);
    }

    /**
     * The figures of each unit that answers cases in the filter (主办 or 分办), as the dashboard shows them for that
     * unit with only its lead cases counted: the same conditions, grouped by unit. Ordered by the number of cases,
     * most first, then by name.
     */
    public List<UnitFigures> byUnit(StatisticsFilter filter) {
        Where where = where(filter);
        var classSums = new StringBuilder();
        for (String letter : List.of("A", "B", "C", "D")) {
            classSums.append(", coalesce(sum(case when %s and %s = '%s' then 1 else 0 end), 0) class_%s"
                    .formatted(SIGNED_REPLY, EFFECTIVE_CLASS, letter, letter));
        }
        Map<Long, Map<String, Long>> forms = new HashMap<>();
        jdbc.sql("select su.unit_id, f.satisfaction, count(*) n from feedbacks f join suggestions s on s.id ="
                        + " f.suggestion_id join suggestion_units su on su.suggestion_id = s.id and " + ANSWERING_UNIT
                        + " where " + where.sql + " and " + CURRENT_FORM + " and f.round = 1"
                        + " group by su.unit_id, f.satisfaction")
                .params(where.params)
                .query(rs -> {
                    forms.computeIfAbsent(rs.getLong(1), any -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
                });
        return jdbc.sql("select su.unit_id, u.short_name, count(*) total,"
                        + " coalesce(sum(case when " + ASSIGNED + " then 1 else 0 end), 0) assigned,"
                        + " coalesce(sum(case when " + ASSIGNED + " and " + SIGNED_REPLY + " then 1 else 0 end), 0) replied,"
                        + " coalesce(sum(case when " + ASSIGNED + " and " + ON_TIME + " then 1 else 0 end), 0) on_time"
                        + classSums
                        + " from suggestions s join suggestion_units su on su.suggestion_id = s.id and " + ANSWERING_UNIT
                        + " join units u on u.id = su.unit_id where " + where.sql
                        + " group by su.unit_id, u.short_name order by total desc, u.short_name")
                .params(where.params)
                .query((rs, n) -> {
                    long assigned = rs.getLong("assigned");
                    long classified = 0;
                    var classes = new ArrayList<Long>();
                    for (String letter : List.of("A", "B", "C", "D")) {
                        classes.add(rs.getLong("class_" + letter.toLowerCase()));
                        classified += classes.get(classes.size() - 1);
                    }
                    Map<String, Long> unitForms = forms.getOrDefault(rs.getLong("unit_id"), Map.of());
                    long returned = unitForms.values().stream().mapToLong(Long::longValue).sum();
                    long satisfied = unitForms.getOrDefault("SATISFIED", 0L);
                    long basically = unitForms.getOrDefault("BASICALLY_SATISFIED", 0L);
                    return new UnitFigures(rs.getLong("unit_id"), rs.getString("short_name"), rs.getLong("total"),
                            new Rate(rs.getLong("replied"), assigned), new Rate(rs.getLong("on_time"), assigned),
                            classes, classified, new StatisticsReport.Satisfactions(new Rate(satisfied, returned),
                                    new Rate(basically, returned), new Rate(satisfied + basically, returned),
                                    new Rate(unitForms.getOrDefault("DISSATISFIED", 0L), returned)));
                })
                .list();
    }

    /** The cases in the filter per subject area (分类), every area listed, zeros included. */
    public Map<SubjectArea, Long> byCategory(StatisticsFilter filter) {
        Where where = where(filter);
        Map<SubjectArea, Long> counts = new EnumMap<>(SubjectArea.class);
        for (SubjectArea area : SubjectArea.values()) {
            counts.put(area, 0L);
        }
        jdbc.sql("select s.category, count(*) n from suggestions s where " + where.sql + " group by s.category")
                .params(where.params)
                .query(rs -> {
                    counts.put(SubjectArea.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    /** How many units the cases in the filter went to: all of them, and those that answer (主办 or 分办). */
    public UnitCounts unitCounts(StatisticsFilter filter) {
        Where where = where(filter);
        Map<String, Object> row = jdbc.sql("select count(distinct su.unit_id) units, count(distinct case when "
                        + ANSWERING_UNIT + " then su.unit_id end) answering from suggestion_units su"
                        + " join suggestions s on s.id = su.suggestion_id where " + where.sql)
                .params(where.params).query().singleRow();
        return new UnitCounts(number(row.get("units")), number(row.get("answering")));
    }

    /** Units on the cases: all of them, and those that answer (主办 or 分办); the rest are co-units (协办). */
    public record UnitCounts(long units, long answering) {
    }

    /**
     * The cases behind a figure, in meeting and number order (at most {@code limit}).
     *
     * @throws IllegalArgumentException when the figure needs a value and it is missing or not one of its values
     */
    public List<CaseRow> cases(StatisticsFilter filter, Figure figure, String value, int limit) {
        boolean needsValue = switch (figure) {
            case STATUS, CLASS, FIRST_ROUND, FINAL_ROUND, RESPONSE, UNIT_TASKS, UNIT_DUE, UNIT_ON_TIME, UNIT_REPLIED,
                 UNIT_FACE_TO_FACE, UNIT_OTHER_CONTACT, UNIT_CLASS, UNIT_FORMS -> true;
            default -> false;
        };
        if (needsValue && value == null) {
            throw new IllegalArgumentException(figure + " needs a value");
        }
        Where where = where(filter);
        var params = new HashMap<>(where.params);
        String condition;
        switch (figure) {
            case ALL -> condition = "1 = 1";
            case STATUS -> {
                condition = "s.status = :value";
                params.put("value", Suggestion.Status.valueOf(value).name());
            }
            case ASSIGNED -> condition = ASSIGNED;
            case REPLIED -> condition = ASSIGNED + " and " + SIGNED_REPLY;
            case ON_TIME -> condition = ASSIGNED + " and " + ON_TIME;
            case CONCLUDED -> condition = ASSIGNED + " and s.status = 'CONCLUDED'";
            case FACE_TO_FACE -> condition = ASSIGNED + " and " + FACE_TO_FACE;
            case CLASSIFIED -> condition = SIGNED_REPLY;
            case CLASS -> {
                condition = SIGNED_REPLY + " and " + EFFECTIVE_CLASS + " = :value";
                params.put("value", letter(value));
            }
            case FIRST_ROUND, FINAL_ROUND -> {
                String round = figure == Figure.FIRST_ROUND ? "f.round = 1" : FINAL_ROUND;
                List<String> satisfactions = satisfactions(value);
                condition = "exists (select 1 from feedbacks f where f.suggestion_id = s.id and " + CURRENT_FORM
                        + " and " + round + " and f.satisfaction in (:value))";
                params.put("value", satisfactions);
            }
            case OVERDUE -> {
                condition = "exists (select 1 from assignments a where a.suggestion_id = s.id and " + RUNNING_TASK
                        + taskOfUnit(filter) + ")";
                params.put("today", LocalDate.now(clock));
            }
            case RESPONSE -> {
                if (value == null || !value.matches("\\d{1,18}:\\d")) {
                    throw new IllegalArgumentException("response bucket " + value);
                }
                String[] parts = value.split(":", 2);
                long unitId = Long.parseLong(parts[0]);
                int bucket = Integer.parseInt(parts[1]);
                WorkingDayCalendar calendar = workingDays.calendar();
                List<Long> ids = answers(filter, where).stream().filter(a -> a.unitId() == unitId)
                        .filter(a -> bucketOf(calendar.workingDaysAfter(a.assignedOn(), a.firstSigned())) == bucket)
                        .map(Answer::suggestionId).toList();
                if (ids.isEmpty()) {
                    return List.of();
                }
                condition = "s.id in (:value)";
                params.put("value", ids);
            }
            case UNIT_TASKS, UNIT_DUE, UNIT_ON_TIME, UNIT_REPLIED, UNIT_FACE_TO_FACE, UNIT_OTHER_CONTACT, UNIT_CLASS,
                 UNIT_FORMS -> condition = unitCondition(figure, value, params);
            default -> throw new IllegalArgumentException(figure.name());
        }
        Map<Long, String> names = meetingNames();
        return jdbc.sql("select s.id, s.meeting_id, s.number, s.title, s.status, (select min(u.short_name) from"
                        + " suggestion_units su join units u on u.id = su.unit_id where su.suggestion_id = s.id"
                        + " and su.role = 'LEAD') lead_unit from suggestions s where " + where.sql + " and " + condition
                        + " order by s.meeting_id, s.number limit " + Math.max(1, limit))
                .params(params)
                .query((rs, n) -> new CaseRow(rs.getLong(1), names.get(rs.getLong(2)), rs.getInt(3), rs.getString(4),
                        rs.getString(6), Suggestion.Status.valueOf(rs.getString(5))))
                .list();
    }

    private static String contactBefore(String kind) {
        return "exists (select 1 from contact_records uc where uc.suggestion_id = a.suggestion_id"
                + " and uc.unit_id = a.unit_id" + kind + " and uc.contacted_on <= " + UNIT_FIRST_SIGNED + ")";
    }

    /**
     * The condition of a per-unit figure of the assessment; value = {@code unitId} or {@code unitId:item}.
     * Puts the bound values into {@code params}.
     */
    private String unitCondition(Figure figure, String value, Map<String, Object> params) {
        if (value == null || !value.matches("\\d{1,18}(:[A-Z_]{1,30})?")) {
            throw new IllegalArgumentException("unit figure " + value);
        }
        String[] parts = value.split(":", 2);
        String item = parts.length == 2 ? parts[1] : null;
        if ((item != null) != (figure == Figure.UNIT_CLASS || figure == Figure.UNIT_FORMS)) {
            throw new IllegalArgumentException("unit figure " + figure + " " + value);
        }
        params.put("unit", Long.parseLong(parts[0]));
        String task = "a.suggestion_id = s.id and a.unit_id = :unit and " + UNIT_TASK;
        String condition;
        switch (figure) {
            case UNIT_TASKS -> condition = "1 = 1";
            case UNIT_DUE -> {
                condition = UNIT_DUE;
                params.put("today", LocalDate.now(clock));
            }
            case UNIT_ON_TIME -> condition = UNIT_ON_TIME;
            case UNIT_REPLIED -> condition = UNIT_SIGNED;
            case UNIT_FACE_TO_FACE -> condition = UNIT_FACE_TO_FACE;
            case UNIT_OTHER_CONTACT -> condition = UNIT_OTHER_CONTACT;
            case UNIT_CLASS -> {
                condition = UNIT_SIGNED + " and " + UNIT_CLASS + " = :value";
                params.put("value", letter(item));
            }
            case UNIT_FORMS -> {
                params.put("value", satisfactions(item));
                return "exists (select 1 from assignments a" + UNIT_FORMS + " where " + task + " and "
                        + UNIT_FINAL_FORM + " and f.satisfaction in (:value))";
            }
            default -> throw new IllegalArgumentException(figure.name());
        }
        return "exists (select 1 from assignments a where " + task + " and " + condition + ")";
    }

    private static List<String> satisfactions(String value) {
        return switch (value) {
            case "RETURNED" -> List.of("SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED");
            case "COMBINED" -> List.of("SATISFIED", "BASICALLY_SATISFIED");
            case "SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED" -> List.of(value);
            default -> throw new IllegalArgumentException("satisfaction " + value);
        };
    }

    private static String letter(String value) {
        if (value == null || !value.matches("[A-D]")) {
            throw new IllegalArgumentException("class " + value);
        }
        return value;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private Map<Long, String> meetingNames() {
        return meetings.all().stream().collect(Collectors.toMap(MeetingView::id, m -> m.congressShortName() + m.name(),
                (a, b) -> a));
    }

    /** The filter as a condition on the case alias {@code s} and its bound parameters. */
    record Where(String sql, Map<String, Object> params) {
    }

    static Where where(StatisticsFilter filter) {
        return where(filter, "s.id", "s");
    }

    /**
     * The filter's condition on a table with the case's meeting and category under {@code alias} and the case's id
     * in {@code caseId}: the cases themselves or {@code case_facts} ({@code s.id}, {@code s}; historical cases left
     * out), or {@code task_facts} ({@code a.suggestion_id}, {@code a}; historical cases have no tasks).
     */
    static Where where(StatisticsFilter filter, String caseId, String alias) {
        var sql = new StringBuilder("s".equals(alias) ? CaseFacts.LIVE : "1 = 1");
        var params = new HashMap<String, Object>();
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
                    .append(filter.leadOnly() ? " and fu.role in ('LEAD', 'SEPARATE'))" : ")");
            params.put("unitId", filter.unitId());
        }
        if (filter.year() != null) {
            sql.append(" and (select min(fa.assigned_on) from assignments fa where fa.suggestion_id = ").append(caseId)
                    .append(") between :yearFrom and :yearTo");
            params.put("yearFrom", LocalDate.of(filter.year(), 1, 1));
            params.put("yearTo", LocalDate.of(filter.year(), 12, 31));
        }
        return new Where(sql.toString(), Map.copyOf(params));
    }

}
