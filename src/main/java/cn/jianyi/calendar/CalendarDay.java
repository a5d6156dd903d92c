package cn.jianyi.calendar;

import java.time.LocalDate;

/** A day the official calendar sets apart from the plain week: a holiday, or a make-up working day (调休上班). */
public record CalendarDay(LocalDate date, Kind kind, String name) {

    public enum Kind {
        /** 放假: a rest day even if it is a weekday. */
        HOLIDAY,
        /** 调休上班: a working day even if it is a Saturday or Sunday. */
        WORKDAY
    }
}
