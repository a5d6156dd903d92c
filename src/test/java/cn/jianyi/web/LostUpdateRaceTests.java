package cn.jianyi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

import cn.jianyi.assignment.AssignCommand;
import cn.jianyi.assignment.Assignment;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.calendar.CalendarDay;
import cn.jianyi.calendar.CalendarEntryCommand;
import cn.jianyi.calendar.CalendarManagement;
import cn.jianyi.calendar.WorkingDays;
import cn.jianyi.handling.CoUnitOpinions;
import cn.jianyi.handling.GiveOpinionCommand;
import cn.jianyi.handling.Replies;
import cn.jianyi.handling.Reply;
import cn.jianyi.handling.ReplyQueries;
import cn.jianyi.handling.SaveDraftCommand;
import cn.jianyi.handling.SignReplyCommand;
import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.identity.IdentityManagement;
import cn.jianyi.rules.RuleSets;
import cn.jianyi.shared.Actor;
import cn.jianyi.shared.DatabaseFaults;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.Lanes;
import cn.jianyi.support.MockWebClient;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestWorld;

/**
 * No lost update (issue 22, point 2; ADR 0065): two people act on one record at the same moment, on real threads and
 * transactions that overlap. The first holds its transaction open after writing; the second is shown to wait for it
 * (not finished 200 ms after it started), then the first commits: the second is refused as a concurrent change and
 * the database holds the first's result alone. Runs on H2 and PostgreSQL.
 */
@OnPostgres
@IntegrationTest
@Lanes.Pin(1)              // beside the browsers on H2 with the other default-configuration classes (pom.xml)
class LostUpdateRaceTests {

    /** How long the second writer is watched to still wait for the first one's transaction. */
    private static final long WAITS_MS = 200;

    @Autowired ApplicationContext context;
    @Autowired WebApplicationContext web;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Assignments assignments;
    @Autowired SuggestionManagement suggestions;
    @Autowired Replies replies;
    @Autowired ReplyQueries replyQueries;
    @Autowired CoUnitOpinions opinions;
    @Autowired CalendarManagement calendar;
    @Autowired WorkingDays workingDays;
    @Autowired RuleSets ruleSets;

    static TestWorld world;
    static HandlingUnit civil;
    static ExecutorService threads;
    static int next = 100;

