package cn.jianyi.notification;

/**
 * What a notice is about; shown as its label ({@code NoticeKind.*} in the bundle). A new kind also needs the
 * {@code notices_kind} check constraint widened by a migration.
 */
public enum NoticeKind {
    /** 交办: to the units on the case and to its deputies. */
    ASSIGNED,
    /** 调整承办单位: to the unit that takes over after a return. */
    REASSIGNED,
    /** 列为重点督办: to the units on the case. */
    KEY_DESIGNATED,
    /** 并案: to the deputies of the suggestion merged into another. */
    MERGED,
    /** 申请退回: to the congress office. */
    RETURN_REQUESTED,
    /** 退回申请的审核结果: to the unit that asked. */
    RETURN_DECIDED,
    /** 申请延期: to the congress office. */
    EXTENSION_REQUESTED,
    /** 延期申请的审核结果 (refused; an approval moves the deadline, {@link #DEADLINE_CHANGED}). */
    EXTENSION_DECIDED,
    /** 答复期限调整 (an approved extension, a calendar change): to the unit. */
    DEADLINE_CHANGED,
    /** 已答复: to the deputies. */
    REPLIED,
    /** 代表已反馈意见 (naming the result): to the units that answered and the congress office. */
    FEEDBACK_GIVEN,
    /** 重新办理: to the units that answer and the deputies. */
    REHANDLING,
    /** 办结: to the deputies. */
    CONCLUDED,
    /** 联名邀请: a deputy is invited to co-sign a suggestion (for the submission module). */
    CO_SIGN_INVITED,
    /** 同意联名: the invited deputy accepted. */
    CO_SIGN_ACCEPTED,
    /** 谢绝联名: the invited deputy declined. */
    CO_SIGN_DECLINED,
    /** 网上提交: a deputy's suggestion waits in the registration queue (to the congress office). */
    SUBMITTED,
    /** 受理 or 不予受理: the office's decision on a submission (to its deputies). */
    SUBMISSION_DECIDED,
    /** 撤回: asked for, consented to, lapsed or done (to the deputies concerned and the office). */
    WITHDRAWAL,
    /** 即将到期: a unit's deadline is a few working days away (督办提醒, to the unit's handlers and heads). */
    DEADLINE_SOON,
    /** 已超期: a unit's deadline passed (to the unit and the supervisors). */
    DEADLINE_OVERDUE,
    /** 严重超期: long past a unit's deadline (to the unit and the supervisors). */
    DEADLINE_LONG_OVERDUE,
    /** 送签: a draft reply waits for the unit head's signature (to the unit's heads). */
    DRAFT_SUBMITTED,
    /** 退回修改: the head returned the draft with a comment (to the unit's handlers). */
    DRAFT_RETURNED,
    /** 负责人意见: the head commented on the draft without returning it (to the unit's handlers). */
    DRAFT_COMMENTED,
    /** 协办意见: a co-unit's opinion reached the lead unit (to its handlers). */
    OPINION_GIVEN
}
