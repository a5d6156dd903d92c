package cn.jianyi.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sessions of one account (ADR 0039). A new login beyond the limit ends the account's oldest session, whose next
 * request goes to the login page with 您的账号已在别处登录 (the person at the new login is the one who just proved the
 * password; refusing them would lock out anyone whose earlier browser was closed or lost until it timed out). The
 * idle timeout is Spring Boot's {@code server.servlet.session.timeout} (30 minutes).
 *
 * @param maxPerAccount the most live sessions an account has at once; {@code -1} for no limit
 */
@ConfigurationProperties("jianyi.security.session")
public record SessionSettings(@DefaultValue("1") int maxPerAccount) {

    public SessionSettings {
        if (maxPerAccount == 0 || maxPerAccount < -1) {
            throw new IllegalArgumentException("jianyi.security.session.max-per-account: 1 or more, or -1 for no limit");
        }
    }
}
