package cn.jianyi.suggestion;

/**
 * 登记: a suggestion was registered and its case file opened (ADR 0031). Published by {@link SuggestionManagement} in
 * the registering transaction, after the timeline line; the statistics projection listens inside that transaction.
 */
public record CaseRegistered(long suggestionId, long meetingId, int number, String actorUsername) {
}
