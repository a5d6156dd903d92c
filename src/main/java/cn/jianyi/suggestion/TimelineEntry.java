package cn.jianyi.suggestion;

import java.time.Instant;

/**
 * One line of a case's timeline (流转记录): who did what, when, and from which state. Written once, never changed.
 *
 * @param fromStatus the case status before, {@code null} for registration
 * @param toStatus   the case status after (equal to {@code fromStatus} for acts that do not move the case)
 */
public record TimelineEntry(long id, long suggestionId, Instant occurredAt, CaseAction action,
                            Suggestion.Status fromStatus, Suggestion.Status toStatus, String actorUsername,
                            String actorName, String actorRole, String actorUnit, String remark) {
}
