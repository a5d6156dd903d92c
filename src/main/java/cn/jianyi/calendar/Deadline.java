package cn.jianyi.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A computed deadline with everything needed to explain it in words.
 *
 * @param start          the day the window starts from (not counted itself)
 * @param nominal        for day and month windows, the day the window ends before moving off rest days; for working-day
 *                       windows equal to {@code due}
 * @param due            the last day, a working day
 * @param restDaysMovedOver the rest days the deadline moved over (holidays or weekend days), in order
 * @param holidaysSkipped   holidays inside a working-day window that were not counted
 * @param makeUpDaysCounted make-up working days (调休上班) inside a working-day window that were counted
 * @param uncoveredYears    years the window touches whose holidays are not in the calendar: only the week applied
 */
public record Deadline(LocalDate start, Window window, LocalDate nominal, LocalDate due,
                       List<RestDay> restDaysMovedOver, List<CalendarDay> holidaysSkipped,
                       List<CalendarDay> makeUpDaysCounted, List<Integer> uncoveredYears) {

    /** A rest day and why: a named holiday, or {@code null} name for a weekend day. */
    public record RestDay(LocalDate date, String holidayName) {

        public boolean isWeekend() {
            return holidayName == null;
        }
    }

    public boolean wasMoved() {
        return !nominal.equals(due);
    }

    /** The names of the holidays involved, each once, in order. */
    public List<String> holidayNames() {
        var names = new java.util.LinkedHashSet<String>();
        restDaysMovedOver.stream().filter(d -> !d.isWeekend()).forEach(d -> names.add(d.holidayName()));
        holidaysSkipped.forEach(d -> names.add(d.name()));
        return List.copyOf(names);
    }
}
