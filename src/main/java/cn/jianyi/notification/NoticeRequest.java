package cn.jianyi.notification;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A notice to send with {@link Notifications#notify(NoticeRequest)}: to whom (login ids, {@code users.id}), what kind,
 * a title and a body in Chinese, an optional link inside the application, and the case it is about, if any.
 * <p>
 * Example, from a module that invites a co-signer:
 * <pre>{@code
 * notifications.notify(NoticeRequest.to(List.of(invitedUserId), NoticeKind.CO_SIGN_INVITED,
 *                 "联名邀请：关于加强耕地保护的建议", "熊小梅代表邀请您联名提出此件建议，请查看后答复。")
 *         .linkingTo("/submissions/" + submissionId));
 * }</pre>
 * A notice about a case ({@link #aboutCase(long)}) is also recorded on the case's timeline.
 *
 * @param recipientIds login ids, duplicates dropped, order kept
 * @param title        at most 200 characters (longer is cut with …)
 * @param body         at most 1000 characters (longer is cut with …)
 * @param link         a path inside the application starting with one slash (e.g. {@code /suggestions/43}), or
 *                     {@code null}
 * @param suggestionId the case the notice is about, or {@code null}
 */
public record NoticeRequest(List<Long> recipientIds, NoticeKind kind, String title, String body, String link,
                            Long suggestionId) {

    static final int TITLE_LENGTH = 200;
    static final int BODY_LENGTH = 1000;

    public NoticeRequest {
        recipientIds = List.copyOf(new LinkedHashSet<>(Objects.requireNonNull(recipientIds, "recipientIds")));
        Objects.requireNonNull(kind, "kind");
        title = abbreviate(Objects.requireNonNull(title, "title").strip(), TITLE_LENGTH);
        body = abbreviate(Objects.requireNonNull(body, "body").strip(), BODY_LENGTH);
        if (title.isEmpty()) {
            throw new IllegalArgumentException("a notice needs a title");
        }
        if (link != null && !isLocalPath(link)) {
            throw new IllegalArgumentException("a notice links only to a path inside the application: " + link);
        }
    }

    /** A notice without link or case. */
    public static NoticeRequest to(Collection<Long> recipientIds, NoticeKind kind, String title, String body) {
        return new NoticeRequest(List.copyOf(recipientIds), kind, title, body, null, null);
    }

    /** The same notice, linking to a path inside the application. */
    public NoticeRequest linkingTo(String path) {
        return new NoticeRequest(recipientIds, kind, title, body, path, suggestionId);
    }

    /** The same notice, about a case: it links to the case unless it links elsewhere, and goes on its timeline. */
    public NoticeRequest aboutCase(long caseId) {
        return new NoticeRequest(recipientIds, kind, title, body, link != null ? link : "/suggestions/" + caseId,
                caseId);
    }

    /** Whether a link is a path on this server: one leading slash, no scheme, no backslash (no open redirect). */
    static boolean isLocalPath(String link) {
        return link.startsWith("/") && !link.startsWith("//") && !link.contains("\\") && !link.contains("://")
                && link.length() <= 300 && link.chars().noneMatch(Character::isWhitespace);
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
