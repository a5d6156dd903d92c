package cn.jianyi.identity;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed logins and locks the account after too many in a row (登录失败锁定). */
@Component
class LoginAttempts {

    private final UserAccountRepository accounts;
    private final IdentitySettings settings;
    private final Clock clock;

    LoginAttempts(UserAccountRepository accounts, IdentitySettings settings, Clock clock) {
        this.accounts = accounts;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.findByUsername(event.getAuthentication().getName()).ifPresent(account -> {
            account.recordFailedLogin(clock.instant(), settings.maxFailedLogins(), settings.lockDuration());
            accounts.save(account);
        });
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        accounts.findByUsername(event.getAuthentication().getName()).ifPresent(account -> {
            if (account.failedAttempts() > 0) {
                account.recordSuccessfulLogin();
                accounts.save(account);
            }
        });
    }
}
