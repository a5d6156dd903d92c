package cn.jianyi.notification;

import java.time.Instant;

/**
 * A notice in a person's list (站内通知).
 *
 * @param link         a path inside the application, or {@code null}
 * @param suggestionId the case it is about, or {@code null}
 * @param readAt       when the person marked it read or opened it; {@code null} while unread
 */
public record Notice(long id, long recipientId, Long suggestionId, NoticeKind kind, String title, String body,
                     String link, Instant createdAt, Instant readAt) {

    public boolean isUnread() {
        return readAt == null;
    }

    /**
     * What its button says, as a message key: what the link opens (the rating form, a reply, a submission, a case),
     * so that a notice names where it leads.
     */
    public String openLabelKey() {
        if (link == null) {
            return "notification.open";
        }
        if (link.matches("/suggestions/\\d+/feedback")) {
            return "notification.open.feedback";
        }
        if (link.matches("/replies/\\d+")) {
            return "notification.open.reply";
        }
        if (link.matches("/submissions/\\d+")) {
            return "notification.open.submission";
        }
        return suggestionId != null ? "notification.openCase" : "notification.open";
    }
}
