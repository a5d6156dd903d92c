package cn.jianyi.identity;

import java.time.Instant;
import java.util.List;

/**
 * Something happened to an account that the security audit log records (等保 2.0 安全审计): published in the
 * transaction of the change, after it; the audit module listens. Never carries a password or its hash.
 *
 * @param kind      what happened
 * @param userId    the account concerned
 * @param username  its login
 * @param roles     its roles after the change
 * @param actor     the login of whoever did it ({@code null} for the command line and the start-up bootstrap)
 * @param at        when
 */
public record AccountEvent(Kind kind, long userId, String username, List<Role> roles, String actor, Instant at) {

    public enum Kind {
        /** The first 系统管理员, from {@code bin/jianyi create-admin} or {@code JIANYI_BOOTSTRAP_ADMIN}. */
        FIRST_ADMINISTRATOR_CREATED,
        /** An account created (by the 安全管理员, or the first security and audit administrators by the 系统管理员). */
        ACCOUNT_CREATED,
        /** Roles, unit or deputy changed. */
        ROLES_CHANGED,
        /** One person holds 系统管理员 and 安全管理员 ({@code jianyi.security.combine-admin-roles}). */
        ADMINISTRATOR_ROLES_COMBINED,
        ENABLED,
        DISABLED,
        UNLOCKED,
        /** A temporary password set by the 安全管理员. */
        PASSWORD_RESET,
        /** The holder changed their own password. */
        PASSWORD_CHANGED
    }
}
