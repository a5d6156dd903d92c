package cn.jianyi.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.rules.ClassDefinition;
import cn.jianyi.rules.ClassificationScheme;
import cn.jianyi.rules.RuleSets;
import cn.jianyi.suggestion.Suggestion;

/**
 * 统计: the figures a congress office reports, computed with SQL aggregates over the stored facts (cases, tasks,
 * signed replies, contacts, current feedback forms). Definitions: docs/process.md, section Statistics, and ADR 0022.
 * The report composes three independent reads: the case counts (here, from {@code case_facts}), the
 * {@link ResponseTimes} and the {@link OverdueTasks}; the facts themselves are the conditions of
 * {@link FactConditions}, the filter is {@link FilterSql}.
 */
@Service
public class Statistics {

    /** How many of the most overdue tasks the report lists; the count covers them all. */
    public static final int OVERDUE_SHOWN = 100;

    private final JdbcClient jdbc;
    private final RuleSets ruleSets;
    private final ResponseTimes responseTimes;
    private final OverdueTasks overdueTasks;
    /** The threads that read the report's parts side by side (two per report besides the caller's). */
    private final AsyncTaskExecutor parts;

    Statistics(JdbcClient jdbc, RuleSets ruleSets, ResponseTimes responseTimes, OverdueTasks overdueTasks,
               @Qualifier(StatisticsConfiguration.EXECUTOR) AsyncTaskExecutor parts) {
        this.jdbc = jdbc;
        this.ruleSets = ruleSets;
        this.responseTimes = responseTimes;
        this.overdueTasks = overdueTasks;
        this.parts = parts;
    }

    /**
     * Every figure for the filter; the overdue list is the {@value #OVERDUE_SHOWN} most overdue tasks. The three
     * independent reads (the case counts, the response times, the overdue tasks) run side by side on their own
     * connections, so the page waits for the slowest of them rather than for their sum; inside a caller's transaction
     * (which may hold writes the other connections cannot see) they run one after the other in it.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public StatisticsReport report(StatisticsFilter filter) {
        FilterSql where = FilterSql.where(filter);
        boolean inTransaction = TransactionSynchronizationManager.isActualTransactionActive();
        CompletableFuture<OverdueTasks.Overdue> overdueRead =
                read(inTransaction, () -> overdueTasks.read(filter, where, OVERDUE_SHOWN));
        CompletableFuture<List<StatisticsReport.UnitResponse>> responsesRead =
                read(inTransaction, () -> responseTimes.read(filter));
        CaseCounts counts = caseCounts(filter);
        OverdueTasks.Overdue overdue = result(overdueRead);
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
                scheme.name(), classes, StatisticsReport.Satisfactions.of(counts.firstRound),
                StatisticsReport.Satisfactions.of(counts.finalRound), result(responsesRead), overdue.tasks(),
                overdue.count());
    }

    /**
     * Runs a part of the report on the pool; here and now inside a transaction, or when the pool's queue is full (a
     * busy moment makes the page slower, not refused).
     */
    private <T> CompletableFuture<T> read(boolean inTransaction, Callable<T> part) {
        if (!inTransaction) {
            try {
                return parts.submitCompletable(part);
            } catch (TaskRejectedException full) {
                // read it here
            }
        }
        try {
            return CompletableFuture.completedFuture(part.call());
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
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

    /** The per-case facts of a filter, counted in one pass. */
    private static final class CaseCounts {
        final Map<Suggestion.Status, Long> byStatus = new EnumMap<>(Suggestion.Status.class);
        final Map<String, Long> byClass = new HashMap<>();
        final Map<String, Long> byScheme = new HashMap<>();
        final Map<Satisfaction, Long> firstRound = new EnumMap<>(Satisfaction.class);
        final Map<Satisfaction, Long> finalRound = new EnumMap<>(Satisfaction.class);
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
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).orElse("NPC");
        }
    }

    /**
     * The case counts of the filter grouped by the facts the figures count: status, a signed reply, on time, a
     * face-to-face contact, the effective class of the latest signed reply and its scheme, with the sums of its current
     * forms by round and satisfaction. They are read from the rollup {@code case_rollups} (ADR 0069), which
     * {@link CaseFacts} keeps in each act's transaction from the per-case facts, so a filter sums a few rows per group
     * rather than reading every case. Empty strings in the rollup's keys stand for no class and no scheme.
     */
    private CaseCounts caseCounts(StatisticsFilter filter) {
        var counts = new CaseCounts();
        for (Suggestion.Status status : Suggestion.Status.values()) {
            counts.byStatus.put(status, 0L);
        }
        FilterSql where = FilterSql.rollup(filter, false);
        jdbc.sql("select r.status, r.replied, r.on_time, r.face_to_face, r.effective_class, r.class_scheme, sum(r.n) n,"
                        + " sum(r.first_satisfied), sum(r.first_basically), sum(r.first_dissatisfied),"
                        + " sum(r.final_satisfied), sum(r.final_basically), sum(r.final_dissatisfied)"
                        + " from case_rollups r where " + where.sql()
                        + " group by r.status, r.replied, r.on_time, r.face_to_face, r.effective_class, r.class_scheme"
                        + " having sum(r.n) > 0")
                .params(where.params())
                .query(rs -> {
                    Suggestion.Status status = Suggestion.Status.valueOf(rs.getString(1));
                    boolean replied = rs.getBoolean(2);
                    long n = rs.getLong(7);
                    counts.byStatus.merge(status, n, Long::sum);
                    if (replied) {
                        counts.classified += n;
                        counts.byClass.merge(orNull(rs.getString(5)), n, Long::sum);
                        counts.byScheme.merge(orNull(rs.getString(6)), n, Long::sum);
                    }
                    if (FactConditions.ASSIGNED_STATUSES.contains(status)) {
                        counts.assigned += n;
                        counts.replied += replied ? n : 0;
                        counts.onTime += rs.getBoolean(3) ? n : 0;
                        counts.concluded += status == Suggestion.Status.CONCLUDED ? n : 0;
                        counts.faceToFace += rs.getBoolean(4) ? n : 0;
                    }
                    addForms(counts.firstRound, rs.getLong(8), rs.getLong(9), rs.getLong(10));
                    addForms(counts.finalRound, rs.getLong(11), rs.getLong(12), rs.getLong(13));
                });
        return counts;
    }

    /** A rollup key's empty string as the missing value it stands for. */
    private static String orNull(String key) {
        return key == null || key.isEmpty() ? null : key;
    }

    private static void addForms(Map<Satisfaction, Long> forms, long satisfied, long basically, long dissatisfied) {
        forms.merge(Satisfaction.SATISFIED, satisfied, Long::sum);
        forms.merge(Satisfaction.BASICALLY_SATISFIED, basically, Long::sum);
        forms.merge(Satisfaction.DISSATISFIED, dissatisfied, Long::sum);
    }
}
