package cn.jianyi.identity;

/** Permission strings per action (RuoYi style), checked with Spring Security. */
public final class Permission {

    public static final String SUGGESTION_READ = "suggestion:read";
    public static final String SUGGESTION_REGISTER = "suggestion:register";
    public static final String ASSIGNMENT_ASSIGN = "assignment:assign";
    public static final String CASE_CLOSE = "case:close";
    public static final String CALENDAR_MANAGE = "calendar:manage";
    public static final String REPLY_DRAFT = "handling:reply:draft";
    public static final String REPLY_SIGN = "handling:reply:sign";
    public static final String CONTACT_RECORD = "handling:contact:record";
    public static final String FEEDBACK_SUBMIT = "feedback:submit";
    /** 网上提交建议: draft, invite co-signers, co-sign, submit and withdraw (deputies). */
    public static final String SUGGESTION_SUBMIT = "suggestion:submit";
    /** 评价异常提示: read the flags raised on feedback that may not have been given by the deputy. */
    public static final String FEEDBACK_FLAGS_READ = "feedback:flags:read";
    /** 录入纸质意见表: record a deputy's paper feedback form from its scan. */
    public static final String FEEDBACK_PAPER_RECORD = "feedback:paper:record";
    /** 签收, 申请退回, 申请延期 on the unit's own task. */
    public static final String TASK_HANDLE = "assignment:task:handle";
    /** Decide units' return and extension requests. */
    public static final String REQUEST_DECIDE = "assignment:request:decide";
    /** 协办意见 to the lead unit. */
    public static final String OPINION_GIVE = "handling:opinion:give";
    /** 再次答复 / 说明情况 on the unit's open commitments (跟踪办理). */
    public static final String FOLLOW_UP = "handling:commitment:follow-up";
    /** 审核分类 of signed replies. */
    public static final String REPLY_REVIEW = "handling:reply:review";
    /** Keep the handling rules (rule sets) of each congress. */
    public static final String RULES_MANAGE = "rules:manage";
    /** 列为重点督办. */
    public static final String KEY_DESIGNATE = "suggestion:key:designate";
    /** Send a case back for 重新办理 after 不满意. */
    public static final String REHANDLING_DECIDE = "feedback:rehandling:decide";
    /** 会议答复函打包: every signed reply of a meeting as one ZIP (roles that read every case). */
    public static final String LETTERS_EXPORT = "documents:letters:export";

    /** 督办台账: read the running tasks that are due soon or overdue, by unit. */
    public static final String DEADLINES_READ = "supervision:deadlines:read";
    /** 统计分析: the dashboard and the lists of cases behind its figures (roles that read every case). */
    public static final String STATISTICS_READ = "statistics:read";
    /** 考评方案: save a new version of a congress's unit assessment scheme (weights and points). */
    public static final String ASSESSMENT_MANAGE = "assessment:manage";

    /** 历史复函导入: upload historical reply letters, review, confirm or discard them. */
    public static final String ARCHIVE_IMPORT = "archive:import";
    /** 历史复函: read the archive of confirmed historical letters (roles that read every case). */
    public static final String ARCHIVE_READ = "archive:read";

    /** 公开: prepare the public copy of signed replies, decide 公开/部分公开/不予公开, withdraw (the congress office). */
    public static final String PUBLICATION_DECIDE = "publication:decide";
    /** 删除规则: keep the congress's redaction rules for public copies (系统管理员). */
    public static final String REDACTION_RULES_MANAGE = "publication:rules:manage";

    /** 账号管理: create accounts, give and take roles, enable, disable, unlock, reset passwords (安全管理员). */
    public static final String ACCOUNTS_MANAGE = "identity:accounts:manage";
    /** 安全审计: read the security audit log (审计管理员). */
    public static final String AUDIT_READ = "audit:read";
    /** 接口令牌: create and revoke the REST API's tokens for accounts of one's congresses (系统管理员, ADR 0058). */
    public static final String API_TOKENS_MANAGE = "api:tokens:manage";
    /** 名录: keep the congresses with their terms and meetings, the units and the deputies (系统管理员). */
    public static final String DIRECTORY_MANAGE = "directory:manage";

    /** 运行指标: read the metrics at /actuator/prometheus, through an API token of scope metrics:read (ADR 0068). */
    public static final String METRICS_READ = "operations:metrics:read";

    private Permission() {
    }
}
