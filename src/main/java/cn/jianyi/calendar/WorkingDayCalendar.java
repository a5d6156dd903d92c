package cn.jianyi.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An immutable snapshot of the official calendar and the deadline arithmetic on it. Counting (民法典 Arts. 201–203):
 * the start day is not counted; a month window ends on the corresponding day, or the month's last day where there is
 * none; a deadline on a rest day (holiday or weekend day that is not a make-up working day) moves to the next working
 * day; a working-day window counts only working days, make-up days included.
 */
public final class WorkingDayCalendar {

    private final Map<LocalDate, CalendarDay> days;
    private final Set<Integer> years;

    public WorkingDayCalendar(Map<LocalDate, CalendarDay> days, Set<Integer> years) {
        this.days = Map.copyOf(days);
        this.years = Set.copyOf(years);
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarDay entry = days.get(date);
        if (entry != null) {
            return entry.kind() == CalendarDay.Kind.WORKDAY;
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    public Optional<CalendarDay> entry(LocalDate date) {
        return Optional.ofNullable(days.get(date));
    }

    /** Whether the holidays of this year are in the calendar. */
    public boolean covers(int year) {
        return years.contains(year);
    }

    public Set<Integer> years() {
        return new TreeSet<>(years);
    }

    /**
     * The working days after {@code from} up to and including {@code to} (0 when {@code to} is not after
     * {@code from}): how many working days are left until a deadline.
     */
    public int workingDaysAfter(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    public Deadline deadline(LocalDate start, Window window) {
        return switch (window.unit()) {
            case MONTHS -> movedToWorkingDay(start, window, start.plusMonths(window.amount()));
            case DAYS -> movedToWorkingDay(start, window, start.plusDays(window.amount()));
            case WORKDAYS -> countWorkingDays(start, window);
        };
    }

    private Deadline movedToWorkingDay(LocalDate start, Window window, LocalDate nominal) {
        var movedOver = new ArrayList<Deadline.RestDay>();
        LocalDate due = nominal;
        while (!isWorkingDay(due)) {
            movedOver.add(restDay(due));
            due = due.plusDays(1);
        }
        return new Deadline(start, window, nominal, due, movedOver, List.of(), List.of(), uncovered(start, due));
    }

    private Deadline countWorkingDays(LocalDate start, Window window) {
        var skipped = new ArrayList<CalendarDay>();
        var makeUp = new ArrayList<CalendarDay>();
        LocalDate day = start;
        int counted = 0;
        while (counted < window.amount()) {
            day = day.plusDays(1);
            CalendarDay entry = days.get(day);
            if (isWorkingDay(day)) {
                counted++;
                if (entry != null) {
                    makeUp.add(entry);
                }
            } else if (entry != null) {
                skipped.add(entry);
            }
        }
        return new Deadline(start, window, day, day, List.of(), skipped, makeUp, uncovered(start, day));
    }

    private Deadline.RestDay restDay(LocalDate date) {
        CalendarDay entry = days.get(date);
        return new Deadline.RestDay(date, entry == null ? null : entry.name());
    }

    private List<Integer> uncovered(LocalDate from, LocalDate to) {
        var missing = new ArrayList<Integer>();
        for (int year = from.plusDays(1).getYear(); year <= to.getYear(); year++) {
            if (!years.contains(year)) {
                missing.add(year);
            }
        }
        return missing;
    }
}
