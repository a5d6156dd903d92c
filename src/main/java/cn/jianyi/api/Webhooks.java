package cn.jianyi.api;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.identity.CurrentUser;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.suggestion.SuggestionDetails;
import cn.jianyi.suggestion.SuggestionQueries;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks (ADR 0058): a token subscribes a URL to the status changes of the cases its account sees
 * ({@code case.status_changed}). Each act that moves a case's status (登记, 交办, the reply that answers it, 重新办理,
 * 办结, 撤回, 并案) is queued in the act's transaction ({@link WebhookTriggers}) as one delivery per subscription whose token
 * is usable and whose account's data scope covers the case, and {@link WebhookDeliveries} sends it.
 */
@Service
public class Webhooks {

    public static final String STATUS_CHANGED = "case.status_changed";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final SuggestionQueries queries;
    private final UserDetailsService accounts;
    private final MessageSource messages;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    Webhooks(JdbcClient jdbc, SuggestionQueries queries, UserDetailsService accounts, MessageSource messages,
             Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.accounts = accounts;
        this.messages = messages;
        this.clock = clock;
    }

    /** A subscription, with its signing secret only when just created. */
    public record Subscription(long id, String url, List<String> events, String secret, Instant createdAt) {
    }

    /** Subscribes the token to case status changes at {@code url} (http or https); the secret is returned once. */
    @Transactional
    public Subscription subscribe(ApiToken token, String url) {
        URI uri;
        try {
            uri = url == null || url.length() > 500 ? null : URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw RuleViolation.onField("url", "api.webhook.url.invalid");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "whsec_" + HexFormat.of().formatHex(bytes);
        Instant now = clock.instant();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into api_webhooks (token_id, url, secret, status, created_at)
                        values (:token, :url, :secret, 'ACTIVE', :now)""")
                .param("token", token.id()).param("url", uri.toString()).param("secret", secret).param("now", java.sql.Timestamp.from(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        return new Subscription(id, uri.toString(), List.of(STATUS_CHANGED), secret, now);
    }

    /** The token's active subscriptions, without their secrets. */
    @Transactional(readOnly = true)
    public List<Subscription> of(ApiToken token) {
        return jdbc.sql("select id, url, created_at from api_webhooks where token_id = :token and status = 'ACTIVE'"
                        + " order by id")
                .param("token", token.id())
                .query((rs, n) -> new Subscription(rs.getLong("id"), rs.getString("url"), List.of(STATUS_CHANGED), null,
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** Ends one of the token's subscriptions; another token's answers 404. */
    @Transactional
    public void remove(ApiToken token, long id) {
        int removed = jdbc.sql("update api_webhooks set status = 'REMOVED', removed_at = :now"
                        + " where id = :id and token_id = :token and status = 'ACTIVE'")
                .param("now", java.sql.Timestamp.from(clock.instant())).param("id", id).param("token", token.id()).update();
        if (removed == 0) {
            throw new NotFoundException("webhook", id);
        }
    }

    /**
     * One delivery per subscription that may see the case; the number queued. In the act's transaction (the outbox):
     * the deliveries commit with the act or not at all, on the act's connection.
     */
    @Transactional
    public int queue(long suggestionId) {
        var subscriptions = jdbc.sql("""
                        select w.id, t.username from api_webhooks w join api_tokens t on t.id = w.token_id
                         where w.status = 'ACTIVE' and t.status = 'ACTIVE' and t.expires_at > :now""")
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list();
        int queued = 0;
        Instant now = clock.instant();
        for (var subscription : subscriptions) {
            CurrentUser account;
            try {
                account = (CurrentUser) accounts.loadUserByUsername(subscription.getValue());
            } catch (RuntimeException e) {
                continue;
            }
            if (!account.isEnabled() || !ApiScope.CASES_READ.allowedFor(account)
                    || !queries.isVisible(suggestionId, account.dataScope())) {
                continue;
            }
            SuggestionDetails details = queries.details(suggestionId, account.dataScope());
            String status = details.status().name();
            var payload = new java.util.LinkedHashMap<String, Object>();
            payload.put("event", STATUS_CHANGED);
            payload.put("occurredAt", now.toString());
            payload.put("case", Map.of("id", suggestionId, "number", details.suggestion().number(),
                    "meeting", details.meeting().fullName(), "title", details.suggestion().title(),
                    "status", Map.of("code", status, "label", messages.getMessage("Suggestion.Status." + status, null,
                            status, Locale.SIMPLIFIED_CHINESE)),
                    "href", "/api/v1/cases/" + suggestionId));
            jdbc.sql("""
                            insert into api_webhook_deliveries (webhook_id, event, suggestion_id, payload, status,
                                    attempts, next_attempt_at, created_at)
                            values (:webhook, :event, :suggestion, :payload, 'PENDING', 0, :now, :now)""")
                    .param("webhook", subscription.getKey()).param("event", STATUS_CHANGED)
                    .param("suggestion", suggestionId).param("payload", json.writeValueAsString(payload))
                    .param("now", java.sql.Timestamp.from(now)).update();
            queued++;
        }
        return queued;
    }
}
