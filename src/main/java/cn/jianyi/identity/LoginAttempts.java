package cn.jianyi.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import cn.jianyi.shared.DatabaseFaults;
import cn.jianyi.shared.HeldInMemory;

/**
 * Throttles logins per account and per client (登录失败锁定, ADR 0037). An attempt takes its place in the count
 * before its password is checked, with one UPDATE in the database: of any number of parallel attempts on one
 * account exactly {@code max-failed-logins} are checked, the one that reaches the limit locks the account, and the
 * rest are refused unchecked. A login that succeeds gives its place back (the count starts afresh). Per client
 * (address), failures of all accounts together are counted in memory within {@code lock-duration}; past
 * {@code max-failed-logins-per-client} that client is refused unchecked until the window has passed, so that one
 * client cannot lock account after account.
 *
 * <p>The count is bookkeeping: if the database cannot write it, the attempt is checked as usual (a wrong password is
 * refused as usual) and the failure is logged, instead of the login page failing.
 */
@Component
class LoginAttempts implements HeldInMemory {

    /** What {@link #admit} decided: refused unchecked, or checked (with the account's count after this attempt). */
    record Admission(boolean admitted, int count) {

        static final Admission REFUSED = new Admission(false, 0);
        static final Admission UNCOUNTED = new Admission(true, 0);
    }

    private final JdbcClient jdbc;
    private final IdentitySettings settings;
    private final TransactionOperations transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<String, ClientWindow> clients = new ConcurrentHashMap<>();

    LoginAttempts(JdbcClient jdbc, IdentitySettings settings, TransactionOperations transactions,
                  ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Whether an attempt on this login from this client may be checked at all; if so, it is counted as a failure
     * until {@link #succeeded} gives its place back.
     */
    Admission admit(String username, String client) {
        Instant now = clock.instant();
        if (!takeClientPlace(client, now)) {
            return Admission.REFUSED;
        }
        Admission admission = countAttempt(username, now);
        if (!admission.admitted()) {
            giveClientPlaceBack(client);         // refused unchecked: no guess was made
        }
        return admission;
    }

    /** The password was wrong: the place taken stays counted; the attempt that reached the limit locked it. */
    void failed(String username, String client, Admission admission) {
        if (admission.count() == settings.maxFailedLogins()) {
            Instant now = clock.instant();
            events.publishEvent(new AccountLocked(username, client, now, now.plus(settings.lockDuration())));
        }
    }

    /** The password was right: the account's count starts afresh, and the client's place is given back. */
    void succeeded(String username, String client) {
        giveClientPlaceBack(client);
        DatabaseFaults.bestEffort("resetting the failed logins", () -> startAfresh(username));
    }

    /**
     * The account's count starts afresh and a lock ends: after a right password, 解锁 by the 安全管理员, or a reset
     * password. One statement, like the count itself (the account aggregate only reads these columns).
     */
    void startAfresh(String username) {
        jdbc.sql("""
                        update users set failed_attempts = 0, locked_until = null
                         where username = :username and (failed_attempts <> 0 or locked_until is not null)""")
                .param("username", username).update();
    }

    private Admission countAttempt(String username, Instant now) {
        Admission[] result = {Admission.UNCOUNTED};
        DatabaseFaults.bestEffort("counting a login attempt", () -> result[0] = transactions.execute(status -> {
            // One statement: a lock that has run out starts the count afresh; the attempt that reaches the limit
            // sets the lock; a locked account is not touched (the row is not matched), so nothing more is counted.
            int counted = jdbc.sql("""
                            update users
                               set failed_attempts = case when locked_until is null then failed_attempts + 1 else 1 end,
                                   locked_until = case when (case when locked_until is null then failed_attempts + 1
                                                                  else 1 end) >= :max then cast(:until as timestamp with time zone) end
                             where username = :username and (locked_until is null or locked_until <= :now)""")
                    .param("username", username)
                    .param("max", settings.maxFailedLogins())
                    .param("until", Timestamp.from(now.plus(settings.lockDuration())))
                    .param("now", Timestamp.from(now))
                    .update();
            if (counted == 1) {          // the row stays locked by this transaction: the count read is this attempt's
                return new Admission(true, jdbc.sql("select failed_attempts from users where username = :username")
                        .param("username", username).query(Integer.class).single());
            }
            boolean known = jdbc.sql("select count(*) from users where username = :username")
                    .param("username", username).query(Integer.class).single() > 0;
            return known ? Admission.REFUSED : Admission.UNCOUNTED;     // an unknown login is checked (and fails)
        }));
        return result[0];
    }

    private boolean takeClientPlace(String client, Instant now) {
        boolean[] taken = {false};
        clients.compute(client, (key, window) -> {
            ClientWindow current = window == null || window.endsAt().isBefore(now)
                    ? new ClientWindow(now.plus(settings.lockDuration()), 0) : window;
            if (current.failures() >= settings.maxFailedLoginsPerClient()) {
                return current;
            }
            taken[0] = true;
            return new ClientWindow(current.endsAt(), current.failures() + 1);
        });
        if (clients.size() > 100_000) {          // bounded: drop windows that have run out
            clients.values().removeIf(window -> window.endsAt().isBefore(now));
        }
        return taken[0];
    }

    private void giveClientPlaceBack(String client) {
        clients.computeIfPresent(client, (key, window) -> new ClientWindow(window.endsAt(),
                Math.max(window.failures() - 1, 0)));
    }

    @Override
    public void forget() {
        clients.clear();
    }

    /** A client's failed logins counted until {@code endsAt}. */
    private record ClientWindow(Instant endsAt, int failures) {
    }
}
