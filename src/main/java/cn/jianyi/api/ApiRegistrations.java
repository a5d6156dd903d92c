package cn.jianyi.api;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.identity.CurrentUser;
import cn.jianyi.suggestion.RegisterSuggestionCommand;
import cn.jianyi.suggestion.SuggestionManagement;

/**
 * 登记 from another platform (ADR 0058): the clerk's use case ({@link SuggestionManagement#registerWithin}, the same
 * rules and the same timeline line, noting the token), with an optional {@code Idempotency-Key}. The key is written
 * in the registration's own transaction, so a registration and its key commit together or not at all; a key seen
 * before (within {@code jianyi.api.idempotency-keep}) with the same request answers the case registered then, with
 * another request {@link KeyReused}. Two requests with one new key at once: the second one's key insert fails on the
 * primary key, its registration rolls back with it, and the caller asks again ({@link #registered}).
 */
@Service
public class ApiRegistrations {

    private final SuggestionManagement suggestions;
    private final JdbcClient jdbc;
    private final ApiSettings settings;
    private final Clock clock;

    ApiRegistrations(SuggestionManagement suggestions, JdbcClient jdbc, ApiSettings settings, Clock clock) {
        this.suggestions = suggestions;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** The outcome: the case's id, and whether it was registered by an earlier request with the same key. */
    public record Registration(long suggestionId, boolean replayed) {
    }

    /** The key was used before with another request. */
    public static final class KeyReused extends RuntimeException {
        public KeyReused() {
            super("idempotency key reused with another request");
        }
    }

    /**
     * Registers the suggestion as the token's account, unless the key (if any) was used before.
     *
     * @param requestHash the SHA-256 of the request as parsed (the same fields give the same hash)
     */
    @Transactional
    public Registration register(RegisterSuggestionCommand command, CurrentUser account, ApiToken token, String key,
                                 String requestHash) {
        Instant now = clock.instant();
        jdbc.sql("delete from api_idempotency_keys where created_at < :cutoff")
                .param("cutoff", java.sql.Timestamp.from(now.minus(settings.idempotencyKeep()))).update();
        if (key != null) {
            Optional<Registration> earlier = registered(token, key, requestHash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        long id = suggestions.registerWithin(command, account.congressScope(),
                "经接口登记（令牌「" + token.name() + "」" + token.hint() + "）");
        if (key != null) {
            jdbc.sql("""
                    insert into api_idempotency_keys (token_id, idempotency_key, request_hash, suggestion_id, created_at)
                    values (:token, :key, :hash, :suggestion, :now)""")
                    .param("token", token.id()).param("key", key).param("hash", requestHash).param("suggestion", id)
                    .param("now", java.sql.Timestamp.from(now)).update();
        }
        return new Registration(id, false);
    }

    /** The case an earlier request with this key registered (the same request), or {@link KeyReused}. */
    @Transactional(readOnly = true)
    public Optional<Registration> registered(ApiToken token, String key, String requestHash) {
        Instant cutoff = clock.instant().minus(settings.idempotencyKeep());
        return jdbc.sql("""
                        select request_hash, suggestion_id from api_idempotency_keys
                         where token_id = :token and idempotency_key = :key and created_at >= :cutoff""")
                .param("token", token.id()).param("key", key).param("cutoff", java.sql.Timestamp.from(cutoff))
                .query((rs, row) -> {
                    if (!rs.getString("request_hash").equals(requestHash)) {
                        throw new KeyReused();
                    }
                    return new Registration(rs.getLong("suggestion_id"), true);
                })
                .optional();
    }
}
