package cn.jianyi.publication;

/**
 * The texts of the public copy that redaction works on. The letter's other fields (文号, unit, date) stand; its
 * contact line stands too but for a mobile number, which is a person's, not the unit's office phone.
 */
public enum TextField {
    /** 建议标题. */
    SUGGESTION_TITLE,
    /** 建议内容. */
    SUGGESTION_TEXT,
    /** 答复正文. */
    REPLY_BODY,
    /** 联系单位及电话: only mobile numbers are found here (the unit's office phone is public); no rules. */
    CONTACT_LINE
}
