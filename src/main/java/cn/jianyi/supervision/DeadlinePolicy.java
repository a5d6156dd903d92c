package cn.jianyi.supervision;

import java.time.LocalDate;

import cn.jianyi.calendar.WorkingDayCalendar;

/**
 * The warning levels of a due date on the working-day calendar (domain guide §4.3, a product choice, not law): 即将到期
 * when at most {@code dueSoonWorkingDays} working days are left, the due date itself included (the last day ends at
 * 24:00, so a task due today is not yet overdue); 已超期 from the day after; 严重超期 when more than
 * {@code longOverdueWorkingDays} working days have passed since the due date.
 */
public record DeadlinePolicy(int dueSoonWorkingDays, int longOverdueWorkingDays) {

    public DeadlineWatch assess(LocalDate dueOn, LocalDate today, WorkingDayCalendar calendar) {
        if (!today.isAfter(dueOn)) {
            int left = calendar.workingDaysAfter(today, dueOn);
            return new DeadlineWatch(left <= dueSoonWorkingDays ? DeadlineState.DUE_SOON : DeadlineState.ON_TIME,
                    dueOn, left, 0);
        }
        int over = calendar.workingDaysAfter(dueOn, today);
        return new DeadlineWatch(over > longOverdueWorkingDays ? DeadlineState.LONG_OVERDUE : DeadlineState.OVERDUE,
                dueOn, 0, over);
    }
}
