package cn.jianyi.notification.web;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;

import cn.jianyi.identity.ContactDetails;

/**
 * 通知设置 as typed: the rules themselves are {@link ContactDetails#problems()}, shown beside each field. The quiet
 * hours are kept as the text typed, so that any number of unreadable times is shown back beside its field (a
 * {@code LocalTime} component the binder cannot convert leaves no form to show at all).
 */
record ContactSettingsForm(
        @Size(max = 254, message = "{validation.tooLong}") String email,
        @Size(max = 20, message = "{validation.tooLong}") String mobile,
        @Size(max = 20, message = "{validation.tooLong}") String quietFrom,
        @Size(max = 20, message = "{validation.tooLong}") String quietUntil,
        Boolean notifyByEmail,
        Boolean notifyBySms) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");
    /** The bundle's message for a time that is no time (the one the binder used for {@code LocalTime}). */
    static final String UNREADABLE_TIME = "typeMismatch.java.time.LocalTime";

    static ContactSettingsForm of(ContactDetails details) {
        return new ContactSettingsForm(details.email(), details.mobile(), format(details.quietFrom()),
                format(details.quietUntil()), details.notifyByEmail(), details.notifyBySms());
    }

    /** The fields whose text is no time of day (each shown beside its field), in the order of the form. */
    List<String> unreadableTimes() {
        var fields = new ArrayList<String>();
        if (isUnreadable(quietFrom)) {
            fields.add("quietFrom");
        }
        if (isUnreadable(quietUntil)) {
            fields.add("quietUntil");
        }
        return List.copyOf(fields);
    }

    /** The details typed, an unreadable time as none (it is refused beside its field all the same). */
    ContactDetails toDetails() {
        return new ContactDetails(email, mobile, readable(quietFrom), readable(quietUntil),
                Boolean.TRUE.equals(notifyByEmail), Boolean.TRUE.equals(notifyBySms));
    }

    private static LocalTime readable(String text) {
        return isUnreadable(text) ? null : parse(text);
    }

    private static boolean isUnreadable(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        try {
            parse(text);
            return false;
        } catch (DateTimeParseException e) {
            return true;
        }
    }

    private static LocalTime parse(String text) {
        return text == null || text.isBlank() ? null : LocalTime.parse(text.strip(), TIME);
    }

    private static String format(LocalTime time) {
        return time == null ? null : time.format(DateTimeFormatter.ofPattern("HH:mm"));
    }
}
