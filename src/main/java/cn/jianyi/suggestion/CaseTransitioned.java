package cn.jianyi.suggestion;

import java.time.Instant;

/**
 * Published whenever a timeline entry is written, in the transaction that writes it: the audit log, notifications and
 * later projections listen to it.
 *
 * @param unitId the unit whose part of the case the entry is about, where there is one: the unit that asks to return
 *               the case or for more time, the unit the office's decision on that request concerns, the unit whose
 *               deadline moved, the unit that takes over after a return; {@code null} otherwise
 */
public record CaseTransitioned(long suggestionId, CaseAction action, Suggestion.Status fromStatus,
                               Suggestion.Status toStatus, String actorUsername, String actorName, Instant occurredAt,
                               String remark, Long unitId) {

    /** An entry about the case as a whole, not about one unit's part. */
    public CaseTransitioned(long suggestionId, CaseAction action, Suggestion.Status fromStatus,
                            Suggestion.Status toStatus, String actorUsername, String actorName, Instant occurredAt,
                            String remark) {
        this(suggestionId, action, fromStatus, toStatus, actorUsername, actorName, occurredAt, remark, null);
    }
}
