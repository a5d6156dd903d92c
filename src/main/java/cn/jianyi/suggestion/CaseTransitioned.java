package cn.jianyi.suggestion;

import java.time.Instant;

/**
 * The timeline record: a timeline entry was written. Published by {@code CaseTimeline} for every entry, in the
 * transaction that writes it, with the entry as people read it (the {@code remark} is display text). It has no
 * listener since the security audit log stopped copying the timeline (ADR 0038: the timeline is the case's business
 * record, the audit log the system's own). Nobody reacts to what the entry says: a module that must react to an act
 * subscribes to the act's own event ({@code CaseAssigned}, {@code ReplySigned}, {@code FeedbackGiven},
 * {@link CaseClosed} …), which carries typed data (ADR 0031).
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
