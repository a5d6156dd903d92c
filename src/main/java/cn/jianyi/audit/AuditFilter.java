package cn.jianyi.audit;

import java.time.LocalDate;

/**
 * The filters of {@code /audit}: the person (login or name, a part of it), the kind, the object (its type, id or label,
 * a part of it) and the period (dates, both included). Blank texts and missing values filter nothing.
 */
public record AuditFilter(String person, AuditKind kind, String object, LocalDate from, LocalDate to) {

    public AuditFilter {
        person = blankToNull(person);
        object = blankToNull(object);
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
