package cn.jianyi.supervision;

/** Where a running task stands against its due date on the working-day calendar; labels {@code DeadlineState.*}. */
public enum DeadlineState {
    /** 正常: more working days left than the due-soon threshold. */
    ON_TIME,
    /** 即将到期: due within the threshold of working days, due today included. */
    DUE_SOON,
    /** 已超期: the due date has passed. */
    OVERDUE,
    /** 严重超期: more than the long-overdue threshold of working days past the due date. */
    LONG_OVERDUE;

    /** Whether the state asks for attention (everything but on time). */
    public boolean isWarning() {
        return this != ON_TIME;
    }
}
