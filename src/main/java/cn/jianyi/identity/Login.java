package cn.jianyi.identity;

import java.util.regex.Pattern;

import cn.jianyi.shared.RuleViolation;

/** The rules of a login name: 2 to 40 letters, digits, dots, hyphens or underscores, starting with a letter or digit. */
final class Login {

    static final String FIELD = "username";
    private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,39}");

    private Login() {
    }

    /** The login, stripped; refused on the field {@code username} when it breaks the rules. */
    static String checked(String login) {
        String stripped = login == null ? "" : login.strip();
        if (stripped.isEmpty()) {
            throw RuleViolation.onField(FIELD, "identity.login.required");
        }
        if (!LOGIN.matcher(stripped).matches()) {
            throw RuleViolation.onField(FIELD, "identity.login.invalid");
        }
        return stripped;
    }
}
