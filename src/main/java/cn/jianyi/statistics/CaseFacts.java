package cn.jianyi.statistics;

import static cn.jianyi.statistics.FactConditions.ANSWERING_TASK;
import static cn.jianyi.statistics.FactConditions.CLASS_SCHEME;
import static cn.jianyi.statistics.FactConditions.EFFECTIVE_CLASS;
import static cn.jianyi.statistics.FactConditions.FACE_TO_FACE;
import static cn.jianyi.statistics.FactConditions.FINAL_ROUND;
import static cn.jianyi.statistics.FactConditions.FIRST_YEAR;
import static cn.jianyi.statistics.FactConditions.FIRST_ROUND;
import static cn.jianyi.statistics.FactConditions.LIVE;
import static cn.jianyi.statistics.FactConditions.ON_TIME;
import static cn.jianyi.statistics.FactConditions.SIGNED_REPLY;
import static cn.jianyi.statistics.FactConditions.UNIT_FIRST_SIGNED;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jianyi.assignment.CaseAssigned;
import cn.jianyi.feedback.FeedbackGiven;
import cn.jianyi.feedback.RehandlingDecided;
import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.handling.DeputyContacted;
import cn.jianyi.handling.ReplyClassReviewed;
import cn.jianyi.handling.ReplySigned;
import cn.jianyi.suggestion.CaseClosed;
import cn.jianyi.suggestion.CaseMerged;
import cn.jianyi.suggestion.CaseRegistered;
import cn.jianyi.suggestion.CaseWithdrawn;
import cn.jianyi.suggestion.UnitDeadlineMoved;
import cn.jianyi.suggestion.UnitReplaced;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

/**
 * The dashboard's projections: one {@code case_facts} row per case holding what the figures count (a signed reply,
 * on time, a face-to-face contact, the effective class and its scheme, the current forms of the first and the latest
 * round by satisfaction), with the case's id, meeting, number, category and status copied so that the dashboard reads
 * this table alone; and one {@code task_facts} row per answering task with its 交办 date and the unit's first signing
 * date (and the case's meeting and category), for the response times. It subscribes to the events of the acts that
 * change what a row holds (ADR 0031: registration, withdrawal, merging, 交办, a unit replaced or its deadline moved,
 * signing, class review, a contact, feedback, re-handling, closing), all published inside the act's transaction;
 * just before that transaction commits, the case's rows are computed again with the very conditions the lists behind
 * the figures use ({@link FactConditions}), so the counts and the lists cannot drift apart. Acts that change none of it
 * (签收, drafts, 会签, reminders, notices) do not concern it. The rows are built when the application starts for any case or
 * answering task that lacks them (after the migrations, or after rows were written outside the application).
 */
@Component
public class CaseFacts {

    private static final Logger log = LoggerFactory.getLogger(CaseFacts.class);

    /** The facts of the cases {@code s} selected by the condition that follows. */
    private static final String SELECT = "insert into case_facts (id, meeting_id, number, category, status, replied,"
            + " on_time, face_to_face,"
            + " effective_class, class_scheme, first_satisfied, first_basically, first_dissatisfied, final_satisfied,"
            + " final_basically, final_dissatisfied, first_year)"
            + " select s.id, s.meeting_id, s.number, s.category, s.status,"
            + " case when " + SIGNED_REPLY + " then true else false end,"
            + " case when " + ON_TIME + " then true else false end,"
            + " case when " + FACE_TO_FACE + " then true else false end,"
            + " case when " + SIGNED_REPLY + " then " + EFFECTIVE_CLASS + " end,"
            + " " + CLASS_SCHEME + ","
            + forms(FIRST_ROUND, Satisfaction.SATISFIED) + ", " + forms(FIRST_ROUND, Satisfaction.BASICALLY_SATISFIED)
            + ", " + forms(FIRST_ROUND, Satisfaction.DISSATISFIED) + ", " + forms(FINAL_ROUND, Satisfaction.SATISFIED)
            + ", " + forms(FINAL_ROUND, Satisfaction.BASICALLY_SATISFIED) + ", "
            + forms(FINAL_ROUND, Satisfaction.DISSATISFIED) + ", " + FIRST_YEAR
            + " from suggestions s where " + LIVE + " and ";

