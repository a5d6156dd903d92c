package cn.jianyi.rules;

import java.time.LocalDate;

import cn.jianyi.shared.Actor;

/** A new version of a congress's handling rules was saved (published in the saving transaction). */
public record RuleSetSaved(long ruleSetId, long congressId, int version, LocalDate effectiveFrom, Actor actor) {
}
