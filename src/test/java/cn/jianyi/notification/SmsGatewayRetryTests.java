package cn.jianyi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.jianyi.identity.ContactDetails;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.IdentityManagement;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.MutableClock;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestWorld;

/**
 * A deployment's own SMS gateway replaces the log-only default; a gateway that fails is tried again after growing
 * waits and, after the last attempt, the SMS is given up as FAILED with the error kept.
 */
@OnPostgres
@IntegrationTest(properties = {"jianyi.notifications.dispatch-enabled=false", "jianyi.notifications.max-attempts=3",
        "jianyi.notifications.retry-after=1m"})
@Import({MutableClock.class, SmsGatewayRetryTests.Gateway.class})
class SmsGatewayRetryTests {

    /** An SMS gateway that fails as often as told, then records what it sends. */
    static final class RecordingSmsGateway implements SmsGateway {

        final AtomicInteger failuresLeft = new AtomicInteger();
        final AtomicInteger calls = new AtomicInteger();
        final List<String> sent = new CopyOnWriteArrayList<>();

        @Override
        public void send(String mobile, String text) {
            calls.incrementAndGet();
            if (failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("gateway timeout");
            }
            sent.add(mobile + " " + text);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Gateway {

        @Bean
        RecordingSmsGateway recordingSmsGateway() {
            return new RecordingSmsGateway();
        }
    }

    @Autowired ApplicationContext context;
    @Autowired RecordingSmsGateway gateway;
    @Autowired SmsGateway installed;
    @Autowired NoticeDispatcher dispatcher;
    @Autowired Notifications notifications;
    @Autowired IdentityManagement identity;
    @Autowired MutableClock.Control clock;
    @Autowired UserDetailsService logins;

    @Test
    void aProvidedGatewayReplacesTheLoggingDefaultAndFailuresAreRetriedThenGivenUp() {
        assertThat(installed).isSameAs(gateway);
        assertThat(notifications.channelStatus().smsGateway()).isTrue();
        assertThat(notifications.channelStatus().emailOn()).as("no spring.mail.host here").isFalse();
        TestWorld world = TestWorld.create(context);
        long deputy = ((CurrentUser) logins.loadUserByUsername("deputy")).id();
        identity.changeContactDetails(deputy, new ContactDetails("cheng.qinan@example.com", "13812341234", null, null,
                true, true));
        clock.setLocal(LocalDateTime.of(2025, 1, 6, 10, 0));

        long succeeding = world.assigned(1);
        assertThat(deliveries(deputy, succeeding)).extracting(Delivery::channel)
                .as("e-mail is off: no e-mail queued").containsExactly(DeliveryChannel.SMS);
        assertThat(dispatcher.dispatchDue().sent()).isEqualTo(1);
        assertThat(gateway.sent).containsExactly(
                "13812341234 【建议办理系统】您的建议已交办：第1号《关于健全生育服务保障机制的建议》。详情请登录系统查看。");

        gateway.failuresLeft.set(10);
        long failing = world.assigned(2);
        int calls = gateway.calls.get();
        assertThat(dispatcher.dispatchDue().retrying()).isEqualTo(1);
        assertThat(deliveries(deputy, failing)).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(d.attempts()).isEqualTo(1);
            assertThat(d.dueAt()).isEqualTo(clock.now().plus(Duration.ofMinutes(1)));
            assertThat(d.lastError()).isEqualTo("IllegalStateException: gateway timeout");
        });
        clock.advance(Duration.ofSeconds(59));
        assertThat(dispatcher.dispatchDue().idle()).as("not before its retry is due").isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(dispatcher.dispatchDue().retrying()).isEqualTo(1);
        assertThat(deliveries(deputy, failing)).singleElement()
                .satisfies(d -> assertThat(d.dueAt()).isEqualTo(clock.now().plus(Duration.ofMinutes(5))));
        clock.advance(Duration.ofMinutes(5));
        assertThat(dispatcher.dispatchDue().failed()).isEqualTo(1);
        assertThat(deliveries(deputy, failing)).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(d.attempts()).isEqualTo(3);
            assertThat(d.sentAt()).isNull();
            assertThat(d.lastError()).isEqualTo("IllegalStateException: gateway timeout");
        });
        clock.advance(Duration.ofDays(1));
        assertThat(dispatcher.dispatchDue().idle()).as("given up: never tried again").isTrue();
        assertThat(gateway.calls.get() - calls).isEqualTo(3);
    }

    private List<Delivery> deliveries(long userId, long caseId) {
        NoticePage page = notifications.noticesOf(userId, 0);
        Notice notice = page.notices().stream().filter(n -> Long.valueOf(caseId).equals(n.suggestionId()))
                .findFirst().orElseThrow();
        return page.deliveriesOf(notice.id());
    }
}
