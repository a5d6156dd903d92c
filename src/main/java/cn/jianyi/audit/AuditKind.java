package cn.jianyi.audit;

/** What a security audit record is about (安全审计的事件类型). */
public enum AuditKind {
    LOGIN,
    LOGOUT,
    LOGIN_FAILED,
    ACCOUNT_LOCKED,
    ACCOUNT_CHANGED,
    ROLE_CHANGED,
    SETTING_CHANGED,
    DIRECTORY_CHANGED,
    RULES_CHANGED,
    CALENDAR_CHANGED,
    ASSESSMENT_CHANGED,
    /** A file sent to the browser: a letter (PDF, DOCX, OFD), an attachment, a scan. */
    DOWNLOAD,
    /** A list or bundle sent to the browser: an Excel workbook, a meeting's ZIP. */
    EXPORT,
    /** 403: the role may not do this. */
    ACCESS_DENIED,
    /** 404 to a logged-in person: a record outside their scope, or one that does not exist. */
    NOT_FOUND,
    /** The retention purge removed the oldest records; the chain now starts after them. */
    AUDIT_PURGED,
    /** An API token created or revoked (ADR 0058). */
    API_TOKEN_CHANGED,
    /** One call of the REST API, answered or refused (ADR 0058: one record per call). */
    API_CALL
}
