package cn.jianyi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jianyi.assignment.AssignCommand;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.assignment.CaseAssigned;
import cn.jianyi.assignment.DecideRequestCommand;
import cn.jianyi.assignment.ExtensionDecided;
import cn.jianyi.assignment.RequestExtensionCommand;
import cn.jianyi.assignment.RequestReturnCommand;
import cn.jianyi.assignment.UnitRequests;
import cn.jianyi.feedback.FeedbackManagement;
import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.DataScope;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.suggestion.CaseAction;
import cn.jianyi.suggestion.CaseUnit;
import cn.jianyi.suggestion.HandlingRole;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.suggestion.SuggestionQueries;
import cn.jianyi.suggestion.TimelineEntry;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestWorld;

/**
 * Case events become notices for the people they concern and never for the person who acted; each event that
 * notifies anyone leaves one timeline line saying who was notified and how; each person reads and marks only their own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@OnPostgres
@IntegrationTest
class CaseNoticesTests {

    private static final List<String> EVERYONE = List.of("clerk", "supervisor", "admin", "handler", "head",
            "handler2", "head2", "deputy", "deputy2", "deputy3");

    @Autowired ApplicationContext context;
    @Autowired ApplicationEventPublisher events;
    @Autowired Notifications notifications;
    @Autowired UserDetailsService logins;
    @Autowired SuggestionManagement suggestions;
    @Autowired SuggestionQueries queries;
    @Autowired Assignments assignments;
    @Autowired UnitRequests unitRequests;
    @Autowired FeedbackManagement feedback;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcClient jdbc;

    private TestWorld world;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
    }

    @Test
    void assignmentNotifiesEveryUnitOnTheCaseAndItsDeputiesButNotTheClerkWhoAssigned() {
        long id = world.assigned(1);

        assertThat(recipientsOf(id, NoticeKind.ASSIGNED))
                .containsExactlyInAnyOrder("handler", "head", "handler2", "head2", "deputy", "deputy2");
        Notice unit = only("handler", id, NoticeKind.ASSIGNED);
        assertThat(unit.title()).isEqualTo("新交办建议：第1号《关于健全生育服务保障机制的建议》");
        assertThat(unit.body()).startsWith("区人大二届四次会议第1号建议已交办，请及时签收办理。").contains("主办：区卫健委；协办：区教体局");
        assertThat(unit.link()).isEqualTo("/suggestions/" + id);
        assertThat(unit.isUnread()).isTrue();
        Notice deputy = only("deputy", id, NoticeKind.ASSIGNED);
        assertThat(deputy.title()).isEqualTo("您的建议已交办：第1号《关于健全生育服务保障机制的建议》");
        assertThat(deputy.body()).as("plain words for the deputy: who answers by when, who helps")
                .endsWith("已交区卫健委办理，答复期限2024年6月5日。区教体局协助办理。").doesNotContain("主办");
    }

    @Test
    void eachNotifyingEventIsOneTimelineLineNamingWhoWasNotifiedAndHow() {
        long id = world.assigned(2);

        List<TimelineEntry> timeline = timeline(id);
        assertThat(timeline).extracting(TimelineEntry::action)
                .containsExactly(CaseAction.REGISTER, CaseAction.ASSIGN, CaseAction.NOTIFY);
        TimelineEntry notified = timeline.get(2);
        assertThat(notified.remark())
                .isEqualTo("已通知：区卫健委 熊伟、李卫东；区教体局 邹静、万志远；代表 程绮南、刘建华（站内）");
        assertThat(notified.actorName()).isEqualTo("系统");
        assertThat(notified.toStatus()).isEqualTo(timeline.get(1).toStatus());
        assertThat(jdbc.sql("select count(*) from notices where suggestion_id = :id").param("id", id)
                .query(Long.class).single()).as("one notice per recipient, one timeline line").isEqualTo(6);
    }

    @Test
    void thePersonWhoActedIsNotNotifiedEvenWhenTheEventConcernsThem() {
        long id = world.assigned(3);
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                suggestions.designateKey(id, "张三", "教科文卫工委", world.handler));

        assertThat(recipientsOf(id, NoticeKind.KEY_DESIGNATED)).containsExactlyInAnyOrder("head", "handler2", "head2");
        assertThat(timeline(id)).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(CaseAction.NOTIFY);
            assertThat(e.remark()).doesNotContain("熊伟");
        });
    }

    @Test
    void theOfficeHearsOfRequestsAndTheUnitThatAskedHearsTheDecision() {
        long returning = world.registered(4);
        assignments.assign(AssignCommand.leadOnly(returning, world.health.id(), LocalDate.now(), world.clerk));
        var request = unitRequests.requestReturn(new RequestReturnCommand(returning, world.health.id(),
                "不属于本单位职责", world.education.id(), world.handler));
        assertThat(recipientsOf(returning, NoticeKind.RETURN_REQUESTED)).containsExactly("clerk");
        unitRequests.decideReturn(new DecideRequestCommand(request.id(), false, null, "属于本单位职责", world.clerk));
        assertThat(recipientsOf(returning, NoticeKind.RETURN_DECIDED)).containsExactlyInAnyOrder("handler", "head");
        assertThat(only("head", returning, NoticeKind.RETURN_DECIDED).title()).startsWith("退回申请未获同意");

        long extending = world.registered(5);
        assignments.assign(AssignCommand.leadOnly(extending, world.health.id(), LocalDate.now(), world.clerk));
        LocalDate due = assignments.taskOf(extending, world.health.id()).orElseThrow().dueOn();
        var extension = unitRequests.requestExtension(new RequestExtensionCommand(extending, world.health.id(),
                due.plusDays(20), "需要上级批复", world.head));
        assertThat(recipientsOf(extending, NoticeKind.EXTENSION_REQUESTED)).containsExactly("clerk");
        assertThat(only("clerk", extending, NoticeKind.EXTENSION_REQUESTED).body()).contains("需要上级批复");
        unitRequests.decideExtension(new DecideRequestCommand(extension.id(), true, null, null, world.clerk));
        assertThat(recipientsOf(extending, NoticeKind.DEADLINE_CHANGED)).containsExactlyInAnyOrder("handler", "head");
        assertThat(only("handler", extending, NoticeKind.DEADLINE_CHANGED).body()).contains("同意区卫健委延期");
    }

    @Test
    void deputiesAreAskedToRateAndTheAnsweringUnitAndTheOfficeHearTheirFeedbackWithItsResult() {
        long id = world.replied(6);
        Notice reply = only("deputy", id, NoticeKind.REPLIED);
        assertThat(reply.title()).isEqualTo("您的建议已答复，请评价：第6号《关于健全生育服务保障机制的建议》");
        assertThat(reply.link()).isEqualTo("/suggestions/" + id + "/feedback");
        assertThat(recipientsOf(id, NoticeKind.REPLIED)).containsExactlyInAnyOrder("deputy", "deputy2");
        assertThat(only("deputy2", id, NoticeKind.REPLIED).link()).as("a co-signer who does not rate reads the reply")
                .matches("/replies/\\d+").isNotEqualTo("/suggestions/" + id);

        world.rated(id, Satisfaction.DISSATISFIED, "没有给出时间表");
        assertThat(recipientsOf(id, NoticeKind.FEEDBACK_GIVEN)).as("the lead unit and the office; the co-unit did not answer")
                .containsExactlyInAnyOrder("handler", "head", "clerk");
        Notice told = only("head", id, NoticeKind.FEEDBACK_GIVEN);
        assertThat(told.title()).isEqualTo("代表已反馈意见（不满意）：第6号《关于健全生育服务保障机制的建议》");
        assertThat(told.body()).contains("评价为“不满意”").doesNotContain("没有给出时间表");
        assertThat(only("clerk", id, NoticeKind.FEEDBACK_GIVEN).title()).contains("（不满意）");

        world.sentBack(id);
        assertThat(recipientsOf(id, NoticeKind.REHANDLING))
                .containsExactlyInAnyOrder("handler", "head", "deputy", "deputy2");
        assertThat(only("handler", id, NoticeKind.REHANDLING).body()).contains("再次答复");

        // the second round's notices say 再次答复, not the first round's words
        world.signed(world.drafted(id), LocalDate.now());
        List<Notice> replied = notices("deputy", id).stream().filter(n -> n.kind() == NoticeKind.REPLIED).toList();
        assertThat(replied).extracting(Notice::title).containsExactlyInAnyOrder(
                "您的建议已再次答复，请评价：第6号《关于健全生育服务保障机制的建议》",
                "您的建议已答复，请评价：第6号《关于健全生育服务保障机制的建议》");
        world.rated(id, Satisfaction.SATISFIED, null, LocalDate.now());
        assertThat(notices("head", id).stream().filter(n -> n.kind() == NoticeKind.FEEDBACK_GIVEN).toList())
                .extracting(Notice::title)
                .contains("代表对再次答复已反馈意见（满意）：第6号《关于健全生育服务保障机制的建议》");
    }

    @Test
    void theLeadUnitsHandlersHearOfTheCoUnitsOpinion() {
        long id = world.assigned(13);
        world.opinionGiven(id);
        assertThat(recipientsOf(id, NoticeKind.OPINION_GIVEN)).as("the lead unit's handler, not its head or the co-unit")
                .containsExactly("handler");
        Notice told = only("handler", id, NoticeKind.OPINION_GIVEN);
        assertThat(told.title()).isEqualTo("协办意见已送达：第13号《关于健全生育服务保障机制的建议》");
        assertThat(told.body()).startsWith("区教体局已提交");
    }

    @Test
    void closingTellsTheDeputies() {
        long id = world.replied(7);
        world.rated(id, Satisfaction.SATISFIED, null);
        feedback.close(id, world.clerk);

        assertThat(recipientsOf(id, NoticeKind.CONCLUDED)).containsExactlyInAnyOrder("deputy", "deputy2");
        assertThat(timeline(id)).filteredOn(e -> e.action() == CaseAction.NOTIFY)
                .as("assigned, replied, rated and closed each notify: four lines, none for the notices themselves")
                .hasSize(4);
    }

    @Test
    void everyoneReadsAndMarksOnlyTheirOwnNotices() {
        long id = world.assigned(8);
        long handler = userId("handler");
        long handler2 = userId("handler2");
        Notice mine = only("handler", id, NoticeKind.ASSIGNED);
        assertThat(notifications.noticesOf(handler, 0).notices()).extracting(Notice::recipientId).containsOnly(handler);

        assertThatThrownBy(() -> notifications.markRead(handler2, mine.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> notifications.open(handler2, mine.id())).isInstanceOf(NotFoundException.class);
        assertThat(only("handler", id, NoticeKind.ASSIGNED).isUnread()).as("untouched by the other user").isTrue();

        long unread = notifications.unreadCount(handler);
        assertThat(notifications.open(handler, mine.id())).isEqualTo("/suggestions/" + id);
        assertThat(notifications.unreadCount(handler)).isEqualTo(unread - 1);
        notifications.markRead(handler, mine.id());              // again: nothing changes, nothing refused
        assertThat(notifications.markAllRead(handler)).isEqualTo((int) unread - 1);
        assertThat(notifications.unreadCount(handler)).isZero();
        assertThat(notifications.unreadCount(handler2)).as("the other user's notices stay unread").isPositive();
    }

    @Test
    void otherModulesNotifyThroughTheApiWithoutACaseAndWithoutATimelineLine() {
        long deputy3 = userId("deputy3");
        long before = jdbc.sql("select count(*) from timeline_entries").query(Long.class).single();
        List<Long> ids = notifications.notify(NoticeRequest.to(List.of(deputy3, deputy3, 999_999L),
                        NoticeKind.CO_SIGN_INVITED, "联名邀请：关于加强耕地保护的建议", "刘建华代表邀请您联名。")
                .linkingTo("/submissions/5"));

        assertThat(ids).as("duplicates and unknown logins left out").hasSize(1);
        assertThat(notifications.noticesOf(deputy3, 0).notices()).first().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.CO_SIGN_INVITED);
            assertThat(n.suggestionId()).isNull();
            assertThat(n.link()).isEqualTo("/submissions/5");
        });
        assertThat(jdbc.sql("select count(*) from timeline_entries").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void caseAssignedNotifiesTheUnitsItNamesAndTheDeputiesInsideTheActsTransaction() {
        long id = world.registered(9);
        var units = List.of(new CaseUnit(world.health.id(), HandlingRole.LEAD, LocalDate.of(2024, 6, 5)));

        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(new CaseAssigned(id,
                units, TestWorld.ASSIGNED, LocalDate.of(2024, 6, 5), "clerk", "主办：区卫健委；答复期限：2024-06-05")));

        assertThat(recipientsOf(id, NoticeKind.ASSIGNED)).as("the event's unit, not 区教体局; the case's deputies")
                .containsExactlyInAnyOrder("handler", "head", "deputy", "deputy2");
        assertThat(only("head", id, NoticeKind.ASSIGNED).body()).endsWith("主办：区卫健委；答复期限：2024-06-05");
        assertThatThrownBy(() -> events.publishEvent(new CaseAssigned(id, units, TestWorld.ASSIGNED,
                LocalDate.of(2024, 6, 5), "clerk", "")))
                .as("outside an act's transaction there is nothing to commit the notices with")
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void aRefusedExtensionIsToldToTheUnitAndAnApprovedOneOnlyAsTheDeadlineThatMoved() {
        long refused = world.assigned(11);
        long approved = world.assigned(12);
        LocalDate due = LocalDate.of(2024, 6, 5);

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            events.publishEvent(new ExtensionDecided(refused, world.health.id(), false, due, "理由不充分", "clerk"));
            events.publishEvent(new ExtensionDecided(approved, world.health.id(), true, due.plusDays(20), null,
                    "clerk"));
        });

        assertThat(recipientsOf(refused, NoticeKind.EXTENSION_DECIDED)).containsExactlyInAnyOrder("handler", "head");
        assertThat(only("head", refused, NoticeKind.EXTENSION_DECIDED).body()).endsWith("理由：理由不充分");
        assertThat(recipientsOf(approved, NoticeKind.EXTENSION_DECIDED)).isEmpty();
    }

    @Test
    void aTimelineLineAloneNotifiesNobody() {
        long id = world.registered(10);

        new TransactionTemplate(transactions).executeWithoutResult(status ->
                suggestions.recordActivity(id, CaseAction.CONCLUDE, world.clerk, "办结"));

        assertThat(EVERYONE).allSatisfy(user -> assertThat(notices(user, id)).as(user).isEmpty());
        assertThat(timeline(id)).extracting(TimelineEntry::action)
                .containsExactly(CaseAction.REGISTER, CaseAction.CONCLUDE);
    }

    @Test
    void aNoticeLinksOnlyInsideTheApplication() {
        for (String link : List.of("https://example.com/", "//example.com/x", "/\\example.com", "javascript:alert(1)",
                "/a b")) {
            assertThatThrownBy(() -> NoticeRequest.to(List.of(1L), NoticeKind.ASSIGNED, "标题", "正文").linkingTo(link))
                    .as(link).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private List<String> recipientsOf(long caseId, NoticeKind kind) {
        return EVERYONE.stream().filter(user -> notices(user, caseId).stream().anyMatch(n -> n.kind() == kind))
                .toList();
    }

    private Notice only(String username, long caseId, NoticeKind kind) {
        List<Notice> found = notices(username, caseId).stream().filter(n -> n.kind() == kind).toList();
        assertThat(found).as(username + " " + kind).hasSize(1);
        return found.get(0);
    }

    private List<Notice> notices(String username, long caseId) {
        return notifications.noticesOf(userId(username), 0).notices().stream()
                .filter(n -> Long.valueOf(caseId).equals(n.suggestionId())).toList();
    }

    private long userId(String username) {
        return ((CurrentUser) logins.loadUserByUsername(username)).id();
    }

    private List<TimelineEntry> timeline(long id) {
        return queries.details(id, DataScope.all()).timeline();
    }
}
