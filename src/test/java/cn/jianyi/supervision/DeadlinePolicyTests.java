package cn.jianyi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.jianyi.calendar.CalendarDay;
import cn.jianyi.calendar.WorkingDayCalendar;

/**
 * The warning levels on the working-day calendar of 2025's National Day: 10月1日–8日 off, Sunday 9月28日 and Saturday
 * 10月11日 make-up working days. Thresholds: due soon within 5 working days, long overdue after 20.
 */
class DeadlinePolicyTests {

    private static final DeadlinePolicy POLICY = new DeadlinePolicy(5, 20);
    private static final WorkingDayCalendar CALENDAR = nationalDay2025();

    private static WorkingDayCalendar nationalDay2025() {
        var days = new HashMap<LocalDate, CalendarDay>();
        for (int d = 1; d <= 8; d++) {
            LocalDate date = LocalDate.of(2025, 10, d);
            days.put(date, new CalendarDay(date, CalendarDay.Kind.HOLIDAY, "国庆节、中秋节"));
        }
        days.put(LocalDate.of(2025, 9, 28), new CalendarDay(LocalDate.of(2025, 9, 28), CalendarDay.Kind.WORKDAY, "调休上班"));
        days.put(LocalDate.of(2025, 10, 11), new CalendarDay(LocalDate.of(2025, 10, 11), CalendarDay.Kind.WORKDAY, "调休上班"));
        return new WorkingDayCalendar(days, Set.of(2025));
    }

    private static DeadlineWatch assess(LocalDate due, LocalDate today) {
        return POLICY.assess(due, today, CALENDAR);
    }

    @Test
    @DisplayName("到期当日为即将到期，尚未超期（最后一日至24时止）")
    void dueTodayIsDueSoonNotOverdue() {
        DeadlineWatch watch = assess(LocalDate.of(2025, 9, 25), LocalDate.of(2025, 9, 25));
        assertThat(watch.state()).isEqualTo(DeadlineState.DUE_SOON);
        assertThat(watch.workingDaysLeft()).isZero();
        assertThat(watch.workingDaysOver()).isZero();
    }

    @Test
    void dueSoonWithinFiveWorkingDaysOverAWeekend() {
        // Monday 9月15日: 16, 17, 18, 19, 22 are five working days; the weekend does not count
        assertThat(assess(LocalDate.of(2025, 9, 22), LocalDate.of(2025, 9, 15)))
                .isEqualTo(new DeadlineWatch(DeadlineState.DUE_SOON, LocalDate.of(2025, 9, 22), 5, 0));
        assertThat(assess(LocalDate.of(2025, 9, 23), LocalDate.of(2025, 9, 15)))
                .isEqualTo(new DeadlineWatch(DeadlineState.ON_TIME, LocalDate.of(2025, 9, 23), 6, 0));
    }

    @Test
    @DisplayName("调休上班日计入工作日，节假日不计入")
    void holidaysAreSkippedAndMakeUpDaysCount() {
        // Friday 9月26日 to Thursday 10月9日: 9/28 (make-up Sunday), 9/29, 9/30, 10/9 — the holiday week counts nothing
        DeadlineWatch watch = assess(LocalDate.of(2025, 10, 9), LocalDate.of(2025, 9, 26));
        assertThat(watch.workingDaysLeft()).isEqualTo(4);
        assertThat(watch.state()).isEqualTo(DeadlineState.DUE_SOON);
        // during the holiday, from 10月1日 to 10月17日: 9, 10, 11 (make-up Saturday), 13 … 17 = 8 working days
        assertThat(assess(LocalDate.of(2025, 10, 17), LocalDate.of(2025, 10, 1)).state()).isEqualTo(DeadlineState.ON_TIME);
        assertThat(assess(LocalDate.of(2025, 10, 17), LocalDate.of(2025, 10, 1)).workingDaysLeft()).isEqualTo(8);
    }

