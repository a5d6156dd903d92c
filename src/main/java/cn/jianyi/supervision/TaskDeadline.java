package cn.jianyi.supervision;

import java.time.LocalDate;

import cn.jianyi.assignment.Assignment;
import cn.jianyi.suggestion.CaseDeadline;

/**
 * A running unit task and the deadline it is watched against: the reply deadline, or for a co-unit that has not yet
 * given its opinion the date its opinion to the lead unit is due. Its mark names that deadline ("协办意见超期3个工作日",
 * "答复严重超期12个工作日"), so a late opinion never reads as a late answer.
 */
public record TaskDeadline(Assignment task, Kind kind, DeadlineWatch watch) implements CaseDeadline {

    /** Which deadline is watched; labels {@code TaskDeadline.Kind.*}. */
    public enum Kind {
        /** 答复期限. */
        REPLY,
        /** 协办意见期限. */
        OPINION
    }

    public DeadlineState state() {
        return watch.state();
    }

    @Override
    public String kindKey() {
        return "TaskDeadline.Kind." + kind.name();
    }

    @Override
    public LocalDate dueOn() {
        return watch.dueOn();
    }

    @Override
    public boolean isWarning() {
        return state().isWarning();
    }

    /**
     * {@code deadline.mark.<kind>.<state>}, with {@code DUE_TODAY} for a deadline that ends today and
     * {@code JUST_PASSED} for one passed with no working day since (a weekend); for a task on time, the key of its
     * deadline's name.
     */
    @Override
    public String markKey() {
        if (!isWarning()) {
            return kindKey();
        }
        String stage = state() == DeadlineState.DUE_SOON && watch.workingDaysLeft() == 0 ? "DUE_TODAY"
                : state() == DeadlineState.OVERDUE && watch.workingDaysOver() == 0 ? "JUST_PASSED"  // over a rest day
                : state().name();
        return "deadline.mark." + kind.name() + "." + stage;
    }

    @Override
    public Object[] markArgs() {
        return new Object[] {state() == DeadlineState.DUE_SOON ? watch.workingDaysLeft() : watch.workingDaysOver()};
    }

    @Override
    public String markClass() {
        return "deadline-" + state().name();
    }
}
