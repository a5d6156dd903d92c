package cn.jianyi.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What a person does in the system; each role grants a fixed set of permission strings. */
public enum Role {
    /**
     * 代表工作机构办事员: registers (also from the online registration queue, or declines), assigns, decides return
     * and extension requests and re-handling, closes, keeps the working-day
     * calendar; downloads a meeting's signed replies as one ZIP; reads the 督办台账 and the statistics; imports
     * historical reply letters and reads their archive; prepares and decides the publication of signed replies.
     */
    CLERK(Permission.SUGGESTION_READ, Permission.SUGGESTION_REGISTER, Permission.ASSIGNMENT_ASSIGN, Permission.CASE_CLOSE,
            Permission.CALENDAR_MANAGE, Permission.REQUEST_DECIDE, Permission.REHANDLING_DECIDE,
            Permission.KEY_DESIGNATE, Permission.REPLY_REVIEW, Permission.LETTERS_EXPORT,
            Permission.FEEDBACK_PAPER_RECORD, Permission.DEADLINES_READ, Permission.STATISTICS_READ,
            Permission.ARCHIVE_IMPORT, Permission.ARCHIVE_READ, Permission.PUBLICATION_DECIDE),
    /** 承办人: acknowledges, contacts the deputy, writes co-unit opinions and drafts replies for its own unit. */
    HANDLER(Permission.SUGGESTION_READ, Permission.REPLY_DRAFT, Permission.CONTACT_RECORD, Permission.TASK_HANDLE,
            Permission.OPINION_GIVE, Permission.FOLLOW_UP),
    /** 承办单位负责人 (签发人): signs replies of its own unit, and may act on its tasks as the handler does. */
    HEAD(Permission.SUGGESTION_READ, Permission.REPLY_SIGN, Permission.CONTACT_RECORD, Permission.TASK_HANDLE,
            Permission.OPINION_GIVE, Permission.FOLLOW_UP),
    /**
     * 代表: submits suggestions online (and co-signs others'), sees the suggestions they lead or co-signed and gives
     * feedback.
     */
    DEPUTY(Permission.SUGGESTION_READ, Permission.SUGGESTION_SUBMIT, Permission.FEEDBACK_SUBMIT),
    /**
     * 督查室: reads everything (a meeting's signed replies also as one ZIP, the flags on doubtful feedback); reviews
     * the class of signed replies and reads the statistics, otherwise changes nothing; reads the 督办台账 and is told
     * of overdue tasks; reads the archive of historical letters.
     */
    SUPERVISOR(Permission.SUGGESTION_READ, Permission.REPLY_REVIEW, Permission.LETTERS_EXPORT,
            Permission.FEEDBACK_FLAGS_READ, Permission.DEADLINES_READ, Permission.STATISTICS_READ,
            Permission.ARCHIVE_READ),
    /**
     * 系统管理员: keeps the directory (congresses with their terms and meetings, units, deputies), the congresses' handling rules, their unit assessment schemes (考评方案) and the working-day
     * calendar; reads every case (a meeting's signed replies also as one ZIP) and the statistics; imports historical
     * reply letters and reads their archive; keeps the redaction rules of public copies; creates and revokes the
     * REST API's tokens (ADR 0058); reads the running system's metrics (a Prometheus scraper uses a token of scope
     * metrics:read, ADR 0068).
     */
    ADMIN(Permission.SUGGESTION_READ, Permission.RULES_MANAGE, Permission.CALENDAR_MANAGE, Permission.LETTERS_EXPORT,
            Permission.STATISTICS_READ, Permission.ASSESSMENT_MANAGE, Permission.ARCHIVE_IMPORT, Permission.ARCHIVE_READ,
            Permission.DIRECTORY_MANAGE, Permission.REDACTION_RULES_MANAGE, Permission.API_TOKENS_MANAGE,
            Permission.METRICS_READ),
    /**
     * 安全管理员: keeps the accounts (creates them, gives and takes roles, enables, disables, unlocks, resets
     * passwords); sees no case (三员分立, ADR 0039).
     */
    SECURITY_ADMIN(Permission.ACCOUNTS_MANAGE),
    /** 审计管理员: reads the security audit log only. */
    AUDIT_ADMIN(Permission.AUDIT_READ);

    /** Roles that read every case (全部). */
    private static final Set<Role> OFFICE = EnumSet.of(CLERK, SUPERVISOR, ADMIN);

    /** The order in which a person's roles are named and their home page sections shown, the weightiest first. */
    public static final List<Role> PRECEDENCE = List.of(ADMIN, SECURITY_ADMIN, AUDIT_ADMIN, CLERK, SUPERVISOR, HEAD,
            HANDLER, DEPUTY);

    private final Set<String> permissions;

    Role(String... permissions) {
        this.permissions = Set.of(permissions);
    }

    public Set<String> permissions() {
        return permissions;
    }

    /** 承办人 and 负责人 act for a unit: an account with one of them is linked to its unit. */
    public boolean hasUnit() {
        return this == HANDLER || this == HEAD;
    }

    /** The roles of the congress office, the supervision office and the system administrator, who read every case. */
    public boolean readsEveryCase() {
        return OFFICE.contains(this);
    }

    /**
     * The office roles and the security and audit administrators work for a congress (or a congress and those below
     * it, ADR 0042); unit and deputy accounts take their congress from their unit or deputy.
     */
    public boolean worksInCongress() {
        return readsEveryCase() || isSeparatedAdministrator();
    }

    /** 安全管理员 and 审计管理员: kept apart from each other and from every role that handles cases (三员分立). */
    public boolean isSeparatedAdministrator() {
        return this == SECURITY_ADMIN || this == AUDIT_ADMIN;
    }
}
