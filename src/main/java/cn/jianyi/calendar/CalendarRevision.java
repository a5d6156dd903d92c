package cn.jianyi.calendar;

import java.time.Instant;

/**
 * The working-day calendar's revision: raised by every change (ADR 0065).
 *
 * @param changedAt {@code null} while the calendar is the one the migrations loaded
 * @param changedBy the name of the administrator who changed it last
 */
public record CalendarRevision(long revision, Instant changedAt, String changedBy) {
}
