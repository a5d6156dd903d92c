package cn.jianyi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import cn.jianyi.identity.ContactDetails;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.DataScope;
import cn.jianyi.identity.IdentityManagement;
import cn.jianyi.suggestion.CaseAction;
import cn.jianyi.suggestion.SuggestionQueries;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.MutableClock;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestWorld;

/**
 * E-mail and SMS leave through the outbox: held back until the end of the recipient's quiet hours (also past
 * midnight), then sent by the dispatcher, e-mail over a real SMTP conversation with an in-process server (GreenMail),
 * SMS to the log-only default gateway with the number masked; and the dispatcher runs only while it holds the lock.
 */
@OnPostgres
@IntegrationTest(properties = {"jianyi.notifications.dispatch-initial-delay=PT1H",
        "jianyi.notifications.dispatch-interval=PT1H", "jianyi.notifications.mail-from=jianyi@congress.example",
        "jianyi.notifications.base-url=https://jianyi.example.gov.cn/"})
@Import(MutableClock.class)
@ExtendWith(OutputCaptureExtension.class)
@Isolated   // alone, after the browser lane (it asserts what the whole JVM did not print)
class NoticeDeliveryTests {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    private static TestWorld world;
    private static int number;

    @Autowired ApplicationContext context;
    @Autowired MutableClock.Control clock;
    @Autowired IdentityManagement identity;
    @Autowired Notifications notifications;
    @Autowired NoticeDispatcher dispatcher;
    @Autowired DispatchSchedule.ScheduledDispatch scheduledDispatch;
    @Autowired UserDetailsService logins;
    @Autowired SuggestionQueries queries;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void world() throws Exception {
        if (world == null) {
            world = TestWorld.create(context);
        }
        SMTP.purgeEmailFromAllMailboxes();
        dispatcher.dispatchDue();           // nothing left over from an earlier test
        clearContacts();
    }

