package cn.jianyi.identity;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import cn.jianyi.shared.DatabaseFaults;

/** Records when each account last logged in (the account list shows it); bookkeeping that never fails a login. */
@Component
class LastLogins {

    private final UserAccountRepository accounts;
    private final TransactionOperations transactions;
    private final Clock clock;

    LastLogins(UserAccountRepository accounts, TransactionOperations transactions, Clock clock) {
        this.accounts = accounts;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener
    public void onLogin(InteractiveAuthenticationSuccessEvent event) {
        DatabaseFaults.bestEffort("recording the last login", () -> transactions.executeWithoutResult(status ->
                accounts.findByUsername(event.getAuthentication().getName()).ifPresent(account -> {
                    account.recordLogin(clock.instant());
                    accounts.save(account);
                })));
    }
}
