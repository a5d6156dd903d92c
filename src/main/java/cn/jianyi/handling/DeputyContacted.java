package cn.jianyi.handling;

import java.time.LocalDate;

/**
 * 联系代表: a unit recorded a contact with the deputy (ADR 0031). Published in the act's transaction; the statistics
 * projection (面商) is updated inside it.
 */
public record DeputyContacted(long contactId, long suggestionId, long unitId, ContactKind kind, LocalDate contactedOn,
                              String actorUsername) {
}
