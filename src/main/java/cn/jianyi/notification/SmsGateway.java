package cn.jianyi.notification;

/**
 * Sends a text message to a mainland mobile number. The application's default only logs ({@link LoggingSmsGateway});
 * a deployment that has an SMS service (an operator's or the government's SMS platform) provides its own bean of this
 * type, which is then used instead (see the README). An implementation throws on failure; the dispatcher then retries
 * later and, after the last attempt, keeps the error.
 */
public interface SmsGateway {

    /**
     * @param mobile 11 digits, e.g. {@code 13812341234}
     * @param text   the message, signature included
     */
    void send(String mobile, String text);
}
