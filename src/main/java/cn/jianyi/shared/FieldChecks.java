package cn.jianyi.shared;

import java.util.regex.Pattern;

/**
 * The checks self-validating commands share, each refusing beside its field with a message key of
 * {@code messages.properties} ({@code field.*}): a required or optional text (stripped, within its length), a whole
 * number within a range, a required choice.
 */
public final class FieldChecks {

    private static final Pattern PHONE = Pattern.compile("[0-9][0-9\\-]{6,19}");
    private static final Pattern POSTCODE = Pattern.compile("[0-9]{6}");

    private FieldChecks() {
    }

    /** The text stripped; refused when blank or longer than {@code max}. */
    public static String required(String field, String value, int max) {
        String stripped = optional(field, value, max);
        if (stripped == null) {
            throw RuleViolation.onField(field, "field.required");
        }
        return stripped;
    }

    /** The text stripped, {@code null} when blank; refused when longer than {@code max}. */
    public static String optional(String field, String value, int max) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.length() > max) {
            throw RuleViolation.onField(field, "field.tooLong", max);
        }
        return stripped.isEmpty() ? null : stripped;
    }

    /** The number; refused when missing or outside {@code min}…{@code max}. */
    public static int number(String field, Integer value, int min, int max) {
        if (value == null) {
            throw RuleViolation.onField(field, "field.required");
        }
        if (value < min || value > max) {
            throw RuleViolation.onField(field, "field.range", min, max);
        }
        return value;
    }

    /** The choice; refused when nothing was chosen. */
    public static <T> T chosen(String field, T value) {
        if (value == null) {
            throw RuleViolation.onField(field, "field.select");
        }
        return value;
    }

    /** A telephone number: digits and dashes, 7 to 20 characters. */
    public static String phone(String field, String value, boolean required) {
        String text = required ? required(field, value, 20) : optional(field, value, 20);
        if (text != null && !PHONE.matcher(text).matches()) {
            throw RuleViolation.onField(field, "field.phone");
        }
        return text;
    }

    /** A postcode: six digits. */
    public static String postcode(String field, String value, boolean required) {
        String text = required ? required(field, value, 6) : optional(field, value, 6);
        if (text != null && !POSTCODE.matcher(text).matches()) {
            throw RuleViolation.onField(field, "field.postcode");
        }
        return text;
    }
}
