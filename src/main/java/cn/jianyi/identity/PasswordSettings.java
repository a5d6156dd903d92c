package cn.jianyi.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 口令策略 (等保 2.0), see {@link PasswordPolicy}.
 *
 * @param minLength  the fewest characters a password has
 * @param minClasses how many of the four character classes (upper case, lower case, digits, other) it mixes
 * @param history    how many of the account's latest passwords may not be used again
 * @param maxAge     how long a password may be used before it must be changed (0 for ever)
 */
@ConfigurationProperties("jianyi.security.password")
public record PasswordSettings(@DefaultValue("8") int minLength,
                               @DefaultValue("3") int minClasses,
                               @DefaultValue("5") int history,
                               @DefaultValue("90d") Duration maxAge) {

    public PasswordSettings {
        if (minLength < 8 || minClasses < 1 || minClasses > 4 || history < 0 || maxAge.isNegative()) {
            throw new IllegalArgumentException("jianyi.security.password: at least 8 characters, 1 to 4 classes, "
                    + "a history and an age not below 0");
        }
    }

    public static PasswordSettings defaults() {
        return new PasswordSettings(8, 3, 5, Duration.ofDays(90));
    }
}
