package cn.jianyi.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jianyi.assignment.AssignCommand;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.assignment.DecideRequestCommand;
import cn.jianyi.assignment.RequestReturnCommand;
import cn.jianyi.assignment.UnitRequests;
import cn.jianyi.feedback.FeedbackManagement;
import cn.jianyi.feedback.RehandlingCommand;
import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.handling.ContactKind;
import cn.jianyi.handling.CoUnitOpinions;
import cn.jianyi.handling.ContactLog;
import cn.jianyi.handling.GiveOpinionCommand;
import cn.jianyi.handling.RecordContactCommand;
import cn.jianyi.handling.Replies;
import cn.jianyi.handling.Reply;
import cn.jianyi.handling.ReplyContent;
import cn.jianyi.handling.ReplyTemplates;
import cn.jianyi.handling.ResolutionCategory;
import cn.jianyi.handling.ReviewClassCommand;
import cn.jianyi.handling.SaveDraftCommand;
import cn.jianyi.handling.SignReplyCommand;
import cn.jianyi.identity.DataScope;
import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.identity.IdentityManagement;
import cn.jianyi.identity.Role;
import cn.jianyi.shared.Actor;
import cn.jianyi.suggestion.RegisterSuggestionCommand;
import cn.jianyi.suggestion.SubjectArea;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.Lanes;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestWorld;

/**
 * The dashboard's rollups (ADR 0069) stay exact: after random acts on random cases, every filter the dashboard offers
 * sums the same figures from the rollups as a full recount over the per-case projections (the conditions of
 * {@link FilterSql#where}, as the dashboard counted before the rollups), and the rollups kept act by act equal the
 * rollups built again from the cases; and acts on different cases of one group at the same moment lose no count.
 */
