/**
 * 督办 / Supervision: the deadline monitor. Every running unit task carries a {@link cn.jianyi.supervision.DeadlineState}
 * on the working-day calendar (正常, 即将到期, 已超期, 严重超期); a daily job reminds the unit before its due date and
 * escalates to the supervisors after it, once per task, stage and due date, on one instance at a time; the
 * supervisors' 督办台账 lists what is due soon or overdue by unit. Reads the assignment module's tasks and the
 * calendar, notifies through the notification module; no workflow module depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "督办")
package cn.jianyi.supervision;
