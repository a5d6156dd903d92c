package cn.jianyi.identity;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import cn.jianyi.shared.RuleViolation;

/**
 * 口令策略 (等保 2.0, GB/T 22239-2019 8.1.4.1 身份鉴别): a password has at least {@code minLength} characters, mixes
 * {@code minClasses} of the four character classes (capitals, small letters, digits, other characters), does not
 * contain the login (in any case), and is none of the account's last {@code history} passwords; it expires
 * {@code maxAge} after it was set. Refusals are message keys with the field {@code password}, in Chinese in the bundle
 * ({@code identity.password.*}).
 */
public final class PasswordPolicy {

    /** The form field a refused password belongs to. */
    public static final String FIELD = "password";

    private final PasswordSettings settings;

    public PasswordPolicy(PasswordSettings settings) {
        this.settings = settings;
    }

    public PasswordSettings settings() {
        return settings;
    }

    /**
     * The first rule the password breaks, or empty when it may be used.
     *
     * @param usedBefore whether the password is one of the account's last {@link PasswordSettings#history()} ones
     *                   (compared with the stored hashes; an account without history passes {@code p -> false})
     */
    public Optional<RuleViolation> refusal(String login, String password, Predicate<String> usedBefore) {
        if (password == null || password.isEmpty()) {
            return Optional.of(RuleViolation.onField(FIELD, "identity.password.required"));
        }
        if (password.codePointCount(0, password.length()) < settings.minLength()) {
            return Optional.of(RuleViolation.onField(FIELD, "identity.password.tooShort", settings.minLength()));
        }
        if (classesIn(password) < settings.minClasses()) {
            return Optional.of(RuleViolation.onField(FIELD, "identity.password.classes", settings.minClasses()));
        }
        if (login != null && !login.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(login.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(RuleViolation.onField(FIELD, "identity.password.containsLogin"));
        }
        if (settings.history() > 0 && usedBefore.test(password)) {
            return Optional.of(RuleViolation.onField(FIELD, "identity.password.reused", settings.history()));
        }
        return Optional.empty();
    }

    /** Refuses a password that breaks a rule (see {@link #refusal}). */
    public void check(String login, String password, Predicate<String> usedBefore) {
        refusal(login, password, usedBefore).ifPresent(violation -> {
            throw violation;
        });
    }

    /** Whether a password set at {@code changedAt} must be changed at {@code now}. */
    public boolean isExpired(Instant changedAt, Instant now) {
        return !settings.maxAge().isZero() && changedAt != null && !changedAt.plus(settings.maxAge()).isAfter(now);
    }

    static int classesIn(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); ) {
            int c = password.codePointAt(i);
            i += Character.charCount(c);
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                other = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
