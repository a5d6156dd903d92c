package cn.jianyi.handling;

import java.time.LocalDate;

import cn.jianyi.shared.Actor;

/** 记录联系: a unit on the case records a contact with the deputy. */
public record RecordContactCommand(long suggestionId, long unitId, ContactKind kind, LocalDate contactedOn,
                                   String participants, String summary, Actor actor) {
}
