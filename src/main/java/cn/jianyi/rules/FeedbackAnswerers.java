package cn.jianyi.rules;

/** Who answers the feedback form (征询意见表). */
public enum FeedbackAnswerers {
    /** 只寄给领衔代表 (平江, 浦县 practice). */
    LEAD_ONLY,
    /** 每位联名代表分别评价. */
    ALL_SIGNERS
}
