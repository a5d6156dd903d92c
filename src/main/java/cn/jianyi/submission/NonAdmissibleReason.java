package cn.jianyi.submission;

/**
 * Why a submission is not accepted as a suggestion (不予受理, domain guide §3 step 2): the categories of the Shanghai
 * rules (Art. 8) with those other localities add. After explaining to the deputy the office returns it or keeps it as
 * a deputy's letter (来信).
 */
public enum NonAdmissibleReason {
    /** 不属于本级国家机关、组织职权范围. */
    OUTSIDE_JURISDICTION,
    /** 涉及解决代表本人及其亲属等个人问题或者本单位等个别问题. */
    PERSONAL_MATTER,
    /** 涉及具体司法案件. */
    JUDICIAL_CASE,
    /** 正在诉讼、仲裁或者行政复议中的事项. */
    PENDING_LITIGATION,
    /** 检举、申诉、控告. */
    COMPLAINT_OR_ACCUSATION,
    /** 代转信件或者有关材料. */
    FORWARDED_LETTER,
    /** 学术探讨、产品推介. */
    ACADEMIC_OR_PROMOTION,
    /** 没有实际内容. */
    NO_REAL_CONTENT
}
