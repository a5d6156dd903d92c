package cn.jianyi.submission;

/** What happened to a submission, as its history names it. */
public enum SubmissionAction {
    DRAFT, INVITE, RECALL, ACCEPT_INVITATION, DECLINE_INVITATION, SUBMIT, REGISTER, DECLINE, KEEP_AS_LETTER,
    REQUEST_WITHDRAWAL, CONSENT_TO_WITHDRAWAL, CANCEL_WITHDRAWAL, WITHDRAW
}
