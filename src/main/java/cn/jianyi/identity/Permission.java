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

    private Permission() {
    }
}
