package cn.jianyi.notification;

import java.time.Instant;

/**
 * An e-mail or SMS of a notice, in the outbox ({@code notice_deliveries}).
 *
 * @param address   the e-mail address or mobile number it goes to, as it was when the notice was made
 * @param dueAt     when it is (next) to be sent: the notice's time, the end of the recipient's quiet hours, or the
 *                  time of the next attempt after an error
 * @param lastError the last attempt's error, for the operators; never shown to users
 */
public record Delivery(long id, long noticeId, DeliveryChannel channel, String address, DeliveryStatus status,
                       int attempts, Instant dueAt, Instant sentAt, String lastError) {
}
