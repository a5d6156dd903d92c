package cn.jianyi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import org.junit.jupiter.api.Test;

class UserAccountTests {

    @Test
    void unitsAndDeputiesBelongToTheRightRoles() {
        assertThatThrownBy(() -> UserAccount.create("h", "x", "h", Role.HANDLER, null, null, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UserAccount.create("d", "x", "d", Role.DEPUTY, null, null, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UserAccount.create("c", "x", "c", Role.CLERK, 1L, null, false))
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
    void theAdministratorKeepsRulesAndCalendarAndActsOnNoCase() {
        assertThat(Role.ADMIN.permissions()).containsExactlyInAnyOrder(Permission.SUGGESTION_READ,
                Permission.RULES_MANAGE, Permission.CALENDAR_MANAGE, Permission.LETTERS_EXPORT,
                Permission.STATISTICS_READ, Permission.ASSESSMENT_MANAGE, Permission.ARCHIVE_IMPORT,
                Permission.ARCHIVE_READ);
        assertThat(Role.ADMIN.hasUnit()).isFalse();
    }

    @Test
    void theClerkAndTheAdministratorImportHistoricalLettersAndTheRolesThatReadEveryCaseReadTheArchive() {
        assertThat(java.util.Arrays.stream(Role.values()).filter(r -> r.permissions().contains(Permission.ARCHIVE_IMPORT)))
                .containsExactlyInAnyOrder(Role.CLERK, Role.ADMIN);
        assertThat(java.util.Arrays.stream(Role.values()).filter(r -> r.permissions().contains(Permission.ARCHIVE_READ)))
                .containsExactlyInAnyOrder(Role.CLERK, Role.SUPERVISOR, Role.ADMIN);
    }
}
