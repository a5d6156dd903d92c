package cn.jianyi.handling;

import cn.jianyi.shared.Actor;

/** 拟稿: saves the draft reply of the acting unit for the case's current round. */
public record SaveDraftCommand(long suggestionId, long unitId, ReplyContent content, Actor actor) {
}
