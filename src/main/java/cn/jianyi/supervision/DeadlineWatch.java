package cn.jianyi.supervision;

import java.time.LocalDate;

/**
 * A due date assessed on a day: its state and the working days left before it (0 on the day itself) or past it.
 *
 * @param workingDaysLeft working days after today up to and including the due date; 0 once overdue
 * @param workingDaysOver working days after the due date up to and including today; 0 while not overdue
 */
public record DeadlineWatch(DeadlineState state, LocalDate dueOn, int workingDaysLeft, int workingDaysOver) {
}
