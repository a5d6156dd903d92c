package cn.jianyi.shared;

/**
 * A business rule the user can correct refused the request. Carries a message key (and arguments) from
 * {@code messages.properties}, never free text, so the user sees a Chinese explanation. An optional field name lets a
 * form show the message beside the offending input.
 */
public class RuleViolation extends RuntimeException {

    private final String reasonKey;
    private final Object[] args;
    private final String field;

    public RuleViolation(String reasonKey, Object... args) {
        this(null, reasonKey, args);
    }

    private RuleViolation(String field, String reasonKey, Object... args) {
        super(reasonKey);
        this.reasonKey = reasonKey;
        this.args = args == null ? new Object[0] : args;
        this.field = field;
    }

    public static RuleViolation onField(String field, String reasonKey, Object... args) {
        return new RuleViolation(field, reasonKey, args);
    }

    public String reasonKey() {
        return reasonKey;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The form field the violation belongs to, or {@code null} for the whole form. */
    public String field() {
        return field;
    }
}
