package cn.jianyi.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import cn.jianyi.identity.AccountLocked;
import cn.jianyi.shared.DatabaseFaults;
import cn.jianyi.suggestion.CaseTransitioned;

/** Writes the operation log; insert only. */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * One line per timeline entry, after the act commits, on another thread; the event publication registry
     * redelivers it if the application stops first (ADR 0031: the operation log is the timeline record's listener).
     */
    @ApplicationModuleListener
    void on(CaseTransitioned event) {
        insert(event.occurredAt(), event.actorUsername(), "CASE", event.action().name(),
                "建议#" + event.suggestionId() + " " + (event.fromStatus() == null ? "" : event.fromStatus() + "→")
                        + event.toStatus() + (event.remark() == null ? "" : " " + event.remark()));
    }

    /** A login is logged if the database can take it; the login itself never fails for the log (ADR 0029). */
    @EventListener
    void on(AuthenticationSuccessEvent event) {
        DatabaseFaults.bestEffort("logging a login", () ->
                insert(clock.instant(), event.getAuthentication().getName(), "SECURITY", "LOGIN", null));
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        DatabaseFaults.bestEffort("logging a failed login", () ->
                insert(clock.instant(), event.getAuthentication().getName(), "SECURITY", "LOGIN_FAILED",
                        event.getException().getClass().getSimpleName()));
    }

    /** Every lock of an account after too many failed logins (ADR 0037), with the address of the last attempt. */
    @EventListener
    void on(AccountLocked event) {
        DatabaseFaults.bestEffort("logging a locked account", () ->
                insert(event.at(), event.username(), "SECURITY", "ACCOUNT_LOCKED",
                        "来自 " + event.client() + "，锁定至 " + event.lockedUntil()));
    }

    private void insert(Instant at, String username, String category, String action, String detail) {
        jdbc.sql("insert into audit_log (occurred_at, username, category, action, detail)"
                        + " values (:at, :username, :category, :action, :detail)")
                .param("at", Timestamp.from(at))
                .param("username", username == null ? null : abbreviate(username, 40))
                .param("category", category)
                .param("action", action)
                .param("detail", detail == null ? null : abbreviate(detail, 500))
                .update();
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
