package cn.jianyi.assignment;

import java.time.LocalDate;

import cn.jianyi.calendar.Deadline;

/**
 * The re-handling deadlines the office may set on a day: the rule's date (the default, with its explanation) and the
 * earliest and latest dates the case's rule set allows, each counted from the decision on the working-day calendar;
 * and the opinion date offered to co-units brought back in (halfway to the rule's date, off rest days).
 */
public record RehandlingTerms(Deadline byRule, LocalDate earliest, LocalDate latest, LocalDate opinionByDefault) {

    /** Whether the rules leave the office a choice (otherwise the rule's date is the only one). */
    public boolean leavesAChoice() {
        return earliest.isBefore(latest);
    }
}
