package cn.jianyi.calendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.jianyi.shared.HeldInMemory;

/** The official working-day calendar as stored, and deadlines computed on it. */
@Service
public class WorkingDays implements HeldInMemory {

    private final JdbcClient jdbc;
    private volatile WorkingDayCalendar calendar;

    WorkingDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current calendar; loaded once and reloaded after an administrator changes it. */
    public WorkingDayCalendar calendar() {
        WorkingDayCalendar current = calendar;
        if (current == null) {
            current = load();
            calendar = current;
        }
        return current;
    }

    public Deadline deadline(LocalDate start, Window window) {
        return calendar().deadline(start, window);
    }

    /** The entries of one year, in date order. */
    public java.util.List<CalendarDay> entriesOf(int year) {
        return jdbc.sql("select calendar_date, kind, name from calendar_days where calendar_year = :year order by calendar_date")
                .param("year", year)
                .query((rs, n) -> new CalendarDay(rs.getObject("calendar_date", LocalDate.class),
                        CalendarDay.Kind.valueOf(rs.getString("kind")), rs.getString("name")))
                .list();
    }

    /** The notice a year's entries come from. */
    public java.util.Optional<String> sourceOf(int year) {
        return jdbc.sql("select source from calendar_years where calendar_year = :year").param("year", year)
                .query(String.class).optional();
    }

    /** Drops the cached calendar so the next use reads the stored one. */
    public void reload() {
        calendar = null;
    }

    @Override
    public void forget() {
        reload();
    }

    private WorkingDayCalendar load() {
        var days = new HashMap<LocalDate, CalendarDay>();
        jdbc.sql("select calendar_date, kind, name from calendar_days")
                .query((rs, n) -> new CalendarDay(rs.getObject("calendar_date", LocalDate.class),
                        CalendarDay.Kind.valueOf(rs.getString("kind")), rs.getString("name")))
                .list()
                .forEach(day -> days.put(day.date(), day));
        var years = new HashSet<>(jdbc.sql("select calendar_year from calendar_years").query(Integer.class).list());
        return new WorkingDayCalendar(days, years);
    }
}