    @Test
    void overdueFromTheDayAfterEvenOnARestDay() {
        // due Friday 9月26日; Saturday 27 is a rest day but the deadline has passed
        assertThat(assess(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 9, 27)))
                .isEqualTo(new DeadlineWatch(DeadlineState.OVERDUE, LocalDate.of(2025, 9, 26), 0, 0));
        // Sunday 28 is a make-up working day: one working day over
        assertThat(assess(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 9, 28)).workingDaysOver()).isEqualTo(1);
    }

    @Test
    void longOverdueAfterMoreThanTwentyWorkingDays() {
        // due 9月30日: 10/9, 10/10, 10/11 (make-up), 10/13–17, 10/20–24, 10/27–31, 11/3, 11/4 are 20 working days
        DeadlineWatch twenty = assess(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 11, 4));
        assertThat(twenty.state()).isEqualTo(DeadlineState.OVERDUE);
        assertThat(twenty.workingDaysOver()).isEqualTo(20);
        DeadlineWatch twentyOne = assess(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 11, 5));
        assertThat(twentyOne.state()).isEqualTo(DeadlineState.LONG_OVERDUE);
        assertThat(twentyOne.workingDaysOver()).isEqualTo(21);
    }

    @Test
    void thresholdsAreConfigurable() {
        var strict = new DeadlinePolicy(0, 0);
        assertThat(strict.assess(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 9, 25), CALENDAR).state())
                .isEqualTo(DeadlineState.ON_TIME);
        assertThat(strict.assess(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 9, 26), CALENDAR).state())
                .isEqualTo(DeadlineState.DUE_SOON);
        assertThat(strict.assess(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 9, 28), CALENDAR).state())
                .isEqualTo(DeadlineState.LONG_OVERDUE);
    }

    @Test
    @DisplayName("标记写明是哪个期限：答复或协办意见，还剩、今日到期、已过、超期、严重超期")
    void theMarkNamesItsDeadline() {
        LocalDate due = LocalDate.of(2024, 4, 7);
        assertThat(mark(TaskDeadline.Kind.OPINION, new DeadlineWatch(DeadlineState.LONG_OVERDUE, due, 0, 27)))
                .isEqualTo("deadline.mark.OPINION.LONG_OVERDUE [27]");
        assertThat(mark(TaskDeadline.Kind.REPLY, new DeadlineWatch(DeadlineState.OVERDUE, due, 0, 3)))
                .isEqualTo("deadline.mark.REPLY.OVERDUE [3]");
        assertThat(mark(TaskDeadline.Kind.REPLY, new DeadlineWatch(DeadlineState.OVERDUE, due, 0, 0)))
                .as("passed over a weekend").isEqualTo("deadline.mark.REPLY.JUST_PASSED [0]");
        assertThat(mark(TaskDeadline.Kind.OPINION, new DeadlineWatch(DeadlineState.DUE_SOON, due, 2, 0)))
                .isEqualTo("deadline.mark.OPINION.DUE_SOON [2]");
        assertThat(mark(TaskDeadline.Kind.REPLY, new DeadlineWatch(DeadlineState.DUE_SOON, due, 0, 0)))
                .isEqualTo("deadline.mark.REPLY.DUE_TODAY [0]");
        var onTime = new TaskDeadline(null, TaskDeadline.Kind.OPINION, new DeadlineWatch(DeadlineState.ON_TIME, due, 9, 0));
        assertThat(onTime.isWarning()).isFalse();
        assertThat(onTime.kindKey()).isEqualTo("TaskDeadline.Kind.OPINION");
        assertThat(onTime.markClass()).isEqualTo("deadline-ON_TIME");
    }

    private static String mark(TaskDeadline.Kind kind, DeadlineWatch watch) {
        var deadline = new TaskDeadline(null, kind, watch);
        return deadline.markKey() + " " + java.util.Arrays.toString(deadline.markArgs());
    }
}
