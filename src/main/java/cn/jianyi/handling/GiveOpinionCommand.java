package cn.jianyi.handling;

import cn.jianyi.shared.Actor;
import cn.jianyi.shared.RuleViolation;

/**
 * 提交协办意见: a co-unit's written opinion (required, stripped) to the lead unit. {@code readVersion} is the co-unit's
 * task's version when the form was read: refused if the task changed since (ADR 0065); {@code null}: not checked.
 */
public record GiveOpinionCommand(long suggestionId, long unitId, String opinion, Actor actor, Integer readVersion) {

    public GiveOpinionCommand(long suggestionId, long unitId, String opinion, Actor actor) {
        this(suggestionId, unitId, opinion, actor, null);
    }

    public GiveOpinionCommand {
        if (opinion == null || opinion.isBlank()) {
            throw RuleViolation.onField("opinion", "handling.opinion.required");
        }
        opinion = opinion.strip();
    }
}
