package cn.jianyi.calendar;

import java.time.LocalDate;

import cn.jianyi.shared.Actor;

/**
 * Marks the days {@code from}…{@code to} as holidays or as make-up working days.
 *
 * @param source the notice the entry comes from; required when it opens a year the calendar does not hold yet
 */
public record CalendarEntryCommand(LocalDate from, LocalDate to, CalendarDay.Kind kind, String name, String source,
                                   Actor actor) {
}
