package cn.jianyi.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.jianyi.identity.AccountAdministration;
import cn.jianyi.identity.AccountCommand;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.DataScope;
import cn.jianyi.identity.IdentityManagement;
import cn.jianyi.identity.Role;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.suggestion.CongressDirectory;
import cn.jianyi.suggestion.CongressLevel;
import cn.jianyi.suggestion.SaveCongressCommand;
import cn.jianyi.support.IntegrationTest;

/**
 * The first run (ADR 0042): the first administrator, made before any congress exists, works across the installation
 * and may make the first 安全管理员 without a congress; the first congress created takes both in, with the
 * congresses below it; from then on a congress at the top is out of their reach and new congresses go below theirs.
 */
@cn.jianyi.support.OnPostgres
@IntegrationTest
class FirstCongressTests {

    @Autowired IdentityManagement identity;
    @Autowired AccountAdministration accounts;
    @Autowired CongressDirectory congresses;
    @Autowired UserDetailsService logins;
    @Autowired JdbcClient jdbc;

    private CurrentUser login(String username) {
        return (CurrentUser) logins.loadUserByUsername(username);
    }

    @Test
    void theFirstCongressTakesInTheAccountsMadeBeforeIt() {
        identity.createFirstAdministrator("chenli", "Jianyi-2026");
        CurrentUser admin = login("chenli");
        assertThat(admin.congressId()).isNull();
        assertThat(admin.congressScope()).isEqualTo(new DataScope.All());
        accounts.create(new AccountCommand("zhaoan", "赵安", List.of(Role.SECURITY_ADMIN), null, null), admin);
        assertThat(login("zhaoan").congressScope()).isEqualTo(new DataScope.All());

        long district = congresses.save(new SaveCongressCommand(null, "南昌市新建区人民代表大会", "区人大",
                CongressLevel.DISTRICT, "区政府督查室", null, admin.toActor()), admin.congressScope()).id();
        admin = login("chenli");
        assertThat(admin.congressId()).isEqualTo(district);
        assertThat(admin.includeLower()).isTrue();
        assertThat(login("zhaoan").congressScope()).isEqualTo(new DataScope.OfCongresses(Set.of(district)));

        long town = congresses.save(new SaveCongressCommand(null, "南昌市新建区望城镇人民代表大会", "望城镇人大",
                CongressLevel.TOWNSHIP, "镇人大主席团", district, admin.toActor()), admin.congressScope()).id();
        assertThat(login("chenli").congressScope()).as("a congress added below is covered at the next login or request")
                .isEqualTo(new DataScope.OfCongresses(Set.of(district, town)));
        assertThat(jdbc.sql("select congress_id from users where username = 'chenli'").query(Long.class).single())
                .as("the second congress moves nobody").isEqualTo(district);

        CurrentUser placed = login("chenli");
        assertThatThrownBy(() -> congresses.save(new SaveCongressCommand(null, "南昌市人民代表大会", "市人大",
                CongressLevel.CITY, "市人大常委会", null, placed.toActor()), placed.congressScope()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("directory.congress.parentOutside");
    }
}
