package cn.jianyi.handling;

import cn.jianyi.shared.Actor;

/** 提交协办意见: a co-unit's written opinion to the lead unit. */
public record GiveOpinionCommand(long suggestionId, long unitId, String opinion, Actor actor) {
}
