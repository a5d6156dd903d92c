package cn.jianyi.handling;

/**
 * Whether a deputy is to rate a case's latest reply now. The feedback module, which depends on this one, answers it
 * (ADR 0048), so that the reply page can offer the deputy its 评价 button without handling depending on feedback.
 */
public interface FeedbackDue {

    /** Whether the deputy is to answer the case's latest signed reply now (required by the rules, not yet answered). */
    boolean awaitsAnswerFrom(long suggestionId, long deputyId);
}
