package cn.jianyi.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.jianyi.identity.AccountContact;
import cn.jianyi.identity.Directory;

/**
 * Sends the outbox's due e-mail and SMS. Each delivery is taken for one attempt by a conditional update (so two
 * dispatchers never send the same one), sent outside any transaction, then marked SENT; a failure keeps the error and
 * waits for the next attempt with a growing delay, and after {@link NotificationSettings#maxAttempts()} the delivery is
 * FAILED. A recipient who is in their quiet hours when a delivery comes due (they set them after it was queued) gets
 * it when the quiet hours end, no attempt counted. Runs on a schedule on one instance at a time
 * ({@link DispatchSchedule}); tests and operators may call {@link #dispatchDue()} directly.
 */
@Component
class NoticeDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NoticeDispatcher.class);

    private final NoticeStore store;
    private final Couriers couriers;
    private final Directory directory;
    private final NotificationSettings settings;
    private final Clock clock;
    private final Map<String, Counter> deliveries;

    NoticeDispatcher(NoticeStore store, Couriers couriers, Directory directory, NotificationSettings settings,
                     Clock clock, MeterRegistry metrics) {
        this.store = store;
        this.couriers = couriers;
        this.directory = directory;
        this.settings = settings;
        this.clock = clock;
        this.deliveries = java.util.stream.Stream.of("sent", "failed", "retrying", "deferred").collect(Collectors.toMap(
                outcome -> outcome, outcome -> Counter.builder(
                        "jianyi.notification.deliveries").description("E-mail and SMS deliveries, by outcome")
                        .tag("outcome", outcome).register(metrics)));
    }

    /** What one run did. */
    record Result(int sent, int failed, int retrying, int deferred) {

        boolean idle() {
            return sent + failed + retrying + deferred == 0;
        }
    }

    Result dispatchDue() {
        Instant now = clock.instant();
        List<NoticeStore.DueDelivery> due = store.due(now, settings.batchSize());
        Map<Long, AccountContact> recipients = directory.accounts(due.stream()
                        .map(NoticeStore.DueDelivery::recipientId).distinct().toList()).stream()
                .collect(Collectors.toMap(AccountContact::userId, Function.identity()));
        int sent = 0;
        int failed = 0;
        int retrying = 0;
        int deferred = 0;
        for (NoticeStore.DueDelivery delivery : due) {
            AccountContact recipient = recipients.get(delivery.recipientId());
            Instant release = recipient == null ? now : QuietHours.of(recipient.contact())
                    .map(quiet -> quiet.releaseAt(now, clock.getZone())).orElse(now);
            if (release.isAfter(now)) {
                store.postpone(delivery.id(), release);
                deferred++;
                continue;
            }
            int attempt = delivery.attempts() + 1;
            if (!store.claim(delivery.id(), delivery.attempts(), now.plus(settings.backoff(attempt)))) {
                continue;                               // another dispatcher has it
            }
            try {
                if (recipient == null) {
                    throw new IllegalStateException("the recipient's login is disabled");
                }
                couriers.send(delivery);
                store.markSent(delivery.id(), clock.instant());
                sent++;
            } catch (RuntimeException e) {
                boolean last = attempt >= settings.maxAttempts();
                store.recordFailure(delivery.id(), e.getClass().getSimpleName() + ": " + e.getMessage(), last);
                log.warn("{} delivery {} of notice {}, attempt {} of {} failed{}: {}", delivery.channel(),
                        delivery.id(), delivery.noticeId(), attempt, settings.maxAttempts(),
                        last ? ", given up" : "", e.toString());
                if (last) {
                    failed++;
                } else {
                    retrying++;
                }
            }
        }
        Result result = new Result(sent, failed, retrying, deferred);
        count(result);
        if (!result.idle()) {
            log.info("Notice deliveries: {} sent, {} failed, {} to retry, {} deferred for quiet hours", sent, failed,
                    retrying, deferred);
        }
        return result;
    }

    /**
     * {@code jianyi_notification_deliveries_total{outcome=…}} (ADR 0068): sent, failed (given up after the last
     * attempt: alert on any), retrying, deferred (quiet hours).
     */
    private void count(Result result) {
        deliveries.get("sent").increment(result.sent());
        deliveries.get("failed").increment(result.failed());
        deliveries.get("retrying").increment(result.retrying());
        deliveries.get("deferred").increment(result.deferred());
    }
}
