package cn.jianyi.identity;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import cn.jianyi.shared.DatabaseFaults;

/**
 * Counts failed logins and locks the account after too many in a row (登录失败锁定). The count is bookkeeping: if the
 * database cannot write it, the login still gets its answer (a wrong password is refused as usual) and the failure
 * is logged, instead of the login page failing.
 */
@Component
class LoginAttempts {

    private final UserAccountRepository accounts;
    private final IdentitySettings settings;
    private final TransactionOperations transactions;
    private final Clock clock;

    LoginAttempts(UserAccountRepository accounts, IdentitySettings settings, TransactionOperations transactions,
                  Clock clock) {
        this.accounts = accounts;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        DatabaseFaults.bestEffort("counting a failed login", () -> transactions.executeWithoutResult(status ->
                accounts.findByUsername(event.getAuthentication().getName()).ifPresent(account -> {
                    account.recordFailedLogin(clock.instant(), settings.maxFailedLogins(), settings.lockDuration());
                    accounts.save(account);
                })));
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        DatabaseFaults.bestEffort("resetting the failed logins", () -> transactions.executeWithoutResult(status ->
                accounts.findByUsername(event.getAuthentication().getName()).ifPresent(account -> {
                    if (account.failedAttempts() > 0) {
                        account.recordSuccessfulLogin();
                        accounts.save(account);
                    }
                })));
    }
}
