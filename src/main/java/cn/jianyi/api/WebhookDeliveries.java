package cn.jianyi.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.jianyi.shared.RuleViolation;
import cn.jianyi.shared.jobs.BackgroundJob;
import cn.jianyi.shared.jobs.BackgroundJobs;
import cn.jianyi.shared.jobs.JobKind;

/**
 * Sends queued webhook deliveries through the one background job runner (ADR 0032, kind {@code webhook-delivery}, one
 * thread): a POST of the JSON payload, signed with HMAC-SHA256 under the subscription's secret over
 * {@code TIMESTAMP.BODY}, with the timestamp in its own header so that a receiver refuses old or replayed deliveries
 * ({@code Jianyi-Signature: t=…,v1=…}). A 2xx answer delivers it; anything else (a status, a timeout, a refused
 * connection) is recorded as the last error and tried again after {@code jianyi.api.webhook-backoff}, doubling each
 * time, until {@code jianyi.api.webhook-attempts} attempts, then given up (FAILED). Deliveries are rows, so a restart
 * loses none: the sweep every 30 seconds sends what is due. With several instances on one database, an instance
 * claims each delivery before sending it (its next attempt moved {@link #CLAIM} ahead, only if still due), so two
 * instances never send the same attempt; one that stops mid-send leaves the delivery due again once the claim ran
 * out (ADR 0064).
 */
@Component
public class WebhookDeliveries {

    /** How long a claimed delivery is held by the instance sending it: well past the request's 10 s timeout. */
    static final Duration CLAIM = Duration.ofMinutes(2);
    static final JobKind KIND = new JobKind("webhook-delivery", "url", "api.webhook.busy", "api.webhook.busy");
    public static final String SIGNATURE = "Jianyi-Signature";
    public static final String TIMESTAMP = "Jianyi-Timestamp";
    private static final Logger log = LoggerFactory.getLogger(WebhookDeliveries.class);

    private final JdbcClient jdbc;
    private final BackgroundJobs jobs;
    private final ApiSettings settings;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    WebhookDeliveries(JdbcClient jdbc, BackgroundJobs jobs, ApiSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.settings = settings;
        this.clock = clock;
    }

    /** New deliveries were queued: send them now, on the job runner's thread. */
    void queued(int count) {
        if (count > 0) {
            kick();
        }
    }

    @Scheduled(fixedDelayString = "${jianyi.api.webhook-sweep:30s}", initialDelayString = "${jianyi.api.webhook-sweep:30s}")
    void sweep() {
        kick();
    }

    private void kick() {
        try {
            jobs.start(KIND, new BackgroundJob<Integer>("system", 0), progress -> deliverDue(clock.instant()));
        } catch (RuleViolation busy) {
            // a run is queued already: it sends these too
        }
    }

    /** Sends every delivery due at {@code now}; the number delivered. */
    int deliverDue(Instant now) {
        List<Due> due = jdbc.sql("""
                        select d.id, d.event, d.payload, d.attempts, w.url, w.secret
                          from api_webhook_deliveries d join api_webhooks w on w.id = d.webhook_id
                         where d.status = 'PENDING' and d.next_attempt_at <= :now and w.status = 'ACTIVE'
                         order by d.next_attempt_at, d.id""")
                .param("now", java.sql.Timestamp.from(now))
                .query((rs, n) -> new Due(rs.getLong("id"), rs.getString("event"), rs.getString("payload"),
                        rs.getInt("attempts"), rs.getString("url"), rs.getString("secret")))
                .list();
        int delivered = 0;
        for (Due delivery : due) {
            delivered += attempt(delivery, now) ? 1 : 0;
        }
        return delivered;
    }

    private record Due(long id, String event, String payload, int attempts, String url, String secret) {
    }