@OnPostgres
@IntegrationTest
@Lanes.Pin(1)              // beside the browsers on H2 with the other default-configuration classes (pom.xml)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollupsTests {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired SuggestionManagement suggestions;
    @Autowired Assignments assignments;
    @Autowired UnitRequests unitRequests;
    @Autowired Replies replies;
    @Autowired ReplyTemplates replyTemplates;
    @Autowired ContactLog contactLog;
    @Autowired CoUnitOpinions coUnitOpinions;
    @Autowired FeedbackManagement feedback;
    @Autowired IdentityManagement identity;
    @Autowired CaseFacts caseFacts;
    @Autowired net.javacrumbs.shedlock.core.LockProvider lockProvider;

    private TestWorld world;
    private HandlingUnit civilAffairs;
    private final Actor head2 = new Actor("head2", "万志远", Role.HEAD.name(), "区教体局");
    private final Actor handler4 = new Actor("handler4", "周强", Role.HANDLER.name(), "区民政局");
    private int next = 100;
    private int assigned;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        world.secondCongress();
        civilAffairs = identity.addUnit("南昌市新建区民政局", "区民政局", "新民提字", "83761100", "330100", null);
    }

    @Test
    void randomActsLeaveTheRollupsEqualToAFullRecount() {
        var random = new Random(22);
        var cases = new ArrayList<Long>();
        // each case's first act is drawn in turn, so that every kind of start happens
        List<String> starts = List.of("assign", "assign", "assign", "assign as lead only", "withdraw", "merge",
                "assign", "stay registered", "assign", "assign");
        for (int i = 0; i < starts.size(); i++) {
            cases.add(register(SubjectArea.values()[random.nextInt(3)]));
        }
        Map<String, LongConsumer> acts = acts(random, cases);
        var next = new HashMap<Long, String>();
        for (int i = 0; i < starts.size(); i++) {
            next.put(cases.get(i), starts.get(i));
        }
        var done = new TreeMap<String, Integer>();
        var refusals = new TreeMap<String, String>();
        for (int step = 0; step < 80; step++) {
            long id = cases.get(random.nextInt(cases.size()));
            // mostly the act that takes the case on, sometimes any act (refused, it must change nothing)
            boolean probe = random.nextInt(8) == 0;
            String name = probe ? List.copyOf(acts.keySet()).get(random.nextInt(acts.size()))
                    : next.containsKey(id) ? next.remove(id) : nextAct(id, random);
            if (!acts.containsKey(name)) {
                continue;
            }
            try {
                acts.get(name).accept(id);
                done.merge(name, 1, Integer::sum);
                last.put(id, name);
            } catch (RuntimeException refused) {
                // an act the case's state does not allow is refused and changes nothing
                refusals.put(name, refused.toString());
            }
        }
        assertThat(done.keySet()).as("every kind of act happened at least once: %s (refused: %s)", done, refusals)
                .containsAll(acts.keySet());
        assertRollupsMatchARecount("at the end");

        var kept = rollupRows();
        caseFacts.rebuild();
        assertThat(rollupRows()).as("the rollups kept act by act are those built again from the cases")
                .isEqualTo(kept);
    }

    @Test
    void actsOnCasesOfOneGroupAtTheSameMomentLoseNoCount() throws Exception {
        int threads = 6;
        // a subject area no case has yet: the cases' registered rows exist (each 交办 takes one off at once), their
        // assigned rows do not (each 交办 races to insert the same new rows)
        SubjectArea area = SubjectArea.OTHER;
        var ids = new ArrayList<Long>();
        for (int i = 0; i < threads; i++) {
            ids.add(register(area));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            var start = new CyclicBarrier(threads);
            var results = new ArrayList<Future<?>>();
            for (long id : ids) {
                results.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    assignments.assign(new AssignCommand(id, world.health.id(), List.of(world.education.id()),
                            TestWorld.ASSIGNED, world.clerk));
                    return null;
                }));
            }
            for (Future<?> result : results) {
                result.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        var filter = new StatisticsFilter(world.meeting.id(), null, null, false, area);
        assertThat(rolledUp(filter)).isEqualTo(recounted(filter));
        assertThat(rolledUp(filter).get(List.<Object>of("ASSIGNED", "false", "false", "false", "", "")))
                .as("every 交办 counted once").first().isEqualTo((long) threads);
        var byEducation = new StatisticsFilter(world.meeting.id(), null, world.education.id(), false, area);
        assertThat(rolledUp(byEducation)).as("the co-unit's rows").isEqualTo(recounted(byEducation));
    }

    @Test
    void theBuildOnStartRunsOnTheInstanceHoldingItsLockOnly() {
        long id = register(SubjectArea.EDUCATION_SCIENCE_CULTURE_HEALTH);
        var kept = rollupRows();
        jdbc.sql("delete from case_facts where id = :id").param("id", id).update();     // rows written from outside
        var held = lockProvider.lock(new net.javacrumbs.shedlock.core.LockConfiguration(java.time.Instant.now(),
                CaseFacts.BUILD_LOCK, java.time.Duration.ofMinutes(5), java.time.Duration.ZERO)).orElseThrow();
        try {
            caseFacts.buildMissing();       // another instance starting while this one builds
            assertThat(factsOf(id)).as("left to the instance holding the lock").isZero();
        } finally {
            held.unlock();
        }
        caseFacts.buildMissing();
        assertThat(factsOf(id)).as("built once the lock is free").isEqualTo(1);
        assertThat(rollupRows()).isEqualTo(kept);

        jdbc.sql("delete from case_facts").update();        // every case without its rows: the whole build
        caseFacts.buildMissing();
        assertThat(factsOf(id)).isEqualTo(1);
        assertThat(rollupRows()).isEqualTo(kept);
    }

    private int factsOf(long id) {
        return jdbc.sql("select count(*) from case_facts where id = :id").param("id", id).query(Integer.class).single();
    }

    /** The last act done on each case, and the satisfaction of the latest form. */
    private final Map<Long, String> last = new HashMap<>();
    private final Map<Long, Satisfaction> rated = new HashMap<>();

    /** The act that takes a case on in its state: a case goes through 交办, handling, reply, feedback and closing. */
    private String nextAct(long id, Random random) {
        String previous = last.getOrDefault(id, "");
        return switch (status(id)) {
            case "ASSIGNED", "REHANDLING" -> !previous.startsWith("assign") ? "reply signed"
                    : previous.equals("assign") && assignedOn(id).equals(LocalDate.now()) ? "replace co-unit"
                    : random.nextBoolean() ? "contact" : "reply signed";
            case "REPLIED" -> previous.equals("reply signed") && random.nextInt(3) == 0 ? "class review"
                    : !previous.equals("feedback") ? "feedback"
                    : rated.get(id) == Satisfaction.DISSATISFIED ? "re-handling" : "close";
            default -> "none";
        };
    }

    private String status(long id) {
        return jdbc.sql("select status from suggestions where id = :id").param("id", id).query(String.class).single();
    }

    /** The acts a case can undergo, by name; each may be refused in the case's state. */
    private Map<String, LongConsumer> acts(Random random, List<Long> cases) {
        var acts = new TreeMap<String, LongConsumer>();
        acts.put("assign", id -> {
            boolean healthLeads = random.nextBoolean();
            LocalDate on = ++assigned % 2 == 0 ? TestWorld.ASSIGNED : LocalDate.now();
            assignments.assign(new AssignCommand(id, healthLeads ? world.health.id() : world.education.id(),
                    List.of(healthLeads ? world.education.id() : world.health.id()), on, world.clerk));
        });
        acts.put("assign as lead only", id -> assignments.assign(new AssignCommand(id, world.health.id(), List.of(),
                LocalDate.of(2025, 2, 3), world.clerk)));
        acts.put("contact", id -> contactLog.recordContact(new RecordContactCommand(id, leadUnit(id),
                random.nextBoolean() ? ContactKind.FACE_TO_FACE : ContactKind.PHONE, assignedOn(id), "程绮南代表",
                "沟通办理意见", leadHandler(id), List.of())));
        acts.put("reply signed", id -> {
            giveOpinions(id);
            long unit = leadUnit(id);
            ReplyContent template = replyTemplates.newDraftTemplate(id, unit);
            ReplyContent content = new ReplyContent(random.nextBoolean() ? ResolutionCategory.A : ResolutionCategory.D, template.title(),
                    template.salutation(), template.body() + "答复正文", template.contactUnit(), template.contactPhone(),
                    template.postcode(), template.copyTo(), template.publicity());
            Reply draft = replies.saveDraft(new SaveDraftCommand(id, unit, content, leadHandler(id)));
            LocalDate signedOn = assignedOn(id).getYear() > 2024 ? LocalDate.now()
                    : random.nextBoolean() ? LocalDate.of(2024, 4, 20) : LocalDate.of(2024, 9, 20);
            replies.sign(new SignReplyCommand(draft.id(), unit, signedOn, unit == world.health.id() ? world.head : head2));
        });
        acts.put("class review", id -> replies.reviewClass(new ReviewClassCommand(latestSignedReply(id),
                ResolutionCategory.values()[random.nextInt(4)], "按答复内容调整分类", world.clerk)));
        acts.put("feedback", id -> {
            // dissatisfied at most once a case, so that cases also get closed
            Satisfaction satisfaction = Satisfaction.values()[random.nextInt(rated.containsKey(id) ? 2 : 3)];
            world.rated(id, satisfaction, "意见", LocalDate.now());
            rated.put(id, satisfaction);
        });
        acts.put("re-handling", id -> feedback.sendBackForRehandling(new RehandlingCommand(id, "请重新研究后再次答复。",
                null, random.nextBoolean() ? List.of(civilAffairs.id()) : List.of(), LocalDate.now().plusDays(10),
                world.clerk)));
        acts.put("replace co-unit", id -> {
            long co = leadUnit(id) == world.health.id() ? world.education.id() : world.health.id();
            var request = unitRequests.requestReturn(new RequestReturnCommand(id, co, "不属于本单位职责",
                    civilAffairs.id(), co == world.health.id() ? world.handler : world.handler2));
            unitRequests.decideReturn(new DecideRequestCommand(request.id(), true, null, "同意调整", world.clerk));
        });
        acts.put("withdraw", id -> suggestions.withdraw(id, world.clerk, "代表撤回"));
        acts.put("merge", id -> suggestions.merge(id, number(cases.get(random.nextInt(cases.size()))), world.clerk));
        acts.put("close", id -> feedback.close(id, world.clerk));
        return acts;
    }

    private long register(SubjectArea area) {
        return suggestions.register(new RegisterSuggestionCommand(world.meeting.id(), next++, "关于第" + next + "号事项的建议",
                "建议内容", world.cheng.id(), List.of(world.liu.id()), area, TestWorld.RECEIVED, world.clerk));
    }

    /** The co-units send the lead unit their opinions (those that have not yet), as signing requires. */
    private void giveOpinions(long id) {
        for (long co : jdbc.sql("select unit_id from suggestion_units where suggestion_id = :id and role = 'CO'")
                .param("id", id).query(Long.class).list()) {
            try {
                coUnitOpinions.giveOpinion(new GiveOpinionCommand(id, co, "同意主办单位意见。",
                        co == world.health.id() ? world.handler : co == world.education.id() ? world.handler2
                        : handler4));
            } catch (RuntimeException alreadyGiven) {
                // given in an earlier round or step
            }
        }
    }

    private LocalDate assignedOn(long id) {
        return jdbc.sql("select min(assigned_on) from assignments where suggestion_id = :id").param("id", id)
                .query(LocalDate.class).optional().orElse(TestWorld.ASSIGNED);
    }

    private int number(long id) {
        return jdbc.sql("select number from suggestions where id = :id").param("id", id).query(Integer.class).single();
    }

    private long leadUnit(long id) {
        return jdbc.sql("select unit_id from suggestion_units where suggestion_id = :id and role = 'LEAD'")
                .param("id", id).query(Long.class).optional().orElse(world.health.id());
    }

    private Actor leadHandler(long id) {
        long unit = leadUnit(id);
        return unit == world.health.id() ? world.handler : unit == world.education.id() ? world.handler2 : handler4;
    }

    private long latestSignedReply(long id) {
        return jdbc.sql("select max(id) from replies where suggestion_id = :id and status = 'SIGNED'")
                .param("id", id).query(Long.class).optional().orElse(-1L);
    }

    /** Every filter the dashboard offers, over the world's meetings, units, years and subject areas. */
    private List<StatisticsFilter> filters() {
        var filters = new ArrayList<StatisticsFilter>();
        var meetings = new ArrayList<Long>();
        meetings.add(null);
        meetings.add(world.meeting.id());
        var units = new ArrayList<Long>();
        units.add(null);
        units.add(world.health.id());
        units.add(world.education.id());
        units.add(civilAffairs.id());
        for (Long meeting : meetings) {
            for (Long unit : units) {
                for (boolean leadOnly : unit == null ? List.of(false) : List.of(false, true)) {
                    filters.add(new StatisticsFilter(meeting, null, unit, leadOnly, null));
                }
            }
            for (Integer year : new Integer[] {2024, 2025, LocalDate.now().getYear()}) {
                filters.add(new StatisticsFilter(meeting, year, null, false, null));
                filters.add(new StatisticsFilter(meeting, year, world.health.id(), true, null));
            }
            for (SubjectArea area : List.of(SubjectArea.values()[0], SubjectArea.values()[2], SubjectArea.OTHER)) {
                filters.add(new StatisticsFilter(meeting, null, null, false, area));
                filters.add(new StatisticsFilter(meeting, null, world.education.id(), false, area));
            }
        }
        filters.add(StatisticsFilter.all().within(new DataScope.OfCongresses(Set.of(world.meeting.congressId()))));
        filters.add(StatisticsFilter.all().within(new DataScope.OfCongresses(Set.of(world.secondCongress().congressId))));
        filters.add(new StatisticsFilter(null, null, world.education.id(), true, null)
                .within(new DataScope.OfCongresses(Set.of(world.meeting.congressId()))));
        return filters;
    }

    private void assertRollupsMatchARecount(String when) {
        for (StatisticsFilter filter : filters()) {
            assertThat(rolledUp(filter)).as("case counts %s for %s", when, filter).isEqualTo(recounted(filter));
            assertThat(responsesRolledUp(filter)).as("response times %s for %s", when, filter)
                    .isEqualTo(responsesRecounted(filter));
            for (LocalDate today : List.of(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 7, 1), LocalDate.now(),
                    LocalDate.now().plusYears(1))) {
                assertThat(overdueRolledUp(filter, today)).as("overdue on %s %s for %s", today, when, filter)
                        .isEqualTo(overdueRecounted(filter, today));
            }
        }
    }

    private static final String FIGURES = "s.status, s.replied, s.on_time, s.face_to_face,"
            + " coalesce(s.effective_class, '') c, coalesce(s.class_scheme, '') k";

    /** The case counts by the facts the figures count, summed from the rollup as the dashboard reads it. */
    private Map<List<Object>, List<Long>> rolledUp(StatisticsFilter filter) {
        FilterSql where = FilterSql.rollup(filter, false);
        return groups("select r.status, r.replied, r.on_time, r.face_to_face, r.effective_class, r.class_scheme,"
                + " sum(r.n), sum(r.first_satisfied), sum(r.first_basically), sum(r.first_dissatisfied),"
                + " sum(r.final_satisfied), sum(r.final_basically), sum(r.final_dissatisfied) from case_rollups r"
                + " where " + where.sql() + " group by r.status, r.replied, r.on_time, r.face_to_face,"
                + " r.effective_class, r.class_scheme having sum(r.n) > 0", where.params(), 6);
    }

    /** The same counted over every case's projection row with the conditions the lists behind the figures use. */
    private Map<List<Object>, List<Long>> recounted(StatisticsFilter filter) {
        FilterSql where = FilterSql.where(filter);
        return groups("select " + FIGURES + ", count(*), sum(s.first_satisfied), sum(s.first_basically),"
                + " sum(s.first_dissatisfied), sum(s.final_satisfied), sum(s.final_basically),"
                + " sum(s.final_dissatisfied) from case_facts s where " + where.sql()
                + " group by s.status, s.replied, s.on_time, s.face_to_face, s.effective_class, s.class_scheme",
                where.params(), 6);
    }

    private Map<List<Object>, List<Long>> responsesRolledUp(StatisticsFilter filter) {
        FilterSql where = FilterSql.rollup(filter, true);
        return groups("select r.unit_id, r.assigned_on, r.first_signed, sum(r.n) from response_rollups r where "
                + where.sql() + " group by r.unit_id, r.assigned_on, r.first_signed having sum(r.n) > 0",
                where.params(), 3);
    }

    private Map<List<Object>, List<Long>> responsesRecounted(StatisticsFilter filter) {
        FilterSql where = FilterSql.where(filter, "a.suggestion_id", "a");
        return groups("select a.unit_id, a.assigned_on, a.first_signed, count(*) from task_facts a"
                + " where a.first_signed is not null and " + where.sql() + FilterSql.taskOfUnit(filter)
                + " group by a.unit_id, a.assigned_on, a.first_signed", where.params(), 3);
    }

    /** The overdue count on a day, summed from the running tasks' rollup by due date. */
    private long overdueRolledUp(StatisticsFilter filter, LocalDate today) {
        FilterSql where = FilterSql.rollup(filter, true);
        return jdbc.sql("select coalesce(sum(r.n), 0) from running_rollups r where " + where.sql()
                + " and r.due_on < :today").params(where.params()).param("today", today).query(Long.class).single();
    }

    /** The same counted over the tasks themselves, as the dashboard counted before the rollups. */
    private long overdueRecounted(StatisticsFilter filter, LocalDate today) {
        FilterSql where = FilterSql.where(filter);
        return jdbc.sql("select count(*) from assignments a join case_facts s on s.id = a.suggestion_id where "
                + FactConditions.RUNNING_TASK + FilterSql.taskOfUnit(filter) + " and " + where.sql())
                .params(where.params()).param("today", today).query(Long.class).single();
    }

    private Map<List<Object>, List<Long>> groups(String sql, Map<String, Object> params, int keys) {
        var groups = new HashMap<List<Object>, List<Long>>();
        jdbc.sql(sql).params(params).query(rs -> {
            var key = new ArrayList<Object>();
            for (int i = 1; i <= keys; i++) {
                key.add(String.valueOf(rs.getObject(i)));
            }
            var measures = new ArrayList<Long>();
            for (int i = keys + 1; i <= rs.getMetaData().getColumnCount(); i++) {
                measures.add(rs.getLong(i));
            }
            groups.put(key, measures);
        });
        return groups;
    }

    /** Every rollup row with a count, as text. */
    private List<String> rollupRows() {
        var rows = new ArrayList<String>();
        for (Rollups.Rollup rollup : Rollups.Rollup.values()) {
            rows.addAll(jdbc.sql("select * from " + rollup.table + " where n > 0").query((rs, n) -> {
                var row = new StringBuilder(rollup.table);
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.append('|').append(rs.getObject(i));
                }
                return row.toString();
            }).list());
        }
        rows.sort(null);
        return rows;
    }
}
