package cn.jianyi.directory.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

import org.springframework.context.MessageSourceResolvable;

import cn.jianyi.shared.Actor;
import cn.jianyi.shared.web.LatestState;
import cn.jianyi.suggestion.Meeting;
import cn.jianyi.suggestion.SaveMeetingCommand;

/**
 * 会议: the meeting's number and opening date as typed; the command checks them. {@code version} is the meeting's when
 * its page was read (hidden; none on the form that adds a meeting), so a change saved since refuses this one
 * (ADR 0065).
 */
record MeetingForm(@NotNull(message = "{validation.required}") Integer number,
                   @NotNull(message = "{validation.required}")
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate openedOn,
                   Integer version) {

    static MeetingForm empty() {
        return new MeetingForm(null, null, null);
    }

    static MeetingForm of(Meeting meeting) {
        return new MeetingForm(meeting.number(), meeting.openedOn(), meeting.version());
    }

    /** What was typed, as if read now at the meeting's {@code latest} version (ADR 0065). */
    MeetingForm withVersion(Integer latest) {
        return new MeetingForm(number, openedOn, latest);
    }

    /** The meeting as saved now, for a form refused because it changed meanwhile. */
    static MessageSourceResolvable latest(Meeting meeting) {
        return LatestState.of("form.fault.latest.meeting", meeting.number(), meeting.openedOn());
    }

    SaveMeetingCommand toCommand(Long id, long termId, Actor actor) {
        return new SaveMeetingCommand(id, termId, number, openedOn, actor, version);
    }
}
