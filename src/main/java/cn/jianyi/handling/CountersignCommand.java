package cn.jianyi.handling;

import cn.jianyi.shared.Actor;
import cn.jianyi.shared.RuleViolation;

/**
 * 会签 of the lead unit's current draft by a co-unit, with an optional remark (blank means none, at most 500
 * characters).
 */
public record CountersignCommand(long replyId, long unitId, String remark, Actor actor) {

    public CountersignCommand {
        remark = remark == null || remark.isBlank() ? null : remark.strip();
        if (remark != null && remark.length() > 500) {
            throw new RuleViolation("handling.countersign.remarkTooLong");
        }
    }
}
