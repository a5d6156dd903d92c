package cn.jianyi.calendar;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.shared.Actor;
import cn.jianyi.shared.RuleViolation;

/**
 * Keeps the working-day calendar: adds holidays or make-up working days, removes entries. Overlapping or
 * contradictory entries are refused; every change publishes {@link CalendarChanged} in the same transaction so running
 * deadlines are recomputed with it.
 */
@Service
@Transactional
public class CalendarManagement {

    static final int LONGEST_ENTRY_DAYS = 31;

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CalendarManagement(JdbcClient jdbc, WorkingDays workingDays, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
        this.events = events;
        this.clock = clock;
    }

    public List<LocalDate> add(CalendarEntryCommand command) {
        if (command.to().isBefore(command.from())) {
            throw RuleViolation.onField("to", "calendar.range.reversed");
        }
        if (ChronoUnit.DAYS.between(command.from(), command.to()) >= LONGEST_ENTRY_DAYS) {
            throw RuleViolation.onField("to", "calendar.range.tooLong", LONGEST_ENTRY_DAYS);
        }
        workingDays.beginChange(nameOf(command.actor()), clock.instant());   // checked on the latest calendar
        WorkingDayCalendar calendar = workingDays.calendar();
        var dates = new ArrayList<LocalDate>();
        for (LocalDate day = command.from(); !day.isAfter(command.to()); day = day.plusDays(1)) {
            var existing = calendar.entry(day);
            if (existing.isPresent()) {
                throw RuleViolation.onField("from", "calendar.day.taken", day, existing.get().name());
            }
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (command.kind() == CalendarDay.Kind.WORKDAY && !weekend) {
                throw RuleViolation.onField("kind", "calendar.workday.onWeekday", day);
            }
            dates.add(day);
        }
        for (int year = command.from().getYear(); year <= command.to().getYear(); year++) {
            if (!calendar.covers(year)) {
                if (command.source() == null || command.source().isBlank()) {
                    throw RuleViolation.onField("source", "calendar.year.sourceRequired", year);
                }
                jdbc.sql("insert into calendar_years (calendar_year, source, loaded_at) values (:year, :source, :at)")
                        .param("year", year).param("source", command.source().strip())
                        .param("at", Timestamp.from(clock.instant())).update();
            }
        }
        for (LocalDate day : dates) {
            jdbc.sql("insert into calendar_days (calendar_date, kind, name, calendar_year) values (:d, :kind, :name, :year)")
                    .param("d", day).param("kind", command.kind().name()).param("name", command.name().strip())
                    .param("year", day.getYear()).update();
        }
        changed(dates, command.name().strip(), command.actor());
        return List.copyOf(dates);
    }

    public void remove(LocalDate date, Actor actor) {
        workingDays.beginChange(nameOf(actor), clock.instant());
        CalendarDay entry = workingDays.calendar().entry(date)
                .orElseThrow(() -> new RuleViolation("calendar.day.notFound", date));
        jdbc.sql("delete from calendar_days where calendar_date = :d").param("d", date).update();
        changed(List.of(date), entry.name(), actor);
    }

    private void changed(List<LocalDate> dates, String reason, Actor actor) {
        workingDays.changeWritten();          // the deadlines are recomputed on the changed calendar
        events.publishEvent(new CalendarChanged(dates, reason, actor));
    }

    private static String nameOf(Actor actor) {
        return actor == null ? null : actor.displayName();
    }
}
