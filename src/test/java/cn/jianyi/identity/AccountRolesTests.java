package cn.jianyi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.Lanes;
import cn.jianyi.support.OnPostgres;

/** An account with several roles: stored one row a role, loaded with the union of permissions and its scope. */
@OnPostgres
@IntegrationTest
@Lanes.Pin(1)              // beside the browsers on H2 with the other default-configuration classes (pom.xml)
class AccountRolesTests {

    @Autowired IdentityManagement identity;
    @Autowired UserDetailsService logins;
    @Autowired Directory directory;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.web.context.WebApplicationContext context;

    @Test
    void aUnitHeadWhoAlsoDraftsActsForTheUnitWithBothRolesPermissions() {
        HandlingUnit unit = identity.addUnit("南昌市新建区卫生健康委员会", "区卫健委", "新卫提字", "83752009", "330100", null);
        long id = identity.addAccount("headdraft", identity.hash("x"), "李卫东", RoleSet.of(Role.HEAD, Role.HANDLER),
                unit.id(), null, false);

        assertThat(jdbc.sql("select role from user_roles where user_id = ? order by role").param(id)
                .query(String.class).list()).containsExactly("HANDLER", "HEAD");
        CurrentUser me = (CurrentUser) logins.loadUserByUsername("headdraft");
        assertThat(me.roles().asList()).containsExactly(Role.HEAD, Role.HANDLER);
        assertThat(me.can(Permission.REPLY_DRAFT)).isTrue();
        assertThat(me.can(Permission.REPLY_SIGN)).isTrue();
        assertThat(me.dataScope()).isEqualTo(new DataScope.OfUnit(unit.id()));
        assertThat(me.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_HEAD", "ROLE_HANDLER", Permission.REPLY_SIGN);
        assertThat(me.toActor().role()).isEqualTo("HEAD");
        assertThat(directory.accountsWithRole(Role.HANDLER)).extracting(AccountContact::userId).containsExactly(id);
        assertThat(directory.accountsWithRole(Role.HEAD)).extracting(AccountContact::userId).containsExactly(id);

        String home = cn.jianyi.support.MockWebClient.loggedIn(context, "headdraft").get("/").body();
        assertThat(home).as("each role's sections, once").contains("待签发答复").contains("待拟写答复（本单位主办）")
                .contains("承办单位负责人、承办人");
    }

    @Test
    void theSecurityAdministratorSeesNoCase() {
        identity.addAccount("security", identity.hash("x"), "赵安", Role.SECURITY_ADMIN, null, null, false);
        CurrentUser me = (CurrentUser) logins.loadUserByUsername("security");
        assertThat(me.dataScope()).isEqualTo(new DataScope.None());
        assertThat(me.can(Permission.SUGGESTION_READ)).isFalse();
        assertThat(me.can(Permission.ACCOUNTS_MANAGE)).isTrue();
    }
}
