package cn.jianyi.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

import cn.jianyi.shared.Actor;

/**
 * 新建接口令牌.
 *
 * @param account   the login whose data scope the token carries
 * @param rateLimit requests per minute, {@code null} for the configured default
 */
public record CreateTokenCommand(String name, String account, Set<ApiScope> scopes, Instant expiresAt,
                                 Integer rateLimit, Actor actor) {

    public CreateTokenCommand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(actor, "actor");
        scopes = Set.copyOf(scopes);
        name = name.strip();
        account = account.strip();
    }
}