    /** The units on the cases {@code s} selected by the condition that follows, as the rollups count them. */
    private static final String UNITS = "insert into case_fact_units (suggestion_id, unit_id, answering)"
            + " select su.suggestion_id, su.unit_id, case when " + FactConditions.answeringUnit("su")
            + " then true else false end from suggestion_units su join suggestions s on s.id = su.suggestion_id"
            + " where " + LIVE + " and ";

    /** The answering tasks {@code a} selected by the condition that follows, with the unit's first signing date. */
    private static final String TASKS = "insert into task_facts (id, suggestion_id, unit_id, assigned_on, first_signed,"
            + " meeting_id, category, due_on, running, number)"
            + " select a.id, a.suggestion_id, a.unit_id, a.assigned_on, " + UNIT_FIRST_SIGNED + ","
            + " c.meeting_id, c.category, a.due_on, case when " + FactConditions.RUNNING_STATUS
            + " then true else false end, c.number"
            + " from assignments a join suggestions c on c.id = a.suggestion_id where " + ANSWERING_TASK
            + " and ";

    private static String forms(String round, Satisfaction satisfaction) {
        return "(select count(*) from feedbacks f where f.suggestion_id = s.id and "
                + FactConditions.formWith(round, satisfaction) + ")";
    }

    /** The lock of the build on start: one instance builds, the others starting meanwhile leave it to it. */
    static final String BUILD_LOCK = "statistics-facts-build";

    private final JdbcClient jdbc;
    private final Rollups rollups;
    private final LockingTaskExecutor locks;
    private final TransactionTemplate transactions;

    CaseFacts(JdbcClient jdbc, Rollups rollups, LockingTaskExecutor locks, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.rollups = rollups;
        this.locks = locks;
        this.transactions = new TransactionTemplate(transactions);
    }

    @EventListener
    void on(CaseRegistered event) {
        note(event.suggestionId());
    }

    @EventListener
    void on(CaseWithdrawn event) {
        note(event.suggestionId());
    }

    @EventListener
    void on(CaseMerged event) {
        note(event.suggestionId());
    }

    @EventListener
    void on(CaseAssigned event) {
        note(event.suggestionId());
    }

    @EventListener
    void on(UnitReplaced event) {
        note(event.suggestionId());
    }

    @EventListener
    void on(UnitDeadlineMoved event) {
        note(event.suggestionId());
    }

    @EventListener
    void on(ReplySigned event) {
        note(event.suggestionId());
    }

    @EventListener
    void on(ReplyClassReviewed event) {
        note(event.suggestionId());
    }

    @EventListener
    void on(DeputyContacted event) {
        note(event.suggestionId());
    }

    @EventListener
    void on(FeedbackGiven event) {
        note(event.suggestionId());
    }

    @EventListener
    void on(RehandlingDecided event) {
        note(event.suggestionId());
    }

    @EventListener
    void on(CaseClosed event) {
        note(event.suggestionId());
    }

