package cn.jianyi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.jianyi.identity.AccountAdministration;
import cn.jianyi.identity.AccountCommand;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.Role;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.StaleForms;
import cn.jianyi.support.TestWorld;
import cn.jianyi.support.WebClient;
import cn.jianyi.support.Workbooks;

/**
 * 账号管理 by the 安全管理员 over real HTTP: create with a one-time temporary password (changed at the first login),
 * bad input refused beside its field with nothing saved, roles and links changed, disable, unlock, reset, the list as
 * Excel.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@OnPostgres
@IntegrationTest
class AccountAdministrationTests {

    private static final Pattern TEMPORARY = Pattern.compile("临时口令：([A-Za-z0-9]{12})");

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    private TestWorld world;
    private WebClient security;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        security = WebClient.loggedIn(port, "security", TestWorld.PASSWORD);
    }

    private long users() {
        return jdbc.sql("select count(*) from users").query(Long.class).single();
    }

    /** POSTs an act and follows its redirect, as a browser does (the flash message is shown then). */
    private HttpResponse<String> act(String path) {
        HttpResponse<String> response = security.post(path, List.of());
        assertThat(response.statusCode()).as(path).isEqualTo(302);
        return security.get(response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
    }

    private String temporaryPasswordOn(HttpResponse<String> redirect, WebClient client) {
        String page = client.get(redirect.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
                .body();
        Matcher m = TEMPORARY.matcher(page);
        assertThat(m.find()).as("the temporary password is shown once").isTrue();
        return m.group(1);
    }

    @Test
    void createsAUnitHeadWhoAlsoDraftsAndTheyMustChangeTheTemporaryPassword() {
        HttpResponse<String> created = security.post("/accounts/new", List.of("username", "wanghead",
                "displayName", "王科长", "roles", "HEAD", "roles", "HANDLER", "unitId", String.valueOf(world.health.id()),
                "deputyId", ""));
        assertThat(created.statusCode()).isEqualTo(302);
        String temporary = temporaryPasswordOn(created, security);
        assertThat(security.get("/accounts").body()).as("shown only once").doesNotContain(temporary)
                .contains("wanghead").contains("承办单位负责人、承办人");

        WebClient head = WebClient.loggedIn(port, "wanghead", temporary);
        assertThat(head.get("/").headers().firstValue("Location").orElse("")).endsWith("/account/password");
        head.follow(head.post("/account/password", List.of("currentPassword", temporary, "password", "Wang-Head-2026",
                "confirmation", "Wang-Head-2026")));
        assertThat(head.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void badInputIsRefusedBesideItsFieldAndNothingIsSaved() {
        long before = users();
        String unit = String.valueOf(world.health.id());
        assertThat(security.follow(security.post("/accounts/new", List.of("username", "clerk", "displayName", "重名", "roles", "CLERK")))
                .body()).contains("登录名“clerk”已被使用").contains("value=\"重名\"");
        assertThat(security.follow(security.post("/accounts/new", List.of("username", "nobody", "displayName", "", "roles", "CLERK")))
                .body()).contains("请输入姓名");
        assertThat(security.follow(security.post("/accounts/new", List.of("username", "clerk", "displayName", "",
                "roles", "HANDLER"))).body()).as("every mistake in one round")
                .contains("登录名“clerk”已被使用").contains("请输入姓名").contains("承办人和承办单位负责人须选择所属单位");
        assertThat(security.follow(security.post("/accounts/new", List.of("username", "nounit", "displayName", "无单位",
                "roles", "HANDLER"))).body()).contains("承办人和承办单位负责人须选择所属单位");
        assertThat(security.follow(security.post("/accounts/new", List.of("username", "norole", "displayName", "无角色"))).body())
                .contains("请至少选择一个角色");
        assertThat(security.follow(security.post("/accounts/new", List.of("username", "mixed", "displayName", "混合",
                "roles", "DEPUTY", "roles", "HANDLER", "unitId", unit))).body()).contains("代表账号不能兼任其他角色");
        assertThat(security.follow(security.post("/accounts/new", List.of("username", "both", "displayName", "兼任",
                "roles", "ADMIN", "roles", "SECURITY_ADMIN"))).body())
                .as("combine-admin-roles is off by default").contains("未允许系统管理员兼任安全管理员");
        assertThat(security.follow(security.post("/accounts/new", List.of("username", "auditor9", "displayName", "审计",
                "roles", "AUDIT_ADMIN", "roles", "SUPERVISOR"))).body()).contains("审计管理员不能兼任其他角色");
        assertThat(security.follow(security.post("/accounts/new", List.of("username", "x y", "displayName", "空格",
                "roles", "CLERK"))).body()).contains("登录名为2至40个");
        assertThat(users()).isEqualTo(before);
    }

    @Test
    void changesRolesDisablesUnlocksAndResets() {
        long handler2 = jdbc.sql("select id from users where username = 'handler2'").query(Long.class).single();
        assertThat(security.follow(security.post("/accounts/" + handler2, List.of("username", "handler2", "displayName", "邹静",
                "roles", "HANDLER", "roles", "HEAD", "unitId", ""))).body()).contains("须选择所属单位");
        assertThat(security.post("/accounts/" + handler2, List.of("username", "handler2", "displayName", "邹静",
                "roles", "HANDLER", "roles", "HEAD", "unitId", String.valueOf(world.education.id())))
                .statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select role from user_roles where user_id = ? order by role").param(handler2)
                .query(String.class).list()).containsExactly("HANDLER", "HEAD");

        long deputy3 = jdbc.sql("select id from users where username = 'deputy3'").query(Long.class).single();
        act("/accounts/" + deputy3 + "/disable");
        String unknown = new WebClient(port).login("nobody-here", "Wrong-Password-1").headers()
                .firstValue("Location").orElseThrow();
        assertThat(unknown).endsWith("/login?error=bad");
        assertThat(new WebClient(port).login("deputy3", TestWorld.PASSWORD).headers().firstValue("Location")
                .orElse("")).as("a disabled account is answered as an unknown login").isEqualTo(unknown);
        assertThat(new WebClient(port).login("deputy3", "Wrong-Password-1").headers().firstValue("Location")
                .orElse("")).isEqualTo(unknown);
        assertThat(new WebClient(port).get("/login?error=bad").body()).as("yet clear to a real user")
                .contains("账号可能已停用或锁定，请联系安全管理员");
        assertThat(security.get("/accounts").body()).as("the security administrator sees it").contains("停用");
        act("/accounts/" + deputy3 + "/enable");
        WebClient.loggedIn(port, "deputy3", TestWorld.PASSWORD);

        jdbc.sql("update users set failed_attempts = 5, locked_until = ? where id = ?")
                .params(java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(3600)), deputy3).update();
        assertThat(security.get("/accounts").body()).contains("已锁定");
        act("/accounts/" + deputy3 + "/unlock");
        WebClient.loggedIn(port, "deputy3", TestWorld.PASSWORD);

        String temporary = temporaryPasswordOn(security.post("/accounts/" + deputy3 + "/reset-password", List.of()),
                security);
        assertThat(new WebClient(port).login("deputy3", TestWorld.PASSWORD).headers().firstValue("Location")
                .orElse("")).as("the old password is gone").contains("error");
        assertThat(WebClient.loggedIn(port, "deputy3", temporary).get("/").headers().firstValue("Location")
                .orElse("")).endsWith("/account/password");

        long self = jdbc.sql("select id from users where username = 'security'").query(Long.class).single();
        assertThat(security.post("/accounts/" + self + "/disable", List.of()).statusCode())
                .as("not one's own account").isEqualTo(409);
    }

    @Test
    void aStaleFormIsRefusedWithTheAccountAsItIsNow() {
        long id = jdbc.sql("select id from users where username = 'head2'").query(Long.class).single();
        var administration = context.getBean(AccountAdministration.class);
        var by = (CurrentUser) context.getBean(UserDetailsService.class).loadUserByUsername("security");
        String read = String.valueOf(administration.account(id, by).version());   // the version its page carries
        // meanwhile another security administrator renames it
        administration.change(id, new AccountCommand("head2", "万志远（教体局）", List.of(Role.HEAD),
                world.education.id(), null), by);

        StaleForms.refused(security.follow(security.post("/accounts/" + id, List.of("username", "head2",
                "displayName", "万志远", "roles", "HEAD", "roles", "HANDLER", "unitId",
                String.valueOf(world.education.id()), "version", read))), read,
                "最新情况：该账号现为——姓名：万志远（教体局）；角色：承办单位负责人；单位或代表：区教体局；所属人大：区人大；状态：启用。",
                "value=\"万志远\"");
        assertThat(jdbc.sql("select role from user_roles where user_id = ?").param(id).query(String.class).list())
                .containsExactly("HEAD");
    }

    @Test
    void theSecurityAdministratorsHomeIsTheAccountsWithTheLockedFirstAndNoCasePage() {
        jdbc.sql("update users set failed_attempts = 5, locked_until = ? where username = 'supervisor'")
                .params(java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(3600))).update();
        assertThat(security.get("/").headers().firstValue("Location").orElse("")).endsWith("/accounts");
        String accounts = security.get("/accounts").body();
        assertThat(accounts.indexOf(">supervisor<")).as("locked first").isPositive()
                .isLessThan(accounts.indexOf(">admin<"));
        assertThat(accounts).as("the menu: no case list").doesNotContain("href=\"/suggestions\"");
        assertThat(security.get("/suggestions").statusCode()).isEqualTo(403);
        assertThat(security.get("/suggestions/export.xlsx").statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from audit_log where kind = 'ACCESS_DENIED' and username = 'security'"
                + " and object_id like '/suggestions%'").query(Long.class).single()).as("each refusal audited")
                .isEqualTo(2);
        jdbc.sql("update users set failed_attempts = 0, locked_until = null where username = 'supervisor'").update();
    }

    @Test
    void exportsTheListToExcel() throws Exception {
        var download = security.download("/accounts/export.xlsx");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(Workbooks.read(download.body()).toString()).contains("登录名").contains("clerk").contains("代表工作机构");
        var rows = Workbooks.read(download.body()).get("账号");
        int congress = rows.get(0).indexOf("所属人大");
        assertThat(congress).as("the roster's column").isPositive();
        assertThat(rows).filteredOn(row -> "clerk".equals(row.get(0))).singleElement()
                .satisfies(row -> assertThat(row.get(congress)).isEqualTo("区人大"));
        assertThat(rows).filteredOn(row -> "handler".equals(row.get(0))).singleElement().as("a unit's: its unit's")
                .satisfies(row -> assertThat(row.size() <= congress || row.get(congress) == null
                        || "".equals(row.get(congress))).isTrue());
    }

    @Test
    void theAdministratorCreatesTheFirstAuditAdministratorOnlyWhileThereIsNone() {
        // the test world has one (auditor); a new installation has none yet
        jdbc.sql("delete from user_roles where user_id = (select id from users where username = 'auditor')").update();
        jdbc.sql("delete from users where username = 'auditor'").update();
        WebClient admin = WebClient.loggedIn(port, "admin", TestWorld.PASSWORD);
        assertThat(admin.get("/").body()).as("the link in the top bar").contains("创建安全/审计管理员");
        assertThat(admin.get("/accounts").statusCode()).isEqualTo(403);
        HttpResponse<String> form = admin.get("/accounts/new");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("审计管理员").doesNotContain("value=\"CLERK\"");
        assertThat(admin.post("/accounts/new", List.of("username", "sneaky", "displayName", "越权",
                "roles", "CLERK")).statusCode()).as("only the missing first administrators").isEqualTo(403);
        assertThat(admin.post("/accounts/new", List.of("username", "auditor2", "displayName", "钱审",
                "roles", "AUDIT_ADMIN")).statusCode()).isEqualTo(302);
        assertThat(admin.get("/accounts/new").statusCode()).as("both exist now").isEqualTo(403);
        assertThat(admin.get("/").body()).doesNotContain("创建安全/审计管理员");
    }

    @Test
    void theTopBarOffersTheSecurityAdministratorNoCaseList() {
        String link = ">建议列表</a>";
        assertThat(security.get("/accounts").body()).as("三员分立: the 安全管理员 sees no case").doesNotContain(link)
                .contains(">账号管理</a>");
        assertThat(WebClient.loggedIn(port, "clerk", TestWorld.PASSWORD).get("/").body()).contains(link);
    }

    @Test
    void theSecuritySettingsShowTheConfiguredLimits() {
        String page = security.get("/settings/security").body();
        // the test applications turn password expiry and the session limit off (TestDatabases): shown as such
        assertThat(page).contains("口令最少字符数").contains("<td>8</td>").contains("<td>不过期</td>")
                .contains("<td>5</td>").contains("<td>15</td>").contains("<td>30</td>").contains("<td>不限</td>");
    }
}
