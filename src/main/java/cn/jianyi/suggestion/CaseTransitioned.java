package cn.jianyi.suggestion;

import java.time.Instant;

/** Published whenever a timeline entry is written: the audit log and later projections listen to it. */
public record CaseTransitioned(long suggestionId, CaseAction action, Suggestion.Status fromStatus,
                               Suggestion.Status toStatus, String actorUsername, String actorName, Instant occurredAt,
                               String remark) {
}
