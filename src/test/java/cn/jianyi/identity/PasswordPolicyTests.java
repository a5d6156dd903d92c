package cn.jianyi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.jianyi.shared.RuleViolation;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy(PasswordSettings.defaults());

    private Optional<String> refusal(String login, String password) {
        return policy.refusal(login, password, p -> false).map(RuleViolation::reasonKey);
    }

    @ParameterizedTest
    @CsvSource({"Jianyi2026", "jianyi-2026", "JIANYI_pass", "建议Abc123", "Aa1!Aa1!"})
    void acceptsALongEnoughPasswordOfThreeClasses(String password) {
        assertThat(refusal("wangxy", password)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''            | identity.password.required",
            "Ab1!Ab1       | identity.password.tooShort",
            "abcdefgh12    | identity.password.classes",
            "ABCDEFGH!!    | identity.password.classes",
            "12345678      | identity.password.classes",
            "Wangxy-2026   | identity.password.containsLogin",
            "2026WANGXYab  | identity.password.containsLogin"})
    void refusesWithTheRuleBroken(String password, String key) {
        assertThat(refusal("wangxy", password)).contains(key);
    }

    @Test
    void theRefusalNamesThePasswordFieldAndTheConfiguredFigures() {
        RuleViolation violation = policy.refusal("wangxy", "Ab1!", p -> false).orElseThrow();
        assertThat(violation.field()).isEqualTo("password");
        assertThat(violation.args()).containsExactly(8);
        PasswordPolicy stricter = new PasswordPolicy(new PasswordSettings(12, 4, 5, Duration.ofDays(90)));
        assertThat(stricter.refusal("x", "Jianyi2026", p -> false).map(RuleViolation::reasonKey))
                .contains("identity.password.tooShort");
        assertThat(stricter.refusal("x", "Jianyi2026!!", p -> false).map(RuleViolation::reasonKey)).isEmpty();
        assertThat(stricter.refusal("x", "Jianyi202666", p -> false).map(RuleViolation::reasonKey))
                .contains("identity.password.classes");
    }

    @Test
    void refusesAPasswordOfTheHistoryUnlessTheHistoryIsOff() {
        assertThat(policy.refusal("wangxy", "Jianyi2026", "Jianyi2026"::equals).map(RuleViolation::reasonKey))
                .contains("identity.password.reused");
        PasswordPolicy noHistory = new PasswordPolicy(new PasswordSettings(8, 3, 0, Duration.ofDays(90)));
        assertThat(noHistory.refusal("wangxy", "Jianyi2026", "Jianyi2026"::equals)).isEmpty();
    }

    @Test
    void countsCharacterClassesNotCharacters() {
        assertThat(PasswordPolicy.classesIn("aaaa")).isEqualTo(1);
        assertThat(PasswordPolicy.classesIn("aA1")).isEqualTo(3);
        assertThat(PasswordPolicy.classesIn("aA1建")).as("a Chinese character counts as other").isEqualTo(4);
    }

    @Test
    void aPasswordExpiresAfterTheConfiguredAgeAndNeverWithAgeZero() {
        Instant set = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(policy.isExpired(set, set.plus(Duration.ofDays(90)).minusSeconds(1))).isFalse();
        assertThat(policy.isExpired(set, set.plus(Duration.ofDays(90)))).isTrue();
        PasswordPolicy never = new PasswordPolicy(new PasswordSettings(8, 3, 5, Duration.ZERO));
        assertThat(never.isExpired(set, set.plus(Duration.ofDays(9000)))).isFalse();
    }

    @Test
    void settingsBelowTheFloorAreRefusedAtStartUp() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PasswordSettings(6, 3, 5, Duration.ofDays(90)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
