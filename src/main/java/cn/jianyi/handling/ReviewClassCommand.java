package cn.jianyi.handling;

import cn.jianyi.shared.Actor;

/**
 * 审核分类: the office confirms or changes a signed reply's class; a change needs its reason (blank means none,
 * stripped).
 */
public record ReviewClassCommand(long replyId, ResolutionCategory classification, String reason, Actor actor) {

    public ReviewClassCommand {
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }
}