    private boolean attempt(Due delivery, Instant now) {
        int claimed = jdbc.sql("""
                        update api_webhook_deliveries set next_attempt_at = :claimed
                         where id = :id and status = 'PENDING' and next_attempt_at <= :now""")
                .param("claimed", java.sql.Timestamp.from(now.plus(CLAIM))).param("id", delivery.id())
                .param("now", java.sql.Timestamp.from(now)).update();
        if (claimed == 0) {
            return false;                               // another instance sends it, or it was sent meanwhile
        }
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        Integer status = null;
        String error;
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(delivery.url()))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "Jianyi-Webhook/1")
                    .header("Jianyi-Event", delivery.event())
                    .header("Jianyi-Delivery", String.valueOf(delivery.id()))
                    .header(TIMESTAMP, timestamp)
                    .header(SIGNATURE, "t=" + timestamp + ",v1=" + sign(delivery.secret(), timestamp, delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            error = status / 100 == 2 ? null : "HTTP " + status;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "中断";
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        int attempts = delivery.attempts() + 1;
        if (error == null) {
            jdbc.sql("""
                            update api_webhook_deliveries set status = 'DELIVERED', attempts = :attempts,
                                   last_status = :status, last_error = null, next_attempt_at = null, delivered_at = :now
                             where id = :id and status = 'PENDING'""")
                    .param("attempts", attempts).param("status", status).param("now", java.sql.Timestamp.from(clock.instant()))
                    .param("id", delivery.id()).update();
            return true;
        }
        boolean givenUp = attempts >= settings.webhookAttempts();
        Instant next = givenUp ? null : now.plus(settings.webhookBackoff().multipliedBy(1L << Math.min(attempts - 1, 20)));
        jdbc.sql("""
                        update api_webhook_deliveries set status = :state, attempts = :attempts, last_status = :status,
                               last_error = :error, next_attempt_at = :next
                         where id = :id and status = 'PENDING'""")
                .param("state", givenUp ? "FAILED" : "PENDING").param("attempts", attempts).param("status", status)
                .param("error", error.length() > 500 ? error.substring(0, 500) : error).param("next", next == null ? null : java.sql.Timestamp.from(next))
                .param("id", delivery.id()).update();
        log.info("Webhook delivery {} attempt {} failed: {}{}", delivery.id(), attempts, error,
                givenUp ? " (given up)" : "");
        return false;
    }

    /** HMAC-SHA256 of {@code TIMESTAMP.BODY} under the secret, lower-case hex: what a receiver recomputes. */
    public static String sign(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The latest deliveries of the tokens the administrator sees, for the 接口令牌 page. */
    public List<DeliveryRow> latest(List<Long> tokenIds, int limit) {
        if (tokenIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select d.id, t.name as token_name, w.url, d.event, d.suggestion_id, d.status, d.attempts,
                               d.last_status, d.last_error, d.created_at, d.delivered_at, d.next_attempt_at
                          from api_webhook_deliveries d join api_webhooks w on w.id = d.webhook_id
                          join api_tokens t on t.id = w.token_id
                         where t.id in (:tokens) order by d.id desc limit :limit""")
                .param("tokens", tokenIds).param("limit", limit)
                .query((rs, n) -> new DeliveryRow(rs.getLong("id"), rs.getString("token_name"), rs.getString("url"),
                        rs.getString("event"), rs.getLong("suggestion_id"), rs.getString("status"),
                        rs.getInt("attempts"), (Integer) rs.getObject("last_status"), rs.getString("last_error"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("delivered_at") == null ? null : rs.getTimestamp("delivered_at").toInstant(),
                        rs.getTimestamp("next_attempt_at") == null ? null : rs.getTimestamp("next_attempt_at").toInstant()))
                .list();
    }

    /** One delivery as the administrator's page lists it. */
    public record DeliveryRow(long id, String tokenName, String url, String event, long suggestionId, String status,
                              int attempts, Integer lastStatus, String lastError, Instant createdAt,
                              Instant deliveredAt, Instant nextAttemptAt) {
    }
}
