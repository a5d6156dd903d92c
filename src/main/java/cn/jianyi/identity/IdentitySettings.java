package cn.jianyi.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login settings.
 *
 * @param maxFailedLogins          failed logins in a row that lock an account
 * @param lockDuration             how long a locked account stays locked; also the window in which a client's
 *                                 failed logins are counted
 * @param maxFailedLoginsPerClient failed logins from one address (all accounts together) within
 *                                 {@code lockDuration} after which that address may not try again until the window
 *                                 has passed
 * @param demoAccounts             whether the demo accounts may log in (true only while demo data is on)
 */
@ConfigurationProperties("jianyi.security")
public record IdentitySettings(@DefaultValue("5") int maxFailedLogins,
                               @DefaultValue("15m") Duration lockDuration,
                               @DefaultValue("20") int maxFailedLoginsPerClient,
                               @DefaultValue("false") boolean demoAccounts) {
}
