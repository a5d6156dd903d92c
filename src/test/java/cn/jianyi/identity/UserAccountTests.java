package cn.jianyi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class UserAccountTests {

    private static final Instant T0 = Instant.parse("2026-11-28T08:00:00Z");

    @Test
    void unitsAndDeputiesBelongToTheRightRoles() {
        assertThatThrownBy(() -> UserAccount.create("h", "x", "h", RoleSet.of(Role.HANDLER), null, null, false, T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UserAccount.create("d", "x", "d", RoleSet.of(Role.DEPUTY), null, null, false, T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UserAccount.create("c", "x", "c", RoleSet.of(Role.CLERK), 1L, null, false, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void supervisorReadsAndReviewsClassesOnly() {
        assertThat(Role.SUPERVISOR.permissions())
                .containsExactlyInAnyOrder(Permission.SUGGESTION_READ, Permission.REPLY_REVIEW,
                        Permission.LETTERS_EXPORT, Permission.FEEDBACK_FLAGS_READ, Permission.DEADLINES_READ,
                        Permission.STATISTICS_READ, Permission.ARCHIVE_READ);
    }

    @Test
    void onlyTheRolesThatReadEveryCaseSeeTheStatistics() {
        assertThat(java.util.Arrays.stream(Role.values()).filter(r -> r.permissions().contains(Permission.STATISTICS_READ)))
                .containsExactlyInAnyOrder(Role.CLERK, Role.SUPERVISOR, Role.ADMIN);
    }

    @Test
    void onlyTheAdministratorKeepsTheAssessmentSchemes() {
        assertThat(java.util.Arrays.stream(Role.values())
                .filter(r -> r.permissions().contains(Permission.ASSESSMENT_MANAGE))).containsExactly(Role.ADMIN);
    }

    @Test
    void onlyTheRolesThatReadEveryCaseExportAMeetingsLetters() {
        assertThat(java.util.Arrays.stream(Role.values()).filter(r -> r.permissions().contains(Permission.LETTERS_EXPORT)))
                .containsExactlyInAnyOrder(Role.CLERK, Role.SUPERVISOR, Role.ADMIN);
    }

    @Test
    void theAdministratorKeepsRulesCalendarAndDirectoryAndActsOnNoCase() {
        assertThat(Role.ADMIN.permissions()).containsExactlyInAnyOrder(Permission.SUGGESTION_READ,
                Permission.RULES_MANAGE, Permission.CALENDAR_MANAGE, Permission.LETTERS_EXPORT,
                Permission.STATISTICS_READ, Permission.ASSESSMENT_MANAGE, Permission.ARCHIVE_IMPORT,
                Permission.ARCHIVE_READ, Permission.DIRECTORY_MANAGE, Permission.REDACTION_RULES_MANAGE,
                Permission.API_TOKENS_MANAGE, Permission.METRICS_READ);
        assertThat(Role.ADMIN.hasUnit()).isFalse();
        assertThat(java.util.Arrays.stream(Role.values()).filter(r -> r.permissions().contains(Permission.METRICS_READ)))
                .as("the running system's metrics: the 系统管理员's (ADR 0068)").containsExactly(Role.ADMIN);
    }

    @Test
    void theClerkDecidesPublicationAndTheAdministratorKeepsTheRedactionRules() {
        assertThat(java.util.Arrays.stream(Role.values())
                .filter(r -> r.permissions().contains(Permission.PUBLICATION_DECIDE))).containsExactly(Role.CLERK);
        assertThat(java.util.Arrays.stream(Role.values())
                .filter(r -> r.permissions().contains(Permission.REDACTION_RULES_MANAGE))).containsExactly(Role.ADMIN);
    }

    @Test
    void theClerkAndTheAdministratorImportHistoricalLettersAndTheRolesThatReadEveryCaseReadTheArchive() {
        assertThat(java.util.Arrays.stream(Role.values()).filter(r -> r.permissions().contains(Permission.ARCHIVE_IMPORT)))
                .containsExactlyInAnyOrder(Role.CLERK, Role.ADMIN);
        assertThat(java.util.Arrays.stream(Role.values()).filter(r -> r.permissions().contains(Permission.ARCHIVE_READ)))
                .containsExactlyInAnyOrder(Role.CLERK, Role.SUPERVISOR, Role.ADMIN);
    }

    @Test
    void keepsTheLatestPasswordsAsHashesAndForgetsOlderOnes() {
        UserAccount account = UserAccount.create("clerk", "{noop}p0", "王晓燕", RoleSet.of(Role.CLERK), null, null,
                false, T0);
        for (int i = 1; i <= 5; i++) {
            account.changePassword("{noop}p" + i, T0.plus(Duration.ofDays(i)), 5);
        }
        java.util.function.BiPredicate<String, String> noop = (raw, hash) -> hash.equals("{noop}" + raw);
        assertThat(account.usedBefore("p5", noop)).as("the current one").isTrue();
        assertThat(account.usedBefore("p1", noop)).as("the fifth latest").isTrue();
        assertThat(account.usedBefore("p0", noop)).as("the sixth latest is forgotten").isFalse();
    }

    @Test
    void aPasswordSomeoneElseChoseOrAnOldOneMustBeChangedExceptOnADemoLogin() {
        PasswordPolicy policy = new PasswordPolicy(PasswordSettings.defaults());
        UserAccount admin = UserAccount.withPasswordToChange("admin", "{noop}x", "系统管理员", RoleSet.of(Role.ADMIN),
                null, null, T0);
        assertThat(admin.requiresPasswordChange(policy, T0)).isTrue();
        admin.changePassword("{noop}y", T0, 5);
        assertThat(admin.requiresPasswordChange(policy, T0.plus(Duration.ofDays(89)))).isFalse();
        assertThat(admin.requiresPasswordChange(policy, T0.plus(Duration.ofDays(90)))).as("expired").isTrue();
        admin.resetPassword("{noop}temp", T0.plus(Duration.ofDays(1)), 5);
        assertThat(admin.requiresPasswordChange(policy, T0.plus(Duration.ofDays(1)))).isTrue();

        UserAccount demo = UserAccount.create("clerk", "{noop}x", "王晓燕", RoleSet.of(Role.CLERK), null, null, true, T0);
        assertThat(demo.requiresPasswordChange(policy, T0.plus(Duration.ofDays(900)))).isFalse();
    }

    @Test
    void onlyTheAuditAdministratorReadsTheAuditLog() {
        assertThat(Role.AUDIT_ADMIN.permissions()).containsExactly(Permission.AUDIT_READ);
        assertThat(java.util.Arrays.stream(Role.values()).filter(r -> r.permissions().contains(Permission.AUDIT_READ)))
                .containsExactly(Role.AUDIT_ADMIN);
        assertThat(Role.AUDIT_ADMIN.hasUnit()).isFalse();
    }
}
