package cn.jianyi.identity;

import java.time.Instant;

/**
 * An account was locked after too many failed logins in a row (登录失败锁定): published once per lock, by the failed
 * attempt that reached the limit.
 *
 * @param username    the login locked
 * @param client      the address the last failed attempt came from
 * @param at          when it was locked
 * @param lockedUntil when the lock ends by itself
 */
public record AccountLocked(String username, String client, Instant at, Instant lockedUntil) {
}
