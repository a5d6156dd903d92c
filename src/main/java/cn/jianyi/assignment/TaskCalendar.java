package cn.jianyi.assignment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import cn.jianyi.calendar.Deadline;
import cn.jianyi.calendar.Window;
import cn.jianyi.calendar.WorkingDays;
import cn.jianyi.rules.RuleSet;
import cn.jianyi.rules.RuleSets;
import cn.jianyi.shared.Actor;
import cn.jianyi.suggestion.HandlingRole;
import cn.jianyi.suggestion.SuggestionManagement;

/**
 * A task's dates: the windows of the case's congress (its rule set) counted on the working-day calendar, and
 * today on the application clock. Issues new tasks with their deadlines.
 */
@Component
class TaskCalendar {

    private final RuleSets ruleSets;
    private final WorkingDays workingDays;
    private final SuggestionManagement suggestions;
    private final Clock clock;

    TaskCalendar(RuleSets ruleSets, WorkingDays workingDays, SuggestionManagement suggestions, Clock clock) {
        this.ruleSets = ruleSets;
        this.workingDays = workingDays;
        this.suggestions = suggestions;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Instant now() {
        return clock.instant();
    }

    /** The rules in force for the case's congress. */
    RuleSet rulesOf(long suggestionId) {
        return ruleSets.forMeeting(suggestions.get(suggestionId).meetingId());
    }

    /** A task waiting for 签收, its reply deadline {@code replyWindow} from {@code assignedOn}. */
    Assignment issue(long suggestionId, long unitId, HandlingRole role, LocalDate assignedOn, RuleSet rules,
                     Window replyWindow, Actor actor) {
        LocalDate dueOn = workingDays.deadline(assignedOn, replyWindow).due();
        LocalDate opinionDueOn = workingDays.deadline(assignedOn, rules.coUnitOpinion()).due();
        return Assignment.issue(suggestionId, unitId, role, assignedOn, replyWindow, dueOn, opinionDueOn,
                actor.username(), clock.instant());
    }

    Deadline deadline(LocalDate from, Window window) {
        return workingDays.deadline(from, window);
    }

    /** The last day a unit may ask to return the case: the return window counted from its 交办. */
    LocalDate returnWindowEnd(Assignment task) {
        return deadline(task.assignedOn(), rulesOf(task.suggestionId()).returnWindow()).due();
    }

    /** The latest deadline an extension may reach for the task. */
    LocalDate extensionLimit(Assignment task) {
        return deadline(task.dueOn(), rulesOf(task.suggestionId()).extensionLimit()).due();
    }

    /** The co-unit opinion date of a task, recomputed on the current calendar. */
    LocalDate opinionDueOf(Assignment task) {
        return deadline(task.assignedOn(), rulesOf(task.suggestionId()).coUnitOpinion()).due();
    }

    /** The re-handling deadline a decision taken on {@code decidedOn} sets. */
    Deadline rehandlingFrom(long suggestionId, LocalDate decidedOn) {
        return deadline(decidedOn, rulesOf(suggestionId).rehandling());
    }

    /** The re-handling dates a decision taken on {@code decidedOn} may set: the rule's, the earliest, the latest. */
    RehandlingTerms rehandlingTerms(long suggestionId, LocalDate decidedOn) {
        RuleSet rules = rulesOf(suggestionId);
        Deadline byRule = deadline(decidedOn, rules.rehandling());
        int halfway = (int) Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(decidedOn, byRule.due()) / 2);
        return new RehandlingTerms(byRule, deadline(decidedOn, rules.rehandlingShortest()).due(),
                deadline(decidedOn, rules.rehandlingLongest()).due(), deadline(decidedOn, Window.days(halfway)).due());
    }
}
