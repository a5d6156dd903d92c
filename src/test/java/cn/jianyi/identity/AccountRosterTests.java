package cn.jianyi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.WebApplicationContext;

import cn.jianyi.shared.Spreadsheet;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.Lanes;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestWorld;
import cn.jianyi.support.WebClient;
import cn.jianyi.support.Workbooks;

/**
 * 账号名录导入: every row checked first with the checks of a new account and nothing created while any row fails (a
 * login taken or twice, an unknown or privileged role, a unit role without its unit or with an unknown one, a deputy
 * role without its deputy, a name repeated without its 代表团, a missing name), the errors by row in the page and the
 * report; a clean list creates every account in one go, each with a temporary password shown once, downloadable once
 * (audited) and to be changed at the first login.
 */
@OnPostgres
@IntegrationTest
@Lanes.Pin(1)              // beside the browsers on H2 with the other default-configuration classes (pom.xml)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountRosterTests {

    private static final Pattern PASSWORD_CELL = Pattern.compile("<code>([A-Za-z0-9]{12})</code>");

    @Autowired WebApplicationContext context;
    @Autowired AccountRoster roster;
    @Autowired IdentityManagement identity;
    @Autowired UserDetailsService logins;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    private TestWorld world;
    private CurrentUser security;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        security = (CurrentUser) logins.loadUserByUsername("security");
        identity.addDeputy("王芳", "联圩镇代表团", null, null, null);
        identity.addDeputy("王芳", "铁河乡代表团", null, null, null);
    }

    private static byte[] list(Object[]... rows) throws Exception {
        try (var book = Spreadsheet.create("账号", AccountRoster.COLUMNS); var out = new ByteArrayOutputStream()) {
            for (Object[] row : rows) {
                book.row(java.util.Arrays.copyOf(row, AccountRoster.COLUMNS.size()));   // 所属人大 blank: one congress
            }
            book.writeTo(out);
            return out.toByteArray();
        }
    }

    private AccountRosterJob finished(AccountRosterJob job) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!job.isFinished() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(job.isFinished()).isTrue();
        return job;
    }

    private long users() {
        return jdbc.sql("select count(*) from users").query(Long.class).single();
    }

    @Test
    void aListWithAnyBadRowCreatesNothingAndReportsEachRow() throws Exception {
        long before = users();
        AccountRosterJob job = finished(roster.start("账号.xlsx", list(
                new Object[] {"zhangsan", "张三", "代表工作机构", null, null, null, "13907081111"},
                new Object[] {"clerk", "王晓燕", "代表工作机构", null, null, null, null},
                new Object[] {"zhangsan", "张三", "督查室", null, null, null, null},
                new Object[] {"lisi", "李四", "办事员", null, null, null, null},
                new Object[] {"wangwu", "王五", "承办人", null, null, null, null},
                new Object[] {"zhaoliu", "赵六", "承办单位负责人，承办人", "区环保局", null, null, null},
                new Object[] {"qianqi", "钱七", "代表", null, null, null, null},
                new Object[] {"sunba", "孙八", "安全管理员", null, null, null, null},
                new Object[] {"zhoujiu", "", "承办人", "区卫健委", null, null, null},
                new Object[] {"wangfang", "王芳", "代表", null, "王芳", null, null},
                new Object[] {"wushi", "吴十", "承办人", "南昌市新建区卫生健康委员会", null, null, "12345"},
                new Object[] {"lisan", "李三", "代表", null, "李三", null, null},
                new Object[] {"wangfang2", "王芳", "代表", null, "王芳", "长堎街道代表团", null}), security));
        assertThat(job.status()).isEqualTo(AccountRosterJob.Status.FAILED);
        assertThat(job.errors()).extracting(e -> e.line() + "|" + e.column() + "|" + e.message()).containsExactly(
                "3|登录名|登录名“clerk”已被使用。",
                "4|登录名|登录名“zhangsan”在名录中出现了不止一次。",
                "5|角色|没有“办事员”这个角色。可填：代表工作机构、督查室、承办单位负责人、承办人、代表。",
                "6|单位|承办人和承办单位负责人须选择所属单位。",
                "7|单位|单位“区环保局”不存在，请先由系统管理员在名录中新增。",
                "8|代表|代表账号须关联一位代表。",
                "9|角色|安全管理员账号不能通过名录导入，请在“新建账号”中逐个创建（三员分立）。",
                "10|姓名|请输入姓名。",
                "11|代表|有多位代表名为“王芳”，请填写代表团。",
                "12|手机|请输入有效的11位手机号码（1开头，第二位为3至9）。",
                "13|代表|代表“李三”不存在，请先由系统管理员在名录中新增。",
                "14|代表|长堎街道代表团没有名为“王芳”的代表。");
        assertThat(users()).as("nothing created").isEqualTo(before);
        assertThat(job.passwordsKept()).isFalse();
        var report = Workbooks.read(roster.errorReport(job)).get("错误报告");
        assertThat(report).hasSize(13);
        assertThat(report.get(1)).containsExactly(3L, "登录名", "登录名“clerk”已被使用。");
    }

    @Test
    void aFileThatIsNoRosterIsRefusedAsAWhole() throws Exception {
        AccountRosterJob notExcel = finished(roster.start("账号.xlsx", "登录名,姓名".getBytes(), security));
        assertThat(notExcel.errors()).extracting(AccountRosterJob.RowError::message)
                .containsExactly("无法读取该文件，请上传Excel文件（.xlsx或.xls）。");
        try (var book = Spreadsheet.create("账号", List.of(new Spreadsheet.Column("登录名", 10)));
             var out = new ByteArrayOutputStream()) {
            book.row("lisi");
            book.writeTo(out);
            AccountRosterJob noRoles = finished(roster.start("账号.xlsx", out.toByteArray(), security));
            assertThat(noRoles.errors()).extracting(AccountRosterJob.RowError::message)
                    .containsExactly("缺少“姓名”列。", "缺少“角色”列。");
        }
    }

    @Test
    void aCleanListCreatesTheAccountsWithPasswordsShownOnceAndDownloadedOnce() throws Exception {
        byte[] good = list(
                new Object[] {"zhangxy", "张晓雨", "代表工作机构", null, null, null, "13907082222"},
                new Object[] {"huwei", "胡伟", "承办单位负责人、承办人", "区卫健委", null, null, null},
                new Object[] {"wangfang1", "王芳", "代表", null, "王芳", "联圩镇代表团", null});
        WebClient web = WebClient.loggedIn(port, "security", TestWorld.PASSWORD);
        assertThat(web.get("/accounts").body()).contains("/accounts/import");
        HttpResponse<String> started = web.postMultipart("/accounts/import", List.of(),
                List.of(new WebClient.FilePart("file", "账号.xlsx", Spreadsheet.CONTENT_TYPE, good)));
        assertThat(started.statusCode()).isEqualTo(302);
        String location = started.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        finished(roster.visibleTo(id, security));

        String first = web.get("/accounts/imports/" + id).body();
        assertThat(first).contains("已创建3个账号。").contains("只显示这一次");
        Matcher m = PASSWORD_CELL.matcher(first);
        assertThat(m.find()).isTrue();
        String zhangTemporary = m.group(1);
        assertThat(web.get("/accounts/imports/" + id).body()).as("shown once").doesNotContain(zhangTemporary)
                .contains("临时口令表仍可下载一次");

        var download = web.download("/accounts/imports/" + id + "/passwords.xlsx");
        assertThat(download.statusCode()).isEqualTo(200);
        var sheet = Workbooks.read(download.body()).get("临时口令");
        assertThat(sheet).hasSize(4);
        assertThat(sheet.get(1)).containsExactly("zhangxy", zhangTemporary);
        assertThat(web.download("/accounts/imports/" + id + "/passwords.xlsx").statusCode()).as("once")
                .isEqualTo(404);
        assertThat(web.get("/accounts/imports/" + id).body()).contains("临时口令表已下载");
        assertThat(jdbc.sql("select count(*) from audit_log where kind = 'EXPORT' and username = 'security'"
                + " and object_label = '临时口令.xlsx'").query(Long.class).single()).as("the download is audited")
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_log where kind = 'ACCOUNT_CHANGED' and detail like"
                + " 'ACCOUNT_CREATED%'").query(Long.class).single()).isEqualTo(3);

        assertThat(jdbc.sql("select role from user_roles r join users u on u.id = r.user_id where u.username = 'huwei'"
                + " order by role").query(String.class).list()).containsExactly("HANDLER", "HEAD");
        assertThat(jdbc.sql("select unit_id from users where username = 'huwei'").query(Long.class).single())
                .isEqualTo(world.health.id());
        assertThat(jdbc.sql("select mobile from users where username = 'zhangxy'").query(String.class).single())
                .isEqualTo("13907082222");
        HttpResponse<String> again = web.postMultipart("/accounts/import", List.of(),
                List.of(new WebClient.FilePart("file", "账号.xlsx", Spreadsheet.CONTENT_TYPE, good)));
        String failedId = again.headers().firstValue("Location").orElseThrow().replaceFirst(".*/", "");
        finished(roster.visibleTo(failedId, security));
        assertThat(web.get("/accounts/imports/" + failedId).body()).as("the same list again: every login taken")
                .contains("未导入：发现3处错误").contains("登录名“huwei”已被使用。")
                .contains("/accounts/imports/" + failedId + "/errors.xlsx");
        assertThat(web.download("/accounts/imports/" + failedId + "/errors.xlsx").statusCode()).isEqualTo(200);
        assertThat(web.download("/accounts/imports/" + failedId + "/passwords.xlsx").statusCode()).isEqualTo(404);

        assertThat(web.get("/accounts/import").body()).as("the upload page: template, file field, recent imports")
                .contains("/accounts/import/template.xlsx").contains("type=\"file\"")
                .contains("/accounts/imports/" + id).contains("导入完成");

        WebClient zhang = WebClient.loggedIn(port, "zhangxy", zhangTemporary);
        assertThat(zhang.get("/").headers().firstValue("Location").orElse("")).as("changed at the first login")
                .endsWith("/account/password");
    }

    @Test
    void theTemplateNamesTheColumnsAndTheRolesARosterGives() {
        var book = Workbooks.read(roster.template());
        assertThat(book.get("账号").get(0)).containsExactly("登录名", "姓名", "角色", "单位", "代表", "代表团", "手机",
                "所属人大");
        assertThat(book.get("说明").toString()).contains("代表工作机构、督查室、承办单位负责人、承办人、代表")
                .contains("逐个新建").contains("所属人大");
    }
}
