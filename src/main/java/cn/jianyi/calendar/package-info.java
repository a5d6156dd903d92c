/**
 * 工作日历 / Calendar: statutory holidays and 调休 make-up working days per year, stored as data, and deadline
 * arithmetic (days, working days, months) under the civil-code counting rules, with the explanation of each deadline.
 * Workflow modules call it synchronously; it depends on nothing but the shared kernel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "工作日历")
package cn.jianyi.calendar;
