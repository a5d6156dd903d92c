package cn.jianyi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.WebApplicationContext;

import cn.jianyi.shared.Spreadsheet;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestWorld;

/**
 * 所属人大 in an accounts roster of an installation with several congresses (ADR 0042): an office account placed in the
 * congress its row names, by full or short name, with 含下级 as the export writes it; a name the security
 * administrator may not place accounts in, or an office row without one, refused on its row with nothing created; a
 * unit name another congress also uses is not ambiguous for an administrator who sees one of them.
 */
@OnPostgres
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountRosterCongressTests {

    @Autowired WebApplicationContext context;
    @Autowired AccountRoster roster;
    @Autowired IdentityManagement identity;
    @Autowired UserDetailsService logins;
    @Autowired JdbcClient jdbc;

    private TestWorld.SecondCongress second;
    private long district;

    @BeforeAll
    void world() {
        TestWorld world = TestWorld.create(context);
        second = world.secondCongress();
        district = world.meeting.congressId();
    }

    private static byte[] list(Object[]... rows) throws Exception {
        try (var book = Spreadsheet.create("账号", AccountRoster.COLUMNS); var out = new ByteArrayOutputStream()) {
            for (Object[] row : rows) {
                book.row(row);
            }
            book.writeTo(out);
            return out.toByteArray();
        }
    }

    private AccountRosterJob run(byte[] file, String by) throws Exception {
        AccountRosterJob job = roster.start("账号.xlsx", file, (CurrentUser) logins.loadUserByUsername(by));
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!job.isFinished() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(job.isFinished()).isTrue();
        return job;
    }

    private Object[] placement(String login) {
        return jdbc.sql("select congress_id, include_lower from users where username = ?").param(login)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBoolean(2)}).single();
    }

    @Test
    void eachOfficeAccountGoesToTheCongressItsRowNames() throws Exception {
        long before = jdbc.sql("select count(*) from users").query(Long.class).single();
        AccountRosterJob refused = run(list(
                new Object[] {"luoyi", "罗一", "代表工作机构", null, null, null, null, "望城镇人大"},
                new Object[] {"luoer", "罗二", "督查室", null, null, null, null, null},
                new Object[] {"luosan", "罗三", "代表工作机构", null, null, null, null, "南昌市红谷滩区人民代表大会"}),
                "security");
        assertThat(refused.status()).isEqualTo(AccountRosterJob.Status.FAILED);
        assertThat(refused.errors()).extracting(e -> e.line() + "|" + e.column()).containsExactly("3|所属人大",
                "4|所属人大");
        assertThat(refused.errors().get(1).message()).contains("南昌市红谷滩区人民代表大会");
        assertThat(jdbc.sql("select count(*) from users").query(Long.class).single()).as("nothing created")
                .isEqualTo(before);

        AccountRosterJob done = run(list(
                new Object[] {"luoyi", "罗一", "代表工作机构", null, null, null, null, "望城镇人大"},
                new Object[] {"luoer", "罗二", "督查室", null, null, null, null, "南昌市新建区人民代表大会（含下级）"},
                new Object[] {"luosi", "罗四", "承办人", "镇政府办", null, null, null, null}), "security");
        assertThat(done.status()).as(String.valueOf(done.errors())).isEqualTo(AccountRosterJob.Status.DONE);
        assertThat(placement("luoyi")).containsExactly(second.congressId, false);
        assertThat(placement("luoer")).containsExactly(district, true);
        assertThat(jdbc.sql("select unit_id from users where username = 'luosi'").query(Long.class).single())
                .isEqualTo(second.unit.id());
    }

    @Test
    void anAdministratorOfTheLowerCongressPlacesNoOneAbove() throws Exception {
        identity.addAccount("security2", identity.hash(TestWorld.PASSWORD), "钟安", RoleSet.of(Role.SECURITY_ADMIN),
                null, null, second.congressId, false, false);
        AccountRosterJob job = run(list(
                new Object[] {"zhouyi", "周一", "代表工作机构", null, null, null, null, "区人大"},
                new Object[] {"zhouer", "周二", "承办人", "区卫健委", null, null, null, null}), "security2");
        assertThat(job.status()).isEqualTo(AccountRosterJob.Status.FAILED);
        assertThat(job.errors()).extracting(e -> e.line() + "|" + e.column()).containsExactly("2|所属人大", "3|单位");
    }
}
