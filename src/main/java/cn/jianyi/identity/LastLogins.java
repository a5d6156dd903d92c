package cn.jianyi.identity;

import java.time.Clock;

import java.sql.Timestamp;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import cn.jianyi.shared.DatabaseFaults;

/**
 * Records when each account last logged in (the account list shows it); bookkeeping that never fails a login. One
 * statement on the one column, as {@code LoginAttempts} counts: saving the account would raise its version, so that
 * a security administrator's form read before the login would be refused, and would write back a change made
 * meanwhile (ADR 0065).
 */
@Component
class LastLogins {

    private final JdbcClient jdbc;
    private final Clock clock;

    LastLogins(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    public void onLogin(InteractiveAuthenticationSuccessEvent event) {
        DatabaseFaults.bestEffort("recording the last login", () -> jdbc.sql(
                        "update users set last_login_at = :now where username = :username")
                .param("now", Timestamp.from(clock.instant()))
                .param("username", event.getAuthentication().getName()).update());
    }
}
