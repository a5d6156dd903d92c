package cn.jianyi.handling;

import cn.jianyi.shared.Actor;
import cn.jianyi.shared.RuleViolation;

/** 提交协办意见: a co-unit's written opinion (required, stripped) to the lead unit. */
public record GiveOpinionCommand(long suggestionId, long unitId, String opinion, Actor actor) {

    public GiveOpinionCommand {
        if (opinion == null || opinion.isBlank()) {
            throw RuleViolation.onField("opinion", "handling.opinion.required");
        }
        opinion = opinion.strip();
    }
}
