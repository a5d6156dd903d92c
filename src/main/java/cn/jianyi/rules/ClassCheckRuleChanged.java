package cn.jianyi.rules;

import cn.jianyi.shared.Actor;

/**
 * A class-check rule was added or removed (published in the changing transaction; the security audit records it).
 *
 * @param letter the positional letter A..D of the class the rule belongs to
 */
public record ClassCheckRuleChanged(long ruleId, String schemeCode, String letter, Change change,
                                    ClassCheckRule.Kind kind, String pattern, Actor actor) {

    /** What happened to the rule. */
    public enum Change {
        ADDED, REMOVED
    }
}
