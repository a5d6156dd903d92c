package cn.jianyi.feedback;

/** The deputy's opinion of the handling. */
public enum Satisfaction {
    SATISFIED, BASICALLY_SATISFIED, DISSATISFIED;

    /** 满意 or 基本满意: the answer accepts the reply (the only answers a unit could want to make in the deputy's name). */
    public boolean acceptsTheReply() {
        return this != DISSATISFIED;
    }
}
