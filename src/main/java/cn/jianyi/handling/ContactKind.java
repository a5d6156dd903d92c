package cn.jianyi.handling;

/** How a unit met the deputy. 面商 counts as a face-to-face meeting for 见面率. */
public enum ContactKind {
    /** 面商. */
    FACE_TO_FACE,
    /** 电话. */
    PHONE,
    /** 座谈. */
    SYMPOSIUM,
    /** 实地. */
    SITE_VISIT
}
