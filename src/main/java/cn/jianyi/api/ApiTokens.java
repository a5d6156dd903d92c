package cn.jianyi.api;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.Role;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.shared.RuleViolation;

/**
 * API tokens: created and revoked by the 系统管理员 (接口令牌), and checked on every call. The secret is returned once
 * by {@link #create} and stored only as its SHA-256 hash; a call presents it and {@link #authenticate} finds the
 * token by that hash.
 */
@Service
@Transactional
public class ApiTokens {

    /** How often a token's last use is written: a busy token costs one UPDATE a minute, not one per call. */
    static final java.time.Duration LAST_USED_STEP = java.time.Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final UserDetailsService accounts;
    private final ApiSettings settings;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, UserDetailsService accounts, ApiSettings settings,
              ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.settings = settings;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The refusals of a new token, each on its field: a name, an account within the administrator's congresses that is
     * enabled, scopes its roles allow, an expiry in the future and within {@code jianyi.api.max-validity}.
     */
    @Transactional(readOnly = true)
    public List<RuleViolation> refusalsOf(CreateTokenCommand command, CurrentUser by) {
        var refusals = new ArrayList<RuleViolation>();
        Optional<CurrentUser> account = account(command.account());
        if (account.isEmpty() || !account.get().isEnabled() || !within(account.get(), by)) {
            refusals.add(RuleViolation.onField("account", "api.token.account.unknown"));
        } else if (command.scopes().stream().anyMatch(s -> !s.allowedFor(account.get()))) {
            refusals.add(RuleViolation.onField("scopes", "api.token.scopes.notAllowed"));
        }
        if (command.scopes().isEmpty()) {
            refusals.add(RuleViolation.onField("scopes", "api.token.scopes.empty"));
        }
        Instant now = clock.instant();
        if (!command.expiresAt().isAfter(now)) {
            refusals.add(RuleViolation.onField("expiresOn", "api.token.expiry.past"));
        } else if (command.expiresAt().isAfter(now.plus(settings.maxValidity()))) {
            refusals.add(RuleViolation.onField("expiresOn", "api.token.expiry.tooLate",
                    settings.maxValidity().toDays()));
        }
        if (command.rateLimit() != null && command.rateLimit() < 1) {
            refusals.add(RuleViolation.onField("rateLimit", "api.token.rateLimit.range"));
        }
        return refusals;
    }

    /** 新建令牌: the token with its secret, shown once. */
    public IssuedToken create(CreateTokenCommand command, CurrentUser by) {
        cn.jianyi.shared.RuleViolations.throwIfAny(refusalsOf(command, by));
        CurrentUser account = account(command.account()).orElseThrow();
        TokenSecret secret = TokenSecret.generate();
        ApiToken token = tokens.save(ApiToken.issue(command, account.id(), secret, clock.instant()));
        events.publishEvent(new ApiTokenChanged(ApiTokenChanged.Kind.CREATED, token.id(), token.name(), token.hint(),
                token.username(), command.scopes().toString(), token.expiresAt(), command.actor()));
        return new IssuedToken(token, secret);
    }

    /**
     * The demo's token (demo data only, ADR 0058): a published secret, like the demo logins' password, for the
     * README's examples. It carries a demo account, so it stops working with the demo logins when demo data is off.
     */
    public IssuedToken issueDemo(String name, String account, java.util.Set<ApiScope> scopes, TokenSecret secret,
                                 cn.jianyi.shared.Actor actor) {
        CurrentUser holder = account(account).orElseThrow();
        var command = new CreateTokenCommand(name, account, scopes, clock.instant().plus(settings.maxValidity()), null,
                actor);
        ApiToken token = tokens.save(ApiToken.issue(command, holder.id(), secret, clock.instant()));
        events.publishEvent(new ApiTokenChanged(ApiTokenChanged.Kind.CREATED, token.id(), token.name(), token.hint(),
                token.username(), scopes.toString(), token.expiresAt(), actor));
        return new IssuedToken(token, secret);
    }

