package cn.jianyi.identity;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.jianyi.shared.RuleViolation;

/**
 * How a person wants to be told of new notices besides the in-app list (通知设置): an e-mail address and a mainland
 * mobile number, each channel switched on by the person (opt-in), and quiet hours (免打扰时段) during which e-mail and
 * SMS wait. Quiet hours are local times in the application's time zone and may wrap past midnight (22:00–07:00);
 * both ends are set or neither.
 *
 * @param email       the e-mail address, or {@code null}
 * @param mobile      the mobile number (11 digits, {@code 1[3-9]} then nine digits), or {@code null}
 * @param quietFrom   the start of the quiet hours, or {@code null} for none
 * @param quietUntil  the end of the quiet hours (exclusive), or {@code null} for none
 * @param notifyByEmail whether notices also go by e-mail
 * @param notifyBySms   whether notices also go by SMS
 */
public record ContactDetails(String email, String mobile, LocalTime quietFrom, LocalTime quietUntil,
                             boolean notifyByEmail, boolean notifyBySms) {

    private static final int EMAIL_LENGTH = 254;
    /** An address with a user part, an at sign and a domain with at least one dot; no spaces. */
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)+");
    /** A mainland China mobile number: 1, then 3 to 9, then nine digits. */
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    public ContactDetails {
        email = blankToNull(email);
        mobile = blankToNull(mobile);
    }

    /** Nothing given: in-app notices only. */
    public static ContactDetails none() {
        return new ContactDetails(null, null, null, null, false, false);
    }

    public boolean hasQuietHours() {
        return quietFrom != null && quietUntil != null;
    }

    /** Something a person could correct, beside the field it concerns (a message key of the bundle). */
    public record Problem(String field, String reasonKey) {
    }

    /**
     * Everything wrong with these details, in the order of the form: a malformed address or number, a channel
     * switched on without its address, one end of the quiet hours only, or quiet hours that start when they end.
     */
    public List<Problem> problems() {
        var problems = new ArrayList<Problem>();
        if (email != null && (email.length() > EMAIL_LENGTH || !EMAIL.matcher(email).matches())) {
            problems.add(new Problem("email", "identity.contact.email.invalid"));
        } else if (notifyByEmail && email == null) {
            problems.add(new Problem("email", "identity.contact.email.required"));
        }
        if (mobile != null && !MOBILE.matcher(mobile).matches()) {
            problems.add(new Problem("mobile", "identity.contact.mobile.invalid"));
        } else if (notifyBySms && mobile == null) {
            problems.add(new Problem("mobile", "identity.contact.mobile.required"));
        }
        if ((quietFrom == null) != (quietUntil == null)) {
            problems.add(new Problem(quietFrom == null ? "quietFrom" : "quietUntil", "identity.contact.quiet.pair"));
        } else if (quietFrom != null && quietFrom.equals(quietUntil)) {
            problems.add(new Problem("quietUntil", "identity.contact.quiet.empty"));
        }
        return List.copyOf(problems);
    }

    /** Refuses details with a problem, naming the field of the first. */
    void check() {
        problems().stream().findFirst().ifPresent(problem -> {
            throw RuleViolation.onField(problem.field(), problem.reasonKey());
        });
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
