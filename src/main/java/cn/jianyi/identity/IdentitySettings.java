package cn.jianyi.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login settings.
 *
 * @param maxFailedLogins failed logins in a row that lock an account
 * @param lockDuration    how long a locked account stays locked
 * @param demoAccounts    whether the demo accounts may log in (true only while demo data is on)
 */
@ConfigurationProperties("jianyi.security")
public record IdentitySettings(@DefaultValue("5") int maxFailedLogins,
                               @DefaultValue("15m") Duration lockDuration,
                               @DefaultValue("false") boolean demoAccounts) {
}
