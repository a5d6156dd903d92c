package cn.jianyi.api;

import cn.jianyi.shared.Actor;

/**
 * A token was created or revoked, for the security audit log (ADR 0038, 0058). Never carries the secret or its hash.
 */
public record ApiTokenChanged(Kind kind, long tokenId, String name, String hint, String account, String scopes,
                              java.time.Instant expiresAt, Actor actor) {

    public enum Kind { CREATED, REVOKED }
}
