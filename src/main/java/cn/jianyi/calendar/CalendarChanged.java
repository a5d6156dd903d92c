package cn.jianyi.calendar;

import java.time.LocalDate;
import java.util.List;

import cn.jianyi.shared.Actor;

/** The working-day calendar was changed on these days; running deadlines must be recomputed. */
public record CalendarChanged(List<LocalDate> dates, String reason, Actor actor) {

    public CalendarChanged {
        dates = List.copyOf(dates);
    }
}
