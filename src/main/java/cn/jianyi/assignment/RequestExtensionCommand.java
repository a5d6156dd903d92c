package cn.jianyi.assignment;

import java.time.LocalDate;

import cn.jianyi.shared.Actor;

/** 申请延期: the date the unit asks for and its reasons. */
public record RequestExtensionCommand(long suggestionId, long unitId, LocalDate requestedDueOn, String reason,
                                      Actor actor) {
}
