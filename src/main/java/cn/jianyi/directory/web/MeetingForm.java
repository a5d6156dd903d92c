package cn.jianyi.directory.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

import cn.jianyi.shared.Actor;
import cn.jianyi.suggestion.Meeting;
import cn.jianyi.suggestion.SaveMeetingCommand;

/** 会议: the meeting's number and opening date as typed; the command checks them. */
record MeetingForm(@NotNull(message = "{validation.required}") Integer number,
                   @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate openedOn) {

    static MeetingForm empty() {
        return new MeetingForm(null, null);
    }

    static MeetingForm of(Meeting meeting) {
        return new MeetingForm(meeting.number(), meeting.openedOn());
    }

    SaveMeetingCommand toCommand(Long id, long termId, Actor actor) {
        return new SaveMeetingCommand(id, termId, number, openedOn, actor);
    }
}
