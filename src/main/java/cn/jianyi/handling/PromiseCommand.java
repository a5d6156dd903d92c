package cn.jianyi.handling;

import java.time.LocalDate;

import cn.jianyi.shared.Actor;

/** 登记办理承诺 on the unit's draft reply: what, by when. */
public record PromiseCommand(long replyId, long unitId, String description, LocalDate dueOn, Actor actor) {
}
