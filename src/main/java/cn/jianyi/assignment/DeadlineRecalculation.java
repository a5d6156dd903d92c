package cn.jianyi.assignment;

import java.time.LocalDate;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cn.jianyi.calendar.CalendarChanged;
import cn.jianyi.suggestion.SuggestionManagement;

/**
 * When the working-day calendar changes, recomputes the deadline of every unit task still running (on its own basis:
 * 交办 + reply window, a re-handling decision + its window, an approved extension) and records on each changed case
 * why its deadline moved. Runs in the calendar change's transaction.
 */
@Component
class DeadlineRecalculation {

    private final AssignmentRepository assignments;
    private final Assignments management;
    private final TaskCalendar calendar;
    private final SuggestionManagement suggestions;
    private final MessageSource messages;

    DeadlineRecalculation(AssignmentRepository assignments, Assignments management, TaskCalendar calendar,
                          SuggestionManagement suggestions,
                          MessageSource messages) {
        this.assignments = assignments;
        this.management = management;
        this.calendar = calendar;
        this.suggestions = suggestions;
        this.messages = messages;
    }

    @EventListener
    void on(CalendarChanged change) {
        for (Assignment task : management.runningTasks()) {
            boolean changed = false;
            // a co-unit recalled at 重新办理 keeps the opinion date the office set (not counted from 交办)
            if (task.opinionDueOn() != null && task.dueBasis() != Assignment.DueBasis.REHANDLING) {
                LocalDate opinionDue = calendar.opinionDueOf(task);
                changed = !opinionDue.equals(task.opinionDueOn());
                task.rescheduleOpinion(opinionDue);
            }
            LocalDate previous = task.dueOn();
            LocalDate due = calendar.deadline(task.dueFrom(), task.dueWindow()).due();
            if (changed || !due.equals(previous)) {
                task.reschedule(due);
                assignments.save(task);
            }
            if (!due.equals(previous)) {
                String reason = messages.getMessage("assignment.deadline.recalculated",
                        new Object[] {change.reason(), previous, due}, LocaleContextHolder.getLocale());
                suggestions.rescheduleUnit(task.suggestionId(), task.unitId(), due, change.actor(), reason);
            }
        }
    }
}
