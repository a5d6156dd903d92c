package cn.jianyi.handling;

import cn.jianyi.shared.Actor;

/** 会签 of the lead unit's current draft by a co-unit, with an optional remark. */
public record CountersignCommand(long replyId, long unitId, String remark, Actor actor) {
}
