package cn.jianyi.suggestion;

/** What happened on a case, as the timeline (流转记录) names it. */
public enum CaseAction {
    REGISTER, ASSIGN, RESCHEDULE, CONTACT_DEPUTY, DRAFT_REPLY, SIGN_REPLY, GIVE_FEEDBACK, REOPEN_FOR_REHANDLING, CONCLUDE
}
