package cn.jianyi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.jianyi.assignment.Assignments;
import cn.jianyi.assignment.DecideRequestCommand;
import cn.jianyi.assignment.ExtensionRequest;
import cn.jianyi.assignment.RequestExtensionCommand;
import cn.jianyi.assignment.UnitRequests;
import cn.jianyi.identity.ContactDetails;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.DataScope;
import cn.jianyi.identity.IdentityManagement;
import cn.jianyi.notification.Notice;
import cn.jianyi.notification.NoticeKind;
import cn.jianyi.notification.Notifications;
import cn.jianyi.suggestion.CaseAction;
import cn.jianyi.suggestion.SuggestionQueries;
import cn.jianyi.suggestion.TimelineEntry;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.MutableClock;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestWorld;

/**
 * The reminder job against a real database: 即将到期 reminds the unit once; 已超期 and 严重超期 tell the unit and the
 * supervisors once each; a second run sends nothing; a moved deadline reminds again; two instances at once send once;
 * each reminder is on the case timeline.
 */
@OnPostgres
@IntegrationTest(properties = MutableClock.PROPERTIES)
@Import(MutableClock.class)
class DeadlineRemindersTests {

    private static TestWorld world;
    private static int number;

    @Autowired ApplicationContext context;
    @Autowired MutableClock.Control clock;
    @Autowired DeadlineReminders reminders;
    @Autowired DeadlineMonitor monitor;
    @Autowired Assignments assignments;
    @Autowired UnitRequests unitRequests;
    @Autowired Notifications notifications;
    @Autowired IdentityManagement identity;
    @Autowired SuggestionQueries queries;
    @Autowired UserDetailsService logins;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void world() {
        if (world == null) {
            world = TestWorld.create(context);
        }
    }

    /** A case whose co-unit has given its opinion, so that only the lead unit (区卫健委) still runs. */
    private long leadOnlyRunning() {
        clock.setLocal(LocalDateTime.of(2024, 3, 6, 9, 0));
        long id = world.assigned(++number);
        world.opinionGiven(id);
        return id;
    }

    private LocalDate dueOn(long id) {
        return assignments.taskOf(id, world.health.id()).orElseThrow().dueOn();
    }

    /** {@link #leadOnlyRunning()}, with the clock at 08:30 the day before the lead unit's due date. */
    private long dueTomorrow() {
        long id = leadOnlyRunning();
        clock.setLocal(dueOn(id).minusDays(1).atTime(8, 30));
        return id;
    }

