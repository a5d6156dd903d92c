package cn.jianyi.calendar.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.jianyi.calendar.CalendarDay;
import cn.jianyi.calendar.CalendarEntryCommand;
import cn.jianyi.shared.Actor;

/** 添加节假日或调休上班日. */
record CalendarEntryForm(
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        @NotNull(message = "{validation.select}") CalendarDay.Kind kind,
        @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.tooLong}") String name,
        @Size(max = 200, message = "{validation.tooLong}") String source) {

    CalendarEntryCommand toCommand(Actor actor) {
        return new CalendarEntryCommand(from, to, kind, name, source, actor);
    }
}
