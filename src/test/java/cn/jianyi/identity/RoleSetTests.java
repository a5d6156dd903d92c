package cn.jianyi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class RoleSetTests {

    private static final DataScope OF_ONE = new DataScope.OfCongresses(java.util.Set.of(1L));

    @Test
    void aUnitHeadWhoAlsoDraftsHoldsBothRolesWithTheUnionOfTheirPermissions() {
        RoleSet roles = RoleSet.of(Role.HANDLER, Role.HEAD);
        assertThat(roles.asList()).as("weightiest first").containsExactly(Role.HEAD, Role.HANDLER);
        assertThat(roles.permissions()).contains(Permission.REPLY_DRAFT, Permission.REPLY_SIGN);
        assertThat(roles.scope(7L, null, OF_ONE)).isEqualTo(new DataScope.OfUnit(7));
        assertThat(roles.primary()).isEqualTo(Role.HEAD);
    }

    @Test
    void anOfficeRoleBesideAUnitRoleReadsEveryCase() {
        RoleSet roles = RoleSet.of(Role.HANDLER, Role.CLERK);
        assertThat(roles.scope(7L, null, OF_ONE)).isEqualTo(OF_ONE);
        assertThat(roles.needsUnit()).isTrue();
        assertThat(roles.permissions()).contains(Permission.ASSIGNMENT_ASSIGN, Permission.REPLY_DRAFT);
    }

    @Test
    void theSecurityAndAuditAdministratorsSeeNoCase() {
        assertThat(RoleSet.of(Role.SECURITY_ADMIN).scope(null, null, OF_ONE)).isEqualTo(new DataScope.None());
        assertThat(RoleSet.of(Role.AUDIT_ADMIN).scope(null, null, OF_ONE)).isEqualTo(new DataScope.None());
        assertThat(RoleSet.of(Role.SECURITY_ADMIN).permissions()).containsExactly(Permission.ACCOUNTS_MANAGE);
        assertThat(RoleSet.of(Role.AUDIT_ADMIN).permissions()).containsExactly(Permission.AUDIT_READ);
        assertThat(RoleSet.of(Role.ADMIN, Role.SECURITY_ADMIN).scope(null, null, OF_ONE)).isEqualTo(OF_ONE);
    }

    @Test
    void onlyTheSecurityAdministratorManagesAccountsAndOnlyTheAuditorReadsTheAuditLog() {
        assertThat(java.util.Arrays.stream(Role.values()).filter(r -> r.permissions().contains(Permission.ACCOUNTS_MANAGE)))
                .containsExactly(Role.SECURITY_ADMIN);
        assertThat(java.util.Arrays.stream(Role.values()).filter(r -> r.permissions().contains(Permission.AUDIT_READ)))
                .containsExactly(Role.AUDIT_ADMIN);
    }

    @Test
    void separationOfDutiesAndTheDeputysOwnLoginRefuseCombinations() {
        assertThatThrownBy(() -> RoleSet.of(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RoleSet.of(Role.DEPUTY, Role.HANDLER)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RoleSet.of(Role.AUDIT_ADMIN, Role.ADMIN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RoleSet.of(Role.AUDIT_ADMIN, Role.SECURITY_ADMIN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RoleSet.of(Role.SECURITY_ADMIN, Role.CLERK)).isInstanceOf(IllegalArgumentException.class);
        assertThat(RoleSet.of(Role.SECURITY_ADMIN, Role.ADMIN).combinesAdministrators()).isTrue();

        assertThat(RoleSet.conflictOf(List.of())).isEqualTo("account.roles.empty");
        assertThat(RoleSet.conflictOf(List.of(Role.DEPUTY, Role.HEAD))).isEqualTo("account.roles.deputyAlone");
        assertThat(RoleSet.conflictOf(List.of(Role.AUDIT_ADMIN, Role.CLERK))).isEqualTo("account.roles.auditAlone");
        assertThat(RoleSet.conflictOf(List.of(Role.SECURITY_ADMIN, Role.HEAD))).isEqualTo("account.roles.securityAlone");
        assertThat(RoleSet.conflictOf(List.of(Role.CLERK, Role.ADMIN))).isNull();
    }

    @Test
    void theUnitAndDeputyLinksFollowTheRoles() {
        assertThatThrownBy(() -> RoleSet.of(Role.CLERK, Role.HEAD).checkLinks(null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RoleSet.of(Role.CLERK).checkLinks(3L, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RoleSet.of(Role.DEPUTY).checkLinks(null, null)).isInstanceOf(IllegalArgumentException.class);
        RoleSet.of(Role.CLERK, Role.HEAD).checkLinks(3L, null);
        RoleSet.of(Role.DEPUTY).checkLinks(null, 4L);
    }
}
