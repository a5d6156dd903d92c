package cn.jianyi.publication;

import cn.jianyi.shared.Actor;

/**
 * 新增删除规则, as typed: the text is stripped, a blank replacement becomes {@link RedactionRule#DEFAULT_REPLACEMENT}
 * and blank texts become {@code null}; {@link RedactionRules#add} checks the rest beside each field.
 *
 * @param unitId {@code null} for every unit of the congress
 */
public record NewRedactionRuleCommand(long congressId, Long unitId, RedactionRule.Kind kind, String pattern,
                                      String replacement, String reason, Actor actor) {

    public NewRedactionRuleCommand {
        java.util.Objects.requireNonNull(actor, "actor");
        kind = kind == null ? RedactionRule.Kind.LITERAL : kind;
        pattern = pattern == null || pattern.isEmpty() ? null : kind == RedactionRule.Kind.LITERAL ? pattern.strip()
                : pattern;
        pattern = pattern == null || pattern.isEmpty() ? null : pattern;
        replacement = replacement == null || replacement.isBlank() ? RedactionRule.DEFAULT_REPLACEMENT
                : replacement.strip();
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }
}
