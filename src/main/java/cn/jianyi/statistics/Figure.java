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
    RESPONSE,
    /** Assessment (考评): the unit's answering tasks (主办 or 分办, not returned); value = {@code unitId}. */
    UNIT_TASKS,
    /** Assessment: the unit's answering tasks replied or past their due date (按期办复's denominator). */
    UNIT_DUE,
    /** Assessment: the unit's first signed reply on or before its task's due date. */
    UNIT_ON_TIME,
    /** Assessment: the unit signed a reply (the denominator of 联系代表 and 分类). */
    UNIT_REPLIED,
    /** Assessment: a 面商 recorded by the unit on or before its first signed reply. */
    UNIT_FACE_TO_FACE,
    /** Assessment: other contacts recorded by the unit before its first signed reply, no 面商. */
    UNIT_OTHER_CONTACT,
    /** Assessment: the class of the unit's latest signed reply; value = {@code unitId:letter}. */
    UNIT_CLASS,
    /**
     * Assessment: current forms of the unit's latest answered round; value = {@code unitId:satisfaction}, the
     * satisfaction as in {@link #FIRST_ROUND}.
     */
    UNIT_FORMS
}