    /**
     * Notes the case for its transaction; just before the transaction commits, after everything the act wrote, the
     * rows of every case noted are computed once (an act may publish several events: an approved return, for one,
     * decides the request and replaces the unit).
     */
    private void note(long suggestionId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            refresh(Set.of(suggestionId));
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Long> noted = (Set<Long>) TransactionSynchronizationManager.getResource(PENDING);
        if (noted == null) {
            Set<Long> cases = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(PENDING, cases);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    refresh(cases);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
                }
            });
            noted = cases;
        }
        noted.add(suggestionId);
    }

    /** The transaction resource holding the cases to compute again before commit. */
    private static final Object PENDING = new Object();

    /**
     * Computes the rows of the cases again, and adds the difference between their new and their old share to the
     * rollups (ADR 0069), every case of the transaction at once so that the rollup rows are touched in one order.
     */
    void refresh(Set<Long> suggestionIds) {
        Rollups.Shares old = rollups.shares(suggestionIds);
        for (long id : suggestionIds) {
            jdbc.sql("delete from case_facts where id = :id").param("id", id).update();
            jdbc.sql(SELECT + "s.id = :id").param("id", id).update();
            jdbc.sql("delete from case_fact_units where suggestion_id = :id").param("id", id).update();
            jdbc.sql(UNITS + "s.id = :id").param("id", id).update();
            jdbc.sql("delete from task_facts where suggestion_id = :id").param("id", id).update();
            jdbc.sql(TASKS + "a.suggestion_id = :id").param("id", id).update();
        }
        rollups.apply(rollups.shares(suggestionIds).minus(old));
    }

    /** Builds the rows of every case again, and the rollups from them; returns how many cases. */
    @Transactional
    public int rebuild() {
        jdbc.sql("delete from case_facts").update();
        jdbc.sql("delete from case_fact_units").update();
        jdbc.sql("delete from task_facts").update();
        jdbc.sql(TASKS + "1 = 1").update();
        jdbc.sql(UNITS + "1 = 1").update();
        int cases = jdbc.sql(SELECT + "1 = 1").update();
        rollups.rebuild();
        return cases;
    }

    /**
     * On start: builds the rows when some case has none (after the migration, or rows written from outside), on one
     * instance at a time (ShedLock row {@value #BUILD_LOCK}): two instances started together on a new database would
     * otherwise insert the same rows (one failing its start) and rebuild the rollups under each other's acts.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void buildMissing() {
        var built = new java.util.concurrent.atomic.AtomicBoolean();
        locks.executeWithLock((Runnable) () -> {
            transactions.executeWithoutResult(status -> buildMissingNow());
            built.set(true);
        }, new LockConfiguration(Instant.now(), BUILD_LOCK, Duration.ofHours(1), Duration.ZERO));
        if (!built.get()) {
            log.info("Another instance builds the statistics facts; this one leaves it to it");
        }
    }

    private void buildMissingNow() {
        long missing = jdbc.sql("select count(*) from suggestions s where " + LIVE + " and not exists"
                + " (select 1 from case_facts c where c.id = s.id)").query(Long.class).single();
        long tasksMissing = jdbc.sql("select count(*) from assignments a where " + ANSWERING_TASK
                + " and not exists (select 1 from task_facts t where t.id = a.id)").query(Long.class).single();
        if (missing > 0 && missing * 2 >= jdbc.sql("select count(*) from suggestions s where " + LIVE)
                .query(Long.class).single()) {
            // most cases without rows (the first start after the migration that made them, a bulk load): the whole
            // build is one pass over the cases (the anti-joins below had not finished after 15 minutes at 1 M cases)
            log.info("Building the statistics facts of every case ({} without them)", missing);
            rebuild();
        } else if (missing > 0 || tasksMissing > 0) {
            log.info("Building the statistics facts of {} case(s) and {} task(s) without them", missing, tasksMissing);
            String stale = "(select s2.id from suggestions s2 where not exists (select 1 from case_facts c"
                    + " where c.id = s2.id) or exists (select 1 from assignments a2 where a2.suggestion_id = s2.id"
                    + " and " + FactConditions.answeringTask("a2")
                    + " and not exists (select 1 from task_facts t where t.id = a2.id)))";
            jdbc.sql("delete from task_facts where suggestion_id in " + stale).update();
            jdbc.sql("delete from case_fact_units where suggestion_id in " + stale).update();
            jdbc.sql("delete from case_facts where id in " + stale).update();
            jdbc.sql(TASKS + "a.suggestion_id in (select s3.id from suggestions s3 where not exists"
                    + " (select 1 from case_facts c where c.id = s3.id))").update();
            jdbc.sql(UNITS + "not exists (select 1 from case_facts c where c.id = s.id)").update();
            jdbc.sql(SELECT + "not exists (select 1 from case_facts c where c.id = s.id)").update();
            rollups.rebuild();
        }
    }
}
