package cn.jianyi.supervision;

import cn.jianyi.assignment.Assignment;

/**
 * A running unit task and the deadline it is watched against: the reply deadline, or for a co-unit that has not yet
 * given its opinion the date its opinion to the lead unit is due.
 */
public record TaskDeadline(Assignment task, Kind kind, DeadlineWatch watch) {

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
}
