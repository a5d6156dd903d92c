package cn.jianyi.suggestion;

/**
 * What happened on a case, as the timeline (流转记录) names it. {@link #NOTIFY} records who was notified of another
 * entry; it is itself never notified. {@link #ARCHIVE_IMPORT} files a historical case from its reply letter
 * (历史复函导入); nobody is notified of it. {@link #REMIND} is a deadline reminder (督办提醒) by the system; the people
 * reminded follow on a {@link #NOTIFY} line.
 */
public enum CaseAction {
    REGISTER, WITHDRAW, MERGE, MERGE_IN, DESIGNATE_KEY, ASSIGN, ACKNOWLEDGE, REQUEST_RETURN, APPROVE_RETURN, REJECT_RETURN, REASSIGN, REQUEST_EXTENSION,
    APPROVE_EXTENSION, REJECT_EXTENSION, RESCHEDULE, CONTACT_DEPUTY, GIVE_OPINION, COUNTERSIGN, DRAFT_REPLY, SUBMIT_DRAFT,
    RETURN_DRAFT, COMMENT_DRAFT, SIGN_REPLY, REVIEW_CLASS, FOLLOW_UP,
    GIVE_FEEDBACK, REOPEN_FOR_REHANDLING, CONCLUDE, REMIND, NOTIFY, ARCHIVE_IMPORT,
    /** 公开准备: the office undid or restored an automatic redaction, marked a passage, recorded the deputy's wish. */
    PREPARE_PUBLICATION,
    /** 公开决定: 公开, 部分公开 or 不予公开. */
    DECIDE_PUBLICATION,
    /** 撤回公开. */
    WITHDRAW_PUBLICATION
}
