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

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

import cn.jianyi.assignment.AssignCommand;
import cn.jianyi.assignment.Assignment;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.assignment.DecideRequestCommand;
import cn.jianyi.assignment.RequestExtensionCommand;
import cn.jianyi.assignment.RequestOutcome;
import cn.jianyi.assignment.RequestReturnCommand;
import cn.jianyi.assignment.ReturnRequest;
import cn.jianyi.assignment.UnitRequests;
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
import cn.jianyi.identity.AccountAdministration;
import cn.jianyi.identity.AccountCommand;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.identity.IdentityManagement;
import cn.jianyi.identity.Role;
import cn.jianyi.identity.SaveUnitCommand;
import cn.jianyi.identity.UnitDirectory;
import cn.jianyi.identity.UserAccount;
import cn.jianyi.rules.RuleSet;
import cn.jianyi.rules.RuleSets;
import cn.jianyi.rules.SaveRuleSetCommand;
import cn.jianyi.shared.Actor;
import cn.jianyi.shared.DatabaseFaults;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.Lanes;
import cn.jianyi.support.MockWebClient;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.StaleForms;
import cn.jianyi.support.TestWorld;

/**
 * No lost update (issue 22, point 2; ADR 0065): two people act on one record at the same moment, on real threads and
 * transactions that overlap. The first holds its transaction open after writing; the second is shown to wait for it
 * (not finished 200 ms after it started), then the first commits: the second is refused as a concurrent change and
 * the database holds the first's result alone. The cases' acts (交办, 拟稿 and 签发, 协办意见, the calendar), and the
 * directory's and the office's (a unit, an account, a decision on a return request, the rules: ADR 0065's addendum).
 * Runs on H2 and PostgreSQL.
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
    @Autowired IdentityManagement identity;
    @Autowired UnitDirectory units;
    @Autowired UnitRequests unitRequests;
    @Autowired AccountAdministration accountAdministration;
    @Autowired UserDetailsService logins;

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

        String latest = StaleForms.refused(refused, version, "最新情况：熊伟于", "拟写答复（第1轮答复稿第2稿",
                "我在旧页面上写的正文");
        assertThat(replyQueries.draftOf(id, world.health.id()).orElseThrow().content().body())
                .endsWith("同事刚保存的正文");

        // the form shown again carries the latest version: sent again knowingly, it is saved
        var again = new ArrayList<>(form.subList(0, form.size() - 1));
        again.add(latest);
        assertThat(handler.post("/suggestions/" + id + "/reply", again).statusCode()).isEqualTo(302);
        assertThat(replyQueries.draftOf(id, world.health.id()).orElseThrow().content().body())
                .isEqualTo("我在旧页面上写的正文");
    }

    @Test
    @DisplayName("两名管理员同时保存同一承办单位：先保存的生效，后保存的被告知已被他人更新，不覆盖前者")
    void twoAdministratorsSavingOneUnit() throws Exception {
        HandlingUnit unit = identity.addUnit(world.meeting.congressId(), "南昌市新建区水利局", "区水利局", "新水提字",
                "83750100", "330100", null);
        Integer read = unit.version();                          // both administrators opened the unit's page
        Actor other = new Actor("admin2", "钟明", world.admin.role(), null);

        Outcome<HandlingUnit> race = race(
                () -> units.save(new SaveUnitCommand(unit.id(), unit.congressId(), unit.fullName(), unit.shortName(),
                        unit.docCode(), "83750111", unit.postcode(), null, null, world.admin, read)),
                () -> units.save(new SaveUnitCommand(unit.id(), unit.congressId(), unit.fullName(), "区水务局",
                        unit.docCode(), unit.phone(), unit.postcode(), null, "负责全区水利工程", other, read)));

        race.assertSecondRefusedAsConcurrentChange();
        assertThat(units.unit(unit.id())).as("the first administrator's unit, saved once")
                .extracting(HandlingUnit::phone, HandlingUnit::shortName, HandlingUnit::responsibilities,
                        HandlingUnit::version)
                .containsExactly("83750111", "区水利局", null, read + 1);
    }

    @Test
    @DisplayName("两名安全管理员同时修改同一账号：先保存的角色和单位生效，后保存的被告知已被他人更新")
    void twoSecurityAdministratorsChangingOneAccount() throws Exception {
        CurrentUser security = (CurrentUser) logins.loadUserByUsername("security");
        CurrentUser security2 = secondSecurityAdministrator();
        long id = jdbc.sql("select id from users where username = 'supervisor'").query(Long.class).single();
        Integer read = accountAdministration.account(id, security).version();   // both opened the account's page
        long congress = world.meeting.congressId();

        Outcome<Object> race = race(
                () -> changeAccount(id, new AccountCommand("supervisor", "周敏", List.of(Role.SUPERVISOR, Role.CLERK),
                        null, null, congress, false, read), security),
                () -> changeAccount(id, new AccountCommand("supervisor", "周敏（督查）", List.of(Role.SUPERVISOR),
                        null, null, congress, true, read), security2));

        race.assertSecondRefusedAsConcurrentChange();
        UserAccount now = accountAdministration.account(id, security);
        assertThat(now.roles().asList()).containsExactlyInAnyOrder(Role.SUPERVISOR, Role.CLERK);
        assertThat(now.displayName()).isEqualTo("周敏");
        assertThat(now.includeLower()).isFalse();
        assertThat(now.version()).isEqualTo(read + 1);
    }

    @Test
    @DisplayName("两名工作人员同时审核同一退回申请（一同意一不同意）：只有先提交的生效，审核只做一次")
    void twoClerksDecidingOneReturnRequest() throws Exception {
        ReturnRequest request = aReturnRequest();
        Integer read = request.version();                       // both clerks opened the decision page
        Actor other = new Actor("clerkb", "罗小兰", world.clerk.role(), null);

        Outcome<Object> race = race(
                () -> decideReturn(new DecideRequestCommand(request.id(), true, null, "同意调整", world.clerk, read)),
                () -> decideReturn(new DecideRequestCommand(request.id(), false, null, "属于本委职责", other, read)));

        race.assertSecondRefusedAsConcurrentChange();
        ReturnRequest now = unitRequests.findReturnRequest(request.id()).orElseThrow();
        assertThat(now.outcome()).isEqualTo(RequestOutcome.APPROVED);
        assertThat(now.decidedBy()).isEqualTo("clerk");
        assertThat(now.newUnitId()).isEqualTo(civil.id());
        assertThat(jdbc.sql("""
                select action from timeline_entries where suggestion_id = :id
                   and action in ('APPROVE_RETURN', 'REJECT_RETURN')""").param("id", request.suggestionId())
                .query(String.class).list()).containsExactly("APPROVE_RETURN");
        assertThat(assignments.of(request.suggestionId())).extracting(Assignment::unitId, Assignment::status)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(world.health.id(),
                        Assignment.Status.RETURNED), org.assertj.core.groups.Tuple.tuple(civil.id(),
                        Assignment.Status.PENDING));
    }

    @Test
    @DisplayName("两名管理员同时保存办理规则：只存一个新版本，另一人被告知已被他人更新，而非数据库故障")
    void twoAdministratorsSavingTheRulesAtOnce() throws Exception {
        long congress = world.meeting.congressId();
        RuleSet current = ruleSets.current(congress);
        Actor other = new Actor("admin2", "钟明", world.admin.role(), null);

        // both computed the same next version; the second meets the first's row under the unique key
        Outcome<RuleSet> race = race(
                () -> ruleSets.save(SaveRuleSetCommand.startingFrom(current).effectiveFrom(TestWorld.RECEIVED)
                        .note("陈立的修订").by(world.admin)),
                () -> ruleSets.save(SaveRuleSetCommand.startingFrom(current).effectiveFrom(TestWorld.RECEIVED)
                        .note("钟明的修订").by(other)));

        race.assertSecondRefusedAsConcurrentChange();
        assertThat(ruleSets.history(congress)).extracting(r -> r.version() + ":" + r.revision().note())
                .startsWith((current.version() + 1) + ":陈立的修订")
                .noneMatch(line -> line.endsWith("钟明的修订"));
    }

    @Test
    @DisplayName("审核页打开后申请已被他人审核：提交被拒，显示谁作了什么决定及所填意见，不重复审核")
    void aStaleDecisionIsRefusedWithWhoDecidedWhat() {
        ReturnRequest request = aReturnRequest();
        String version = String.valueOf(request.version());     // the version the decision page carries
        // meanwhile the same office decides it (another clerk, or the same one in another window)
        unitRequests.decideReturn(new DecideRequestCommand(request.id(), true, null, "同意调整", world.clerk));

        MockWebClient clerk = MockWebClient.loggedIn(web, "clerk");
        HttpResponse<String> refused = clerk.submit("/return-requests/" + request.id(),
                List.of("approve", "false", "note", "本件应由原单位继续办理", "version", version));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains(StaleForms.CHANGED_MEANWHILE)
                .contains("最新情况：王晓燕于").contains("同意退回，改由区民政局承办；说明：同意调整。")
                .contains("您提交的审核意见（未保存）").contains("不同意退回，由原单位继续办理").contains("本件应由原单位继续办理")
                .doesNotContain("name=\"approve\"");
        ReturnRequest now = unitRequests.findReturnRequest(request.id()).orElseThrow();
        assertThat(now.outcome()).isEqualTo(RequestOutcome.APPROVED);
        assertThat(now.decisionNote()).isEqualTo("同意调整");

        // an extension request, the other kind of the same page
        long id = world.registered(next++);
        assignments.assign(AssignCommand.leadOnly(id, world.health.id(), LocalDate.now(), world.clerk));
        var extension = unitRequests.requestExtension(new RequestExtensionCommand(id, world.health.id(),
                LocalDate.now().plusMonths(4), "需待区财政预算批复", world.handler));
        unitRequests.decideExtension(new DecideRequestCommand(extension.id(), false, null, "理由不充分", world.clerk));
        assertThat(clerk.submit("/extension-requests/" + extension.id(), List.of("approve", "true", "note", "",
                "version", String.valueOf(extension.version()))).body()).contains(StaleForms.CHANGED_MEANWHILE)
                .contains("最新情况：王晓燕于").contains("不同意延期；说明：理由不充分。").contains("<dd>同意延期</dd>");
        assertThat(unitRequests.findExtensionRequest(extension.id()).orElseThrow().outcome())
                .isEqualTo(RequestOutcome.REJECTED);
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

    /** A return request of 区卫健委 (to hand the case to 区民政局) on a case assigned today: its window is open. */
    private ReturnRequest aReturnRequest() {
        long id = world.registered(next++);
        assignments.assign(AssignCommand.leadOnly(id, world.health.id(), LocalDate.now(), world.clerk));
        return unitRequests.requestReturn(new RequestReturnCommand(id, world.health.id(), "不属于本委职责", civil.id(),
                world.handler));
    }

    private Object decideReturn(DecideRequestCommand command) {
        unitRequests.decideReturn(command);
        return command;
    }

    private Object changeAccount(long id, AccountCommand command, CurrentUser by) {
        accountAdministration.change(id, command, by);
        return command;
    }

    /** A second 安全管理员 (钱安), made once per world. */
    private CurrentUser secondSecurityAdministrator() {
        if (jdbc.sql("select count(*) from users where username = 'security2'").query(Long.class).single() == 0) {
            identity.addAccount("security2", TestWorld.PASSWORD, "钱安", Role.SECURITY_ADMIN, null, null, false);
        }
        return (CurrentUser) logins.loadUserByUsername("security2");
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
}