    @Test
    void emailAndSmsWaitUntilTheQuietHoursEndPastMidnightAndAreThenSent(CapturedOutput output) throws Exception {
        identity.changeContactDetails(userId("deputy"), new ContactDetails("cheng.qinan@example.com", "13812341234",
                LocalTime.of(22, 0), LocalTime.of(7, 0), true, true));
        clock.setLocal(LocalDateTime.of(2025, 1, 6, 23, 30));
        long id = world.assigned(++number);

        Notice notice = deputyNotice(id);
        assertThat(notice.createdAt()).as("in-app at once, never deferred").isEqualTo(clock.now());
        assertThat(deliveriesOf(notice)).extracting(Delivery::channel, Delivery::address, Delivery::status,
                        Delivery::dueAt)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(DeliveryChannel.EMAIL, "cheng.qinan@example.com",
                                DeliveryStatus.PENDING, local(2025, 1, 7, 7, 0)),
                        org.assertj.core.groups.Tuple.tuple(DeliveryChannel.SMS, "13812341234",
                                DeliveryStatus.PENDING, local(2025, 1, 7, 7, 0)));
        assertThat(queries.details(id, DataScope.all()).timeline()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(CaseAction.NOTIFY);
            assertThat(e.remark()).contains("代表 程绮南、刘建华").contains("（站内；邮件：程绮南（免打扰，07:00后发送）；"
                    + "短信：程绮南（免打扰，07:00后发送））");
        });

        assertThat(dispatcher.dispatchDue().sent()).isZero();
        clock.setLocal(LocalDateTime.of(2025, 1, 7, 6, 59));
        assertThat(dispatcher.dispatchDue().sent()).isZero();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(output.getAll()).doesNotContain("138****1234");

        clock.setLocal(LocalDateTime.of(2025, 1, 7, 7, 0));
        assertThat(dispatcher.dispatchDue().sent()).isEqualTo(2);

        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("cheng.qinan@example.com");
        assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("jianyi@congress.example");
        assertThat(mail.getSubject()).isEqualTo("您的建议已交办：第" + number + "号《关于健全生育服务保障机制的建议》");
        assertThat(GreenMailUtil.getBody(mail).isEmpty()).isFalse();
        assertThat(mail.getContent().toString()).contains("已交区卫健委办理")
                .contains("https://jianyi.example.gov.cn/suggestions/" + id);
        assertThat(output.getAll()).contains("138****1234").contains("【建议办理系统】您的建议已交办：第" + number + "号")
                .doesNotContain("13812341234");
        assertThat(deliveriesOf(notice)).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(d.sentAt()).isEqualTo(clock.now());
            assertThat(d.attempts()).isEqualTo(1);
        });
        assertThat(dispatcher.dispatchDue().idle()).as("sent once").isTrue();
    }

    @Test
    void outsideQuietHoursMessagesGoAtOnceAndWithinADayTheyWaitForItsEnd() throws Exception {
        identity.changeContactDetails(userId("deputy"), new ContactDetails("cheng.qinan@example.com", null,
                LocalTime.of(12, 0), LocalTime.of(14, 0), true, false));
        clock.setLocal(LocalDateTime.of(2025, 1, 8, 10, 0));
        long first = world.assigned(++number);
        assertThat(deliveriesOf(deputyNotice(first))).singleElement()
                .satisfies(d -> assertThat(d.dueAt()).isEqualTo(clock.now()));
        assertThat(dispatcher.dispatchDue().sent()).isEqualTo(1);
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();

        clock.setLocal(LocalDateTime.of(2025, 1, 8, 13, 0));
        long second = world.assigned(++number);
        assertThat(deliveriesOf(deputyNotice(second))).singleElement()
                .satisfies(d -> assertThat(d.dueAt()).isEqualTo(local(2025, 1, 8, 14, 0)));
        clock.setLocal(LocalDateTime.of(2025, 1, 8, 13, 59));
        assertThat(dispatcher.dispatchDue().sent()).isZero();
        clock.setLocal(LocalDateTime.of(2025, 1, 8, 14, 0));
        assertThat(dispatcher.dispatchDue().sent()).isEqualTo(1);
        assertThat(SMTP.waitForIncomingEmail(5000, 2)).isTrue();
    }

    @Test
    void quietHoursSetAfterAMessageWasQueuedStillHoldItBack() {
        identity.changeContactDetails(userId("deputy"), new ContactDetails(null, "13812341234", null, null, false, true));
        clock.setLocal(LocalDateTime.of(2025, 1, 9, 21, 0));
        long id = world.assigned(++number);
        identity.changeContactDetails(userId("deputy"), new ContactDetails(null, "13812341234", LocalTime.of(20, 30),
                LocalTime.of(8, 0), false, true));
        clock.setLocal(LocalDateTime.of(2025, 1, 9, 21, 1));

        assertThat(dispatcher.dispatchDue().deferred()).isEqualTo(1);
        assertThat(deliveriesOf(deputyNotice(id))).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(d.attempts()).as("no attempt counted").isZero();
            assertThat(d.dueAt()).isEqualTo(local(2025, 1, 10, 8, 0));
        });
        clock.setLocal(LocalDateTime.of(2025, 1, 10, 8, 0));
        assertThat(dispatcher.dispatchDue().sent()).isEqualTo(1);
    }

    @Test
    void onlyTheInstanceHoldingTheLockDispatches() throws Exception {
        identity.changeContactDetails(userId("deputy"), new ContactDetails("cheng.qinan@example.com", null, null, null,
                true, false));
        clock.setLocal(LocalDateTime.of(2025, 1, 10, 9, 0));
        long id = world.assigned(++number);
        jdbc.sql("delete from shedlock").update();
        jdbc.sql("insert into shedlock (name, lock_until, locked_at, locked_by) values (:name, :until, :at, 'other-host')")
                .param("name", DispatchSchedule.LOCK)
                .param("until", Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).plusDays(1)))
                .param("at", Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)))
                .update();

        scheduledDispatch.run();
        assertThat(deliveriesOf(deputyNotice(id))).singleElement()
                .satisfies(d -> assertThat(d.status()).as("another instance holds the lock").isEqualTo(DeliveryStatus.PENDING));
        assertThat(SMTP.getReceivedMessages()).isEmpty();

        jdbc.sql("update shedlock set lock_until = :until where name = :name")      // the other instance is done
                .param("until", Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).minusDays(1)))
                .param("name", DispatchSchedule.LOCK)
                .update();
        scheduledDispatch.run();
        assertThat(deliveriesOf(deputyNotice(id))).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.SENT));
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(jdbc.sql("select locked_by from shedlock where name = :name").param("name", DispatchSchedule.LOCK)
                .query(String.class).single()).as("this instance took the lock").isNotEqualTo("other-host");
    }

    @Test
    void peopleWithoutAddressesOrChannelsGetInAppNoticesOnly() {
        identity.changeContactDetails(userId("handler"), new ContactDetails("xiong.wei@example.com", "13912345678",
                null, null, false, false));
        long id = world.assigned(++number);
        Notice handler = notifications.noticesOf(userId("handler"), 0).notices().stream()
                .filter(n -> Long.valueOf(id).equals(n.suggestionId())).findFirst().orElseThrow();
        assertThat(deliveriesOf(handler)).as("addresses given, channels off").isEmpty();
        assertThat(deliveriesOf(deputyNotice(id))).as("no addresses").isEmpty();
    }

    private Notice deputyNotice(long caseId) {
        return notifications.noticesOf(userId("deputy"), 0).notices().stream()
                .filter(n -> Long.valueOf(caseId).equals(n.suggestionId())).findFirst().orElseThrow();
    }

    private List<Delivery> deliveriesOf(Notice notice) {
        return notifications.noticesOf(notice.recipientId(), 0).deliveriesOf(notice.id());
    }

    private void clearContacts() {
        for (String user : List.of("deputy", "handler")) {
            identity.changeContactDetails(userId(user), ContactDetails.none());
        }
    }

    private long userId(String username) {
        return ((CurrentUser) logins.loadUserByUsername(username)).id();
    }

    private static java.time.Instant local(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(MutableClock.ZONE).toInstant();
    }
}