    /** 吊销 a token the administrator sees (another congress's answers 404). */
    public ApiToken revoke(long id, CurrentUser by) {
        ApiToken token = visible(id, by);
        tokens.save(token.revoke(by.getUsername(), clock.instant()));
        events.publishEvent(new ApiTokenChanged(ApiTokenChanged.Kind.REVOKED, token.id(), token.name(), token.hint(),
                token.username(), token.scopes().toString(), token.expiresAt(), by.toActor()));
        return token;
    }

    /** The tokens of accounts within the administrator's congresses, newest first. */
    @Transactional(readOnly = true)
    public List<ApiToken> list(CurrentUser by) {
        return tokens.findAllByOrderByIdDesc().stream()
                .filter(t -> account(t.username()).map(a -> within(a, by)).orElse(by.congressScope()
                        instanceof cn.jianyi.identity.DataScope.All))
                .toList();
    }

    @Transactional(readOnly = true)
    public ApiToken visible(long id, CurrentUser by) {
        ApiToken token = tokens.findById(id).orElseThrow(() -> new NotFoundException("api-token", id));
        if (!account(token.username()).map(a -> within(a, by)).orElse(false)) {
            throw new NotFoundException("api-token", id);
        }
        return token;
    }

    /**
     * The token a call presents, with its account as of now, or why it is refused. The last use is written at most
     * once a {@link #LAST_USED_STEP}.
     */
    public Authenticated authenticate(String presented) {
        if (presented == null || !presented.startsWith(TokenSecret.PREFIX) || presented.length() > 200) {
            return new Authenticated.Refused(Refusal.UNKNOWN, null);
        }
        Optional<ApiToken> found = tokens.findBySecretHash(TokenSecret.hashOf(presented));
        if (found.isEmpty()) {
            return new Authenticated.Refused(Refusal.UNKNOWN, null);
        }
        ApiToken token = found.get();
        Instant now = clock.instant();
        if (token.status() == ApiToken.Status.REVOKED) {
            return new Authenticated.Refused(Refusal.REVOKED, token);
        }
        if (token.expiredAt(now)) {
            return new Authenticated.Refused(Refusal.EXPIRED, token);
        }
        Optional<CurrentUser> account = account(token.username());
        if (account.isEmpty() || !account.get().isEnabled() || account.get().getPassword() == null) {
            return new Authenticated.Refused(Refusal.ACCOUNT_DISABLED, token);
        }
        jdbc.sql("update api_tokens set last_used_at = :now where id = :id"
                        + " and (last_used_at is null or last_used_at < :step)")
                .param("now", java.sql.Timestamp.from(now)).param("id", token.id()).param("step", java.sql.Timestamp.from(now.minus(LAST_USED_STEP))).update();
        return new Authenticated.Accepted(token, account.get());
    }

    /** Why a presented token is refused (each a 401 with its own Chinese detail). */
    public enum Refusal { UNKNOWN, EXPIRED, REVOKED, ACCOUNT_DISABLED }

    /** The outcome of {@link #authenticate}. */
    public sealed interface Authenticated {
        record Accepted(ApiToken token, CurrentUser account) implements Authenticated {
        }

        record Refused(Refusal refusal, ApiToken token) implements Authenticated {
        }
    }

    private Optional<CurrentUser> account(String username) {
        // looked up first: a login that is not found would mark the caller's transaction rollback-only
        if (username == null || jdbc.sql("select count(*) from users where username = :username")
                .param("username", username).query(Long.class).single() == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of((CurrentUser) accounts.loadUserByUsername(username));
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the administrator may give a token to (or see the token of) this account: one of its congresses, and
     * never one of the separated administrators' accounts (三员分立: they hold no scope anyway).
     */
    private static boolean within(CurrentUser account, CurrentUser by) {
        if (account.has(Role.SECURITY_ADMIN) || account.has(Role.AUDIT_ADMIN)) {
            return false;
        }
        return by.congressScope().coversCongress(account.congressId());
    }
}
