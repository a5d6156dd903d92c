package cn.jianyi.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notification settings ({@code jianyi.notifications.*}). E-mail itself is configured by Spring Boot's standard
 * {@code spring.mail.*} properties and is off while {@code spring.mail.host} is unset.
 *
 * @param baseUrl        the address users reach the application at, for links in e-mail
 * @param mailFrom       the sender of notice e-mail
 * @param smsSignature   the signature SMS start with, in 【】
 * @param batchSize      deliveries one dispatch sends at most
 * @param maxAttempts    attempts before a delivery is given up as FAILED
 * @param retryAfter     the wait after the first failed attempt; each further wait is five times longer (at most 6 h)
 */
@ConfigurationProperties("jianyi.notifications")
public record NotificationSettings(@DefaultValue("http://localhost:8080") String baseUrl,
                                   @DefaultValue("jianyi@localhost") String mailFrom,
                                   @DefaultValue("建议办理系统") String smsSignature,
                                   @DefaultValue("50") int batchSize,
                                   @DefaultValue("5") int maxAttempts,
                                   @DefaultValue("1m") Duration retryAfter) {

    private static final Duration LONGEST_WAIT = Duration.ofHours(6);

    /** The wait before the next attempt after {@code attempts} attempts: 1 min, 5 min, 25 min, 2 h 5 min, 6 h … */
    Duration backoff(int attempts) {
        Duration wait = retryAfter;
        for (int i = 1; i < attempts && wait.compareTo(LONGEST_WAIT) < 0; i++) {
            wait = wait.multipliedBy(5);
        }
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
