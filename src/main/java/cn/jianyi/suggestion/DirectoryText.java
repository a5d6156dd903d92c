package cn.jianyi.suggestion;

import cn.jianyi.shared.RuleViolation;

/** The checks the directory's commands share: a required text, stripped, within its length. */
final class DirectoryText {

    private DirectoryText() {
    }

    static String required(String field, String value, int max) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw RuleViolation.onField(field, "directory.required");
        }
        if (stripped.length() > max) {
            throw RuleViolation.onField(field, "directory.tooLong", max);
        }
        return stripped;
    }

    static int number(String field, Integer value, int min, int max) {
        if (value == null) {
            throw RuleViolation.onField(field, "directory.required");
        }
        if (value < min || value > max) {
            throw RuleViolation.onField(field, "directory.range", min, max);
        }
        return value;
    }
}
