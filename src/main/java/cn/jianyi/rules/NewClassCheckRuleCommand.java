package cn.jianyi.rules;

import java.util.Objects;

import cn.jianyi.shared.Actor;

/**
 * 新增分类一致性规则, as typed: a literal is stripped, blank texts become {@code null}; {@link ClassChecks#add} checks
 * the rest beside each field.
 *
 * @param position the class's place in the scheme (1..4), {@code null} when none was chosen
 */
public record NewClassCheckRuleCommand(String schemeCode, Integer position, ClassCheckRule.Kind kind,
                                       ClassCheckRule.Match match, String pattern, String message, Actor actor) {

    public NewClassCheckRuleCommand {
        Objects.requireNonNull(actor, "actor");
        match = match == null ? ClassCheckRule.Match.LITERAL : match;
        pattern = pattern == null || pattern.isBlank() ? null
                : match == ClassCheckRule.Match.LITERAL ? pattern.strip() : pattern;
        message = message == null || message.isBlank() ? null : message.strip();
    }
}