    @Test
    @DisplayName("即将到期提醒承办单位一次；超期、严重超期各报督查室并提醒单位一次；再次运行不重复")
    void remindsOnceBeforeTheDueDateAndEscalatesOnceAfter() {
        long id = dueTomorrow();
        LocalDate due = dueOn(id);
        assertThat(monitor.ofCase(id).get(world.health.id()).state()).isEqualTo(DeadlineState.DUE_SOON);
        reminders.remindDue();
        assertThat(kinds("handler", id)).containsExactly(NoticeKind.DEADLINE_SOON);
        assertThat(kinds("head", id)).containsExactly(NoticeKind.DEADLINE_SOON);
        assertThat(kinds("supervisor", id)).isEmpty();
        assertThat(kinds("handler2", id)).as("the co-unit has given its opinion").isEmpty();
        assertThat(notices("head", id).get(0).title()).isEqualTo("答复期限还剩1个工作日：关于健全生育服务保障机制的建议");
        assertThat(notices("head", id).get(0).body()).contains("第" + number + "号建议").contains("答复期限为" + due)
                .contains("还剩1个工作日");
        assertThat(reminderLines(id)).containsExactly(
                "REMIND 区卫健委答复期限" + due + "即将到期，还剩1个工作日，已提醒",
                "NOTIFY 已通知：区卫健委 熊伟、李卫东（站内）");

        reminders.remindDue();
        clock.setLocal(due.atTime(8, 30));
        reminders.remindDue();
        assertThat(kinds("handler", id)).as("not again, also not on the due date").hasSize(1);

        clock.setLocal(due.plusDays(1).atTime(8, 30));
        reminders.remindDue();
        reminders.remindDue();
        assertThat(kinds("handler", id)).containsExactly(NoticeKind.DEADLINE_OVERDUE, NoticeKind.DEADLINE_SOON);
        assertThat(kinds("head", id)).containsExactly(NoticeKind.DEADLINE_OVERDUE, NoticeKind.DEADLINE_SOON);
        assertThat(kinds("supervisor", id)).containsExactly(NoticeKind.DEADLINE_OVERDUE);
        assertThat(kinds("clerk", id)).isEmpty();
        assertThat(notices("supervisor", id).get(0).title())
                .matches("督办提醒：区卫健委答复(超期\\d+个工作日|期限已过)：关于健全生育服务保障机制的建议");
        assertThat(notices("supervisor", id).get(0).link()).isEqualTo("/supervision/deadlines");

        clock.setLocal(due.plusDays(60).atTime(8, 30));
        assertThat(monitor.ofCase(id).get(world.health.id()).state()).isEqualTo(DeadlineState.LONG_OVERDUE);
        reminders.remindDue();
        reminders.remindDue();
        assertThat(kinds("supervisor", id)).containsExactly(NoticeKind.DEADLINE_LONG_OVERDUE,
                NoticeKind.DEADLINE_OVERDUE);
        assertThat(kinds("handler", id)).hasSize(3);
        assertThat(jdbc.sql("select stage from deadline_reminders where suggestion_id = :id order by id")
                .param("id", id).query(String.class).list())
                .containsExactly("DUE_SOON", "OVERDUE", "LONG_OVERDUE");
        assertThat(reminderLines(id)).filteredOn(line -> line.startsWith("REMIND")).hasSize(3);
        assertThat(reminderLines(id)).filteredOn(line -> line.startsWith("NOTIFY")).hasSize(3)
                .last().asString().contains("区卫健委 熊伟、李卫东").contains("周敏");
    }

    @Test
    @DisplayName("期限延长后，新的到期日会再次提醒")
    void aMovedDeadlineRemindsAgain() {
        long id = dueTomorrow();
        LocalDate due = dueOn(id);
        reminders.remindDue();
        ExtensionRequest request = unitRequests.requestExtension(new RequestExtensionCommand(id, world.health.id(),
                due.plusMonths(1), "需要进一步调研。", world.handler));
        unitRequests.decideExtension(new DecideRequestCommand(request.id(), true, null, null, world.clerk));
        LocalDate moved = dueOn(id);
        assertThat(moved).isAfter(due);
        reminders.remindDue();
        assertThat(kinds("handler", id)).as("the new deadline is not due soon yet").containsOnlyOnce(NoticeKind.DEADLINE_SOON);

        clock.setLocal(moved.atTime(8, 30));
        reminders.remindDue();
        assertThat(kinds("handler", id)).filteredOn(k -> k == NoticeKind.DEADLINE_SOON).hasSize(2);
        assertThat(jdbc.sql("select due_on from deadline_reminders where suggestion_id = :id order by id")
                .param("id", id).query(LocalDate.class).list()).containsExactly(due, moved);
    }

    @Test
    @DisplayName("协办单位未提交意见时，按协办意见期限提醒")
    void aCoUnitIsRemindedOfItsOpinionDeadline() {
        clock.setLocal(LocalDateTime.of(2024, 3, 6, 9, 0));
        long id = world.assigned(++number);
        TaskDeadline coUnit = monitor.ofCase(id).get(world.education.id());
        assertThat(coUnit.kind()).isEqualTo(TaskDeadline.Kind.OPINION);
        LocalDate opinionDue = coUnit.watch().dueOn();
        assertThat(opinionDue).isBefore(dueOn(id));

        clock.setLocal(opinionDue.plusDays(1).atTime(8, 30));
        reminders.remindDue();
        assertThat(kinds("handler2", id)).containsExactly(NoticeKind.DEADLINE_OVERDUE);
        assertThat(kinds("handler", id)).as("the lead unit's reply deadline is months away").isEmpty();
        assertThat(notices("supervisor", id).get(0).body()).contains("区教体局").contains("协办意见期限为" + opinionDue);
    }

