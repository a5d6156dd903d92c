package cn.jianyi.feedback;

/** The deputy's opinion of the handling. */
public enum Satisfaction {
    SATISFIED, BASICALLY_SATISFIED, DISSATISFIED
}
