package cn.jianyi.assignment;

import java.time.LocalDate;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cn.jianyi.calendar.CalendarChanged;
import cn.jianyi.calendar.WorkingDays;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.suggestion.SuggestionQueries;

/**
 * When the working-day calendar changes, recomputes the reply deadline of every case still waiting for its reply and
 * records on each changed case why its deadline moved. Runs in the calendar change's transaction.
 */
@Component
class DeadlineRecalculation {

    private final AssignmentRepository assignments;
    private final SuggestionQueries queries;
    private final SuggestionManagement suggestions;
    private final WorkingDays workingDays;
    private final DeadlineRules rules;
    private final MessageSource messages;

    DeadlineRecalculation(AssignmentRepository assignments, SuggestionQueries queries, SuggestionManagement suggestions,
                          WorkingDays workingDays, DeadlineRules rules, MessageSource messages) {
        this.assignments = assignments;
        this.queries = queries;
        this.suggestions = suggestions;
        this.workingDays = workingDays;
        this.rules = rules;
        this.messages = messages;
    }

    @EventListener
    void on(CalendarChanged change) {
        for (long suggestionId : queries.idsWithStatus(Suggestion.Status.ASSIGNED)) {
            for (Assignment assignment : assignments.findBySuggestionIdOrderById(suggestionId)) {
                LocalDate due = workingDays.deadline(assignment.assignedOn(), rules.reply()).due();
                if (!due.equals(assignment.dueOn())) {
                    assignments.save(assignment.withDueOn(due));
                    String reason = messages.getMessage("assignment.deadline.recalculated",
                            new Object[] {change.reason(), assignment.dueOn(), due}, LocaleContextHolder.getLocale());
                    suggestions.rescheduleUnit(suggestionId, assignment.unitId(), due, change.actor(), reason);
                }
            }
        }
    }
}
