package cn.jianyi.statistics;

/**
 * Which cases a figure counts: the key of a drill-down from the dashboard to the cases behind it. Each kind maps to
 * one fixed SQL condition in {@link Statistics}; {@code value} is bound as a parameter, never spliced into SQL.
 */
public enum Figure {
    /** Every case in the filter. */
    ALL,
    /** Cases in a status; value = the status. */
    STATUS,
    /** 已交办: assigned, replied, in re-handling or concluded (the denominator of every handling rate). */
    ASSIGNED,
    /** 已办复: assigned cases with a signed reply. */
    REPLIED,
    /** 按期办复: the first signed reply on or before the due date stored on the answering task. */
    ON_TIME,
    /** 已办结. */
    CONCLUDED,
    /** 已见面: a face-to-face contact (面商) is recorded. */
    FACE_TO_FACE,
    /** Classified in a class; value = the letter A..D (the reviewed class wins). */
    CLASS,
    /** Classified at all (a signed reply exists). */
    CLASSIFIED,
    /**
     * A current first-round feedback form with this satisfaction; value = SATISFIED, BASICALLY_SATISFIED,
     * DISSATISFIED, COMBINED (满意 or 基本满意) or RETURNED (any form).
     */
    FIRST_ROUND,
    /** The same for the latest round of the case. */
    FINAL_ROUND,
    /** A running task past its due date. */
    OVERDUE,
    /** Response time of one unit in one bucket; value = {@code unitId:bucketIndex}. */
    RESPONSE
}
