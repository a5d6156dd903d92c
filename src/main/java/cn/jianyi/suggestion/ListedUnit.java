package cn.jianyi.suggestion;

/** A unit on a case as a list of cases names it: its short name and role. */
public record ListedUnit(long unitId, String shortName, HandlingRole role) {
}
