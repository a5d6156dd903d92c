package cn.jianyi.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.OnPostgres;

/** Deadlines on the shipped calendar of 2024–2026 (State Council notices), on H2 and PostgreSQL. */
@OnPostgres
@IntegrationTest
class WorkingDayCalendarTests {

    @Autowired WorkingDays workingDays;

    @ParameterizedTest(name = "{0} + {1} {2} = {3}")
    @DisplayName("节假日和调休上班日：每个年度")
    @CsvSource({
            // the domain guide's examples and the command line's
            "2025-09-26, 7, WORKDAYS, 2025-10-13",
            "2025-07-01, 3, MONTHS,   2025-10-09",
            "2024-03-05, 3, MONTHS,   2024-06-05",
            // month ends
            "2024-04-11, 3, MONTHS,   2024-07-11",
            "2024-11-30, 3, MONTHS,   2025-02-28",
            "2024-08-31, 3, MONTHS,   2024-12-02",
            // 2024: 春节 2/10–2/17 with 2/4 and 2/18 worked; 劳动节 5/1–5/5 with 4/28, 5/11; 国庆 10/1–10/7 with 9/29, 10/12
            "2024-02-09, 1, WORKDAYS, 2024-02-18",
            "2024-02-03, 1, WORKDAYS, 2024-02-04",
            "2023-11-10, 3, MONTHS,   2024-02-18",
            "2024-04-30, 1, WORKDAYS, 2024-05-06",
            "2024-04-27, 1, WORKDAYS, 2024-04-28",
            "2024-05-10, 1, WORKDAYS, 2024-05-11",
            "2024-09-13, 1, WORKDAYS, 2024-09-14",
            "2024-09-28, 1, WORKDAYS, 2024-09-29",
            "2024-07-01, 3, MONTHS,   2024-10-08",
            "2024-10-11, 1, WORKDAYS, 2024-10-12",
            "2024-06-07, 1, WORKDAYS, 2024-06-11",
            // 2025: 春节 1/28–2/4 with 1/26 and 2/8 worked; 劳动节 with 4/27; 国庆中秋 10/1–10/8 with 9/28, 10/11
            "2024-12-31, 1, WORKDAYS, 2025-01-02",
            "2025-01-25, 1, WORKDAYS, 2025-01-26",
            "2025-01-27, 1, WORKDAYS, 2025-02-05",
            "2025-02-07, 1, WORKDAYS, 2025-02-08",
            "2025-04-26, 1, WORKDAYS, 2025-04-27",
            "2025-04-30, 1, WORKDAYS, 2025-05-06",
            "2025-05-30, 1, WORKDAYS, 2025-06-03",
            "2025-10-10, 1, WORKDAYS, 2025-10-11",
            // 2026: 元旦 1/1–1/3 with 1/4 worked; 春节 2/15–2/23 with 2/14, 2/28; 劳动节 with 5/9; 国庆 with 9/20, 10/10
            "2025-12-31, 1, WORKDAYS, 2026-01-04",
            "2026-02-13, 1, WORKDAYS, 2026-02-14",
            "2026-02-14, 1, WORKDAYS, 2026-02-24",
            "2025-11-15, 3, MONTHS,   2026-02-24",
            "2026-02-27, 1, WORKDAYS, 2026-02-28",
            "2026-05-08, 1, WORKDAYS, 2026-05-09",
            "2026-09-19, 1, WORKDAYS, 2026-09-20",
            "2026-09-24, 1, WORKDAYS, 2026-09-28",
            "2026-09-30, 1, WORKDAYS, 2026-10-08",
            "2026-10-09, 1, WORKDAYS, 2026-10-10",
            "2026-04-01, 3, DAYS,     2026-04-07",
            "2026-06-18, 1, DAYS,     2026-06-22"})
    void computesDeadlines(LocalDate start, int amount, WindowUnit unit, LocalDate due) {
        assertThat(workingDays.deadline(start, new Window(amount, unit)).due()).isEqualTo(due);
    }

    @Test
    void shipsTheNoticesOf2024To2026() {
        assertThat(workingDays.calendar().years()).contains(2024, 2025, 2026);
    }

    @Test
    @DisplayName("期限说明：顺延跨过的假日、跳过的假日、计入的调休日")
    void explainsItself() {
        Deadline moved = workingDays.deadline(LocalDate.of(2025, 7, 1), Window.months(3));
        assertThat(moved.wasMoved()).isTrue();
        assertThat(moved.nominal()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(moved.restDaysMovedOver()).hasSize(8)
                .allSatisfy(day -> assertThat(day.holidayName()).isEqualTo("国庆节、中秋节"));
        assertThat(moved.holidayNames()).containsExactly("国庆节、中秋节");

        Deadline counted = workingDays.deadline(LocalDate.of(2025, 9, 26), Window.workdays(7));
        assertThat(counted.makeUpDaysCounted()).extracting(CalendarDay::date)
                .containsExactly(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11));
        assertThat(counted.holidaysSkipped()).hasSize(8);
        assertThat(counted.uncoveredYears()).isEmpty();

        Deadline weekend = workingDays.deadline(LocalDate.of(2024, 8, 31), Window.months(3));
        assertThat(weekend.restDaysMovedOver()).extracting(Deadline.RestDay::isWeekend).containsExactly(true, true);
    }

    @Test
    void saysWhenAYearIsNotInTheCalendar() {
        Deadline future = workingDays.deadline(LocalDate.of(2026, 11, 30), Window.months(3));
        assertThat(future.uncoveredYears()).containsExactly(2027);
    }

    @Test
    void refusesNonsenseWindows() {
        assertThatThrownBy(() -> new Window(0, WindowUnit.DAYS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WindowUnit.parse("weeks")).isInstanceOf(IllegalArgumentException.class);
        assertThat(WindowUnit.parse("workdays")).isEqualTo(WindowUnit.WORKDAYS);
    }
}