    @Test
    @DisplayName("免打扰时段内，短信等到时段结束；站内通知立即送达")
    void quietHoursHoldBackTheSmsButNotTheInAppNotice() {
        long handler = userId("handler");
        identity.changeContactDetails(handler, new ContactDetails(null, "13812341234", LocalTime.of(22, 0),
                LocalTime.of(9, 0), false, true));
        try {
            long id = dueTomorrow();
            reminders.remindDue();
            assertThat(notices("handler", id)).singleElement()
                    .satisfies(n -> assertThat(n.createdAt()).isEqualTo(clock.now()));
            assertThat(reminderLines(id)).last().asString().contains("短信：熊伟（免打扰，09:00后发送）");
        } finally {
            identity.changeContactDetails(handler, new ContactDetails(null, null, null, null, false, false));
        }
    }

    @Test
    @DisplayName("两个实例同时运行，只有持锁的一个发送")
    void twoInstancesAtOnceSendOnce() throws Exception {
        long id = dueTomorrow();
        var start = new CountDownLatch(1);
        var executor = Executors.newFixedThreadPool(2);
        try {
            Callable<Optional<Integer>> instance = () -> {
                start.await();
                return reminders.runLocked();
            };
            List<Future<Optional<Integer>>> runs = List.of(executor.submit(instance), executor.submit(instance));
            start.countDown();
            var results = new ArrayList<Optional<Integer>>();
            for (Future<Optional<Integer>> run : runs) {
                results.add(run.get());
            }
            assertThat(results).filteredOn(Optional::isPresent).as("one instance held the lock").hasSize(1);
            assertThat(reminders.runLocked()).as("the lock is held for a while after the run").isEmpty();
        } finally {
            executor.shutdownNow();
        }
        assertThat(kinds("handler", id)).containsExactly(NoticeKind.DEADLINE_SOON);
        assertThat(jdbc.sql("select count(*) from shedlock where name = 'deadline-reminders'").query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void theLedgerListsTheWarningsByUnit() {
        long id = leadOnlyRunning();
        clock.setLocal(dueOn(id).plusDays(3).atTime(10, 0));
        assertThat(monitor.ledger(DeadlineState.OVERDUE))
                .anySatisfy(row -> {
                    assertThat(row.suggestionId()).isEqualTo(id);
                    assertThat(row.unitName()).isEqualTo("区卫健委");
                    assertThat(row.deadline().watch().workingDaysOver()).isPositive();
                });
        assertThat(monitor.ledger(DeadlineState.DUE_SOON)).noneMatch(row -> row.suggestionId() == id);
        assertThat(monitor.ledger(null)).extracting(DeadlineMonitor.LedgerRow::unitName)
                .isSortedAccordingTo(java.text.Collator.getInstance(java.util.Locale.CHINA));
    }

    private List<Notice> notices(String username, long caseId) {
        return notifications.noticesOf(userId(username), 0).notices().stream()
                .filter(n -> Long.valueOf(caseId).equals(n.suggestionId()))
                .filter(n -> n.kind().name().startsWith("DEADLINE_") && n.kind() != NoticeKind.DEADLINE_CHANGED)
                .toList();
    }

    /** The reminder kinds a person was sent about the case, newest first. */
    private List<NoticeKind> kinds(String username, long caseId) {
        return notices(username, caseId).stream().map(Notice::kind).toList();
    }

    /** The timeline from the first reminder on, as {@code ACTION remark}. */
    private List<String> reminderLines(long id) {
        List<TimelineEntry> timeline = queries.details(id, DataScope.all()).timeline();
        var lines = new ArrayList<String>();
        boolean started = false;
        for (TimelineEntry entry : timeline) {
            started |= entry.action() == CaseAction.REMIND;
            if (started && (entry.action() == CaseAction.REMIND || entry.action() == CaseAction.NOTIFY)) {
                lines.add(entry.action() + " " + entry.remark());
            }
        }
        return lines;
    }

    private long userId(String username) {
        return ((CurrentUser) logins.loadUserByUsername(username)).id();
    }
}
