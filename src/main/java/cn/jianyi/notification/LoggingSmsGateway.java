package cn.jianyi.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Fallback;
import org.springframework.stereotype.Component;

/**
 * The default {@link SmsGateway}: sends nothing, logs the message with the number masked (138****1234). Used only
 * while no other {@code SmsGateway} bean exists ({@link Fallback}).
 */
@Component
@Fallback
public class LoggingSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

    @Override
    public void send(String mobile, String text) {
        log.info("SMS not sent (no SMS gateway configured) to {}: {}", mask(mobile), text);
    }

    /** 13812341234 → 138****1234; anything shorter than 8 characters is masked whole. */
    static String mask(String mobile) {
        if (mobile == null || mobile.length() < 8) {
            return "****";
        }
        return mobile.substring(0, 3) + "****" + mobile.substring(mobile.length() - 4);
    }
}
