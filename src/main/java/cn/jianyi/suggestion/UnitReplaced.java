package cn.jianyi.suggestion;

/**
 * 调整承办单位: after an approved return another unit took over the returning unit's part of the case, in the same
 * role and with its own deadline (ADR 0031). Published in the act's transaction; the unit taking over is notified and
 * the statistics projection updated inside it.
 */
public record UnitReplaced(long suggestionId, long returningUnitId, CaseUnit successor, String actorUsername) {
}
