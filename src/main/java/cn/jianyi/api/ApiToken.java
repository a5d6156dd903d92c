package cn.jianyi.api;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import cn.jianyi.shared.IllegalTransitionException;

/**
 * An API token (接口令牌): a name, the account whose data scope it carries, its scopes, an expiry, and the SHA-256 hash
 * of its secret (never the secret). ACTIVE until revoked (吊销), which is final; an expired token stays ACTIVE in the
 * table and is refused by {@link #usableAt}.
 */
@Table("api_tokens")
public class ApiToken {

    public enum Status { ACTIVE, REVOKED }

    @Id
    private Long id;
    @Version
    private int version;
    private String name;
    private long userId;
    private String username;
    private String scopes;
    private String secretHash;
    private String hint;
    /** Requests per minute; {@code null}: the configured default ({@code jianyi.api.rate-limit.requests}). */
    private Integer rateLimit;
    private Status status;
    private Instant createdAt;
    private String createdBy;
    private Instant expiresAt;
    private Instant revokedAt;
    private String revokedBy;
    /** Written only by {@code ApiTokens}' UPDATE on use (at most once a minute), never by saving the aggregate. */
    @ReadOnlyProperty
    private Instant lastUsedAt;

    @PersistenceCreator
    ApiToken() {
    }

    static ApiToken issue(CreateTokenCommand command, long userId, TokenSecret secret, Instant now) {
        var token = new ApiToken();
        token.name = command.name();
        token.userId = userId;
        token.username = command.account();
        token.scopes = command.scopes().stream().map(ApiScope::code).sorted().collect(Collectors.joining(" "));
        token.secretHash = secret.hash();
        token.hint = secret.hint();
        token.rateLimit = command.rateLimit();
        token.status = Status.ACTIVE;
        token.createdAt = now;
        token.createdBy = command.actor().username();
        token.expiresAt = command.expiresAt();
        return token;
    }

    /** 吊销: from now on every call with it answers 401. */
    ApiToken revoke(String by, Instant now) {
        if (status != Status.ACTIVE) {
            throw new IllegalTransitionException(status, "revoke");
        }
        status = Status.REVOKED;
        revokedAt = now;
        revokedBy = by;
        return this;
    }

    /** Whether a call may use it now: not revoked and not past its expiry. */
    public boolean usableAt(Instant now) {
        return status == Status.ACTIVE && now.isBefore(expiresAt);
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public long userId() {
        return userId;
    }

    /** The login of the account whose data scope the token carries. */
    public String username() {
        return username;
    }

    public Set<ApiScope> scopes() {
        var set = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(scopes.split(" ")).map(ApiScope::ofCode).forEach(s -> s.ifPresent(set::add));
        return set;
    }

    public String hint() {
        return hint;
    }

    public Integer rateLimit() {
        return rateLimit;
    }

    public Status status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }
}
