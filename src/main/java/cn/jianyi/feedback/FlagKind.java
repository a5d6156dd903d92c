package cn.jianyi.feedback;

/** Why a feedback record may not have been given by the deputy (被满意). */
public enum FlagKind {
    /** Submitted from a network address a unit account of the case worked from. */
    SAME_ADDRESS_AS_UNIT,
    /** Submitted from a browser a unit account of the case used. */
    SAME_BROWSER_AS_UNIT,
    /** Submitted within minutes of the reply being signed: too soon to have read it and judged the handling. */
    SOON_AFTER_REPLY
}
