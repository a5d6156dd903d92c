package cn.jianyi.publication;

/**
 * The categories of 政府信息公开条例 (2019) under which information is not disclosed: a 不予公开 decision names one,
 * and so does each manual redaction.
 */
public enum WithholdingGround {
    /** 国家秘密 (Art. 14). */
    STATE_SECRET,
    /** 商业秘密 (Art. 15). */
    COMMERCIAL_SECRET,
    /** 个人隐私 (Art. 15). */
    PERSONAL_PRIVACY,
    /** 过程性信息 (Art. 16). */
    PROCESS_INFORMATION,
    /** 其他. */
    OTHER
}
