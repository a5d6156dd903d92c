package cn.jianyi.handling;

import java.time.LocalDate;

import cn.jianyi.shared.Actor;

/** 再次答复 (fulfilled) or 说明情况 on an open commitment of the unit. */
public record FollowUpCommand(long commitmentId, long unitId, Commitment.Status outcome, String text, LocalDate on,
                              Actor actor) {
}
