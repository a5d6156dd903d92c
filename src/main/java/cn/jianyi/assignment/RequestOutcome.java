package cn.jianyi.assignment;

/** Where a unit's request to the congress office (退回, 延期) stands. */
public enum RequestOutcome {
    /** 待审核. */
    PENDING,
    /** 已同意. */
    APPROVED,
    /** 未同意. */
    REJECTED
}