    @BeforeAll
    static void threads() {
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stop() {
        threads.shutdownNow();
    }

    @BeforeEach
    void world() {
        if (world == null || jdbc.sql("select count(*) from units").query(Long.class).single() == 0) {
            world = TestWorld.create(context);
            civil = context.getBean(IdentityManagement.class).addUnit("南昌市新建区民政局", "区民政局", "新民提字",
                    "83750001", "330100", null);
        }
    }

    @Test
    @DisplayName("两名工作人员同时交办同一件建议：一人成功，另一人被告知已被他人更新，只有一套承办任务")
    void twoClerksAssigningOneCase() throws Exception {
        long id = world.registered(next++);
        Integer read = suggestions.get(id).version();           // both clerks opened the 交办 page
        Actor other = new Actor("clerkb", "罗小兰", world.clerk.role(), null);

        Outcome<List<Assignment>> race = race(
                () -> assignments.assign(new AssignCommand(id, world.health.id(), List.of(), TestWorld.ASSIGNED,
                        world.clerk, false, false, read)),
                () -> assignments.assign(new AssignCommand(id, world.education.id(), List.of(), TestWorld.ASSIGNED,
                        other, false, false, read)));

        assertThat(race.first()).hasSize(1);
        race.assertSecondRefusedAsConcurrentChange();
        assertThat(jdbc.sql("select unit_id from assignments where suggestion_id = :id").param("id", id)
                .query(Long.class).list()).containsExactly(world.health.id());
        assertThat(jdbc.sql("select count(*) from timeline_entries where suggestion_id = :id and action = 'ASSIGN'")
                .param("id", id).query(Long.class).single()).isOne();
        assertThat(suggestions.get(id).units()).singleElement()
                .satisfies(unit -> assertThat(unit.unitId()).isEqualTo(world.health.id()));
    }

    @Test
    @DisplayName("承办人保存答复稿时负责人同时签发：只有一方成功，签发的正是负责人看到的稿，文号不空号")
    void headSigningWhileTheHandlerSavesTheDraft() throws Exception {
        long id = world.assigned(next++);
        Reply draft = world.drafted(id);
        Integer read = draft.version();                         // the handler's form and the head's letter

        Outcome<Reply> race = race(
                () -> replies.saveDraft(new SaveDraftCommand(id, world.health.id(), world.content(id, "承办人改过的正文"),
                        world.handler, null, read)),
                () -> replies.sign(new SignReplyCommand(draft.id(), world.health.id(), LocalDate.of(2024, 6, 20),
                        world.head, read)));

        race.assertSecondRefusedAsConcurrentChange();
        Reply now = replyQueries.find(draft.id()).orElseThrow();
        assertThat(now.isSigned()).isFalse();
        assertThat(now.content().body()).endsWith("承办人改过的正文");
        assertThat(jdbc.sql("select count(*) from document_number_sequences where unit_id = :unit and last_serial > 0")
                .param("unit", world.health.id()).query(Long.class).single()).as("no number used up").isZero();

        // the head reads the letter again and signs the text now shown
        Reply signed = replies.sign(new SignReplyCommand(draft.id(), world.health.id(), LocalDate.of(2024, 6, 20),
                world.head, now.version()));
        assertThat(signed.documentNumber().serial()).isOne();
    }

    @Test
    @DisplayName("两个协办单位同时提交协办意见：两条意见都保存；同一单位两人同时提交：只存一条，另一人被告知")
    void coUnitsGivingOpinionsAtTheSameMoment() throws Exception {
        long id = world.registered(next++);
        assignments.assign(new AssignCommand(id, world.health.id(), List.of(world.education.id(), civil.id()),
                TestWorld.ASSIGNED, world.clerk));
        Actor civilHandler = new Actor("handler9", "甘露", world.handler2.role(), "区民政局");

        Outcome<?> both = race(
                () -> opinions.giveOpinion(new GiveOpinionCommand(id, world.education.id(), "教体局意见", world.handler2,
                        versionOf(id, world.education.id()))),
                () -> opinions.giveOpinion(new GiveOpinionCommand(id, civil.id(), "民政局意见", civilHandler,
                        versionOf(id, civil.id()))),
                false);
        assertThat(both.second()).isNotNull();
        assertThat(opinionsOf(id)).containsExactlyInAnyOrder("教体局意见", "民政局意见");
        assertThat(assignments.of(id)).filteredOn(Assignment::isCoUnit)
                .extracting(Assignment::status).containsOnly(Assignment.Status.OPINION_GIVEN);

        long again = world.registered(next++);
        assignments.assign(new AssignCommand(again, world.health.id(), List.of(world.education.id()),
                TestWorld.ASSIGNED, world.clerk));
        Integer read = versionOf(again, world.education.id());
        Actor colleague = new Actor("head2", "万志远", world.head.role(), "区教体局");
        Outcome<?> same = race(
                () -> opinions.giveOpinion(new GiveOpinionCommand(again, world.education.id(), "邹静的意见",
                        world.handler2, read)),
                () -> opinions.giveOpinion(new GiveOpinionCommand(again, world.education.id(), "万志远的意见",
                        colleague, read)));
        same.assertSecondRefusedAsConcurrentChange();
        assertThat(opinionsOf(again)).containsExactly("邹静的意见");
        // the refused colleague's form, shown again, says who sent it and when
        HttpResponse<String> page = MockWebClient.loggedIn(web, "head2").get("/suggestions/" + again + "/opinion");
        assertThat(page.statusCode()).isEqualTo(409);
        assertThat(page.body()).contains("本单位已提交过协办意见。最新情况：邹静于").contains("提交协办意见（区教体局：").contains("邹静的意见）");
    }

    @Test
    @DisplayName("交办与工作日历修改同时进行：日历修改等交办提交后重算其期限，期限与日历最终状态一致")
    void aCalendarChangeWhileAnAssignmentCountsItsDeadline() throws Exception {
        LocalDate due = dueOfAnAssignmentNow();
        long id = world.registered(next++);

        // the assignment counts its deadline first and holds; the calendar change must wait, then recompute it
        race(() -> assignments.assign(AssignCommand.leadOnly(id, world.health.id(), TestWorld.ASSIGNED, world.clerk)),
                () -> calendar.add(new CalendarEntryCommand(due, due, CalendarDay.Kind.HOLIDAY, "临时放假", null,
                        world.admin)), true);

        assertDeadlinesFollowTheCalendar(id);
        assertThat(taskOf(id).dueOn()).isAfter(due);
    }

    @Test
    @DisplayName("工作日历修改与交办同时进行：交办等日历修改提交后按新日历计算期限")
    void anAssignmentWhileTheCalendarChanges() throws Exception {
        LocalDate due = dueOfAnAssignmentNow();
        long id = world.registered(next++);

        race(() -> calendar.add(new CalendarEntryCommand(due, due, CalendarDay.Kind.HOLIDAY, "临时放假", null,
                        world.admin)),
                () -> assignments.assign(AssignCommand.leadOnly(id, world.health.id(), TestWorld.ASSIGNED,
                        world.clerk)), true);

        assertDeadlinesFollowTheCalendar(id);
        assertThat(taskOf(id).dueOn()).isAfter(due);
    }

    @Test
    @DisplayName("过时的答复稿表单被拒：提示他人已更新及最新情况，保留所填内容，不覆盖他人的稿")
    void aStaleDraftFormIsRefusedWithTheLatestState() {
        long id = world.assigned(next++);
        // the version the handler's page carries (the refused page below shows the form carries it)
        String version = String.valueOf(world.drafted(id).version());
        MockWebClient handler = MockWebClient.loggedIn(web, "handler");

        // meanwhile a colleague saves a new version of the draft
        replies.saveDraft(new SaveDraftCommand(id, world.health.id(), world.content(id, "同事刚保存的正文"),
                new Actor("handler", "熊伟", world.handler.role(), "区卫健委"), null, null));

        List<String> form = List.of("classification", "A", "title", "关于第" + id + "号建议的答复",
                "salutation", "程绮南代表：", "body", "我在旧页面上写的正文", "contactUnit", "区卫健委",
                "contactPhone", "0791-83730001", "postcode", "330100", "copyTo", "区政府督查室",
                "publicity", "PROACTIVE", "version", version);
        HttpResponse<String> refused = handler.submit("/suggestions/" + id + "/reply", form);

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("提交前该事项已被他人更新").contains("最新情况：熊伟于")
                .contains("拟写答复（第1轮答复稿第2稿").contains("我在旧页面上写的正文")
                .doesNotContain("提交的内容有误");
        assertThat(replyQueries.draftOf(id, world.health.id()).orElseThrow().content().body())
                .endsWith("同事刚保存的正文");

        // the form shown again carries the latest version: sent again knowingly, it is saved
        assertThat(hidden(refused.body(), "version")).isNotEqualTo(version);
        var again = new ArrayList<>(form.subList(0, form.size() - 1));
        again.add(hidden(refused.body(), "version"));
        assertThat(handler.post("/suggestions/" + id + "/reply", again).statusCode()).isEqualTo(302);
        assertThat(replyQueries.draftOf(id, world.health.id()).orElseThrow().content().body())
                .isEqualTo("我在旧页面上写的正文");
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** What the two writers came to: the first's result, the second's result or failure. */
    record Outcome<T>(T first, T second, Throwable secondFailure) {

        void assertSecondRefusedAsConcurrentChange() {
            assertThat(secondFailure).as("the second writer is refused").isNotNull();
            assertThat(DatabaseFaults.isConcurrentChange(secondFailure)).as(secondFailure.toString()).isTrue();
        }
    }

    private <T> Outcome<T> race(Callable<T> first, Callable<T> second) throws Exception {
        return race(first, second, true);
    }

    /**
     * Runs {@code first} in a transaction that stays open after it wrote, starts {@code second} on another thread,
     * and, when {@code secondWaits}, checks that the second has not finished while the first holds (it waits on the
     * first's write); then lets the first commit and collects both.
     */
    private <T> Outcome<T> race(Callable<T> first, Callable<T> second, boolean secondWaits) throws Exception {
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        Future<T> one = threads.submit(() -> new TransactionTemplate(transactions).execute(status -> {
            try {
                T result = first.call();
                written.countDown();
                assertThat(commit.await(20, TimeUnit.SECONDS)).isTrue();
                return result;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
        assertThat(written.await(20, TimeUnit.SECONDS)).as("the first writer wrote").isTrue();
        Future<T> two = threads.submit(second);
        if (secondWaits) {
            try {
                two.get(WAITS_MS, TimeUnit.MILLISECONDS);
                commit.countDown();
                throw new AssertionError("the second writer did not wait for the first one's transaction");
            } catch (TimeoutException waiting) {
                // as expected: it waits for the first's row
            } catch (ExecutionException failedAtOnce) {
                commit.countDown();
                throw new AssertionError("the second writer failed before the first committed", failedAtOnce.getCause());
            }
        }
        commit.countDown();
        T firstResult = one.get(20, TimeUnit.SECONDS);
        try {
            return new Outcome<>(firstResult, two.get(20, TimeUnit.SECONDS), null);
        } catch (ExecutionException refused) {
            return new Outcome<>(firstResult, null, refused.getCause());
        }
    }

    private Integer versionOf(long suggestionId, long unitId) {
        return assignments.taskOf(suggestionId, unitId).orElseThrow().version();
    }

    private List<String> opinionsOf(long suggestionId) {
        return opinions.opinionsOf(suggestionId).stream().map(o -> o.opinion()).toList();
    }

    private Assignment taskOf(long suggestionId) {
        return assignments.taskOf(suggestionId, world.health.id()).orElseThrow();
    }

    /** The reply deadline a case assigned on the world's date gets on the calendar as it is now. */
    private LocalDate dueOfAnAssignmentNow() {
        return workingDays.deadline(TestWorld.ASSIGNED, ruleSets.forMeeting(world.meeting.id()).reply()).due();
    }

    private void assertDeadlinesFollowTheCalendar(long id) {
        Assignment task = taskOf(id);
        LocalDate expected = workingDays.deadline(task.dueFrom(), task.dueWindow()).due();
        assertThat(task.dueOn()).isEqualTo(expected);
        assertThat(suggestions.get(id).units()).singleElement()
                .satisfies(unit -> assertThat(unit.dueOn()).isEqualTo(expected));
    }

    private static String hidden(String page, String name) {
        var matcher = Pattern.compile("<input type=\"hidden\" id=\"" + name + "\" name=\"" + name + "\" value=\"([^\"]*)\"")
                .matcher(page);
        assertThat(matcher.find()).as("hidden field " + name).isTrue();
        return matcher.group(1);
    }
}
