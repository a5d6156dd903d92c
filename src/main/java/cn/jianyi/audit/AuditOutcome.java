package cn.jianyi.audit;

/** How the recorded act ended. */
public enum AuditOutcome {
    SUCCESS,
    /** The system refused it (no permission, out of scope, wrong password, locked). */
    REFUSED,
    /** It was tried and failed (an error). */
    FAILED
}
