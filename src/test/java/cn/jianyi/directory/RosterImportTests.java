package cn.jianyi.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.WebApplicationContext;

import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.identity.UnitDirectory;
import cn.jianyi.shared.Spreadsheet;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestWorld;
import cn.jianyi.support.WebClient;
import cn.jianyi.support.Workbooks;

/**
 * 单位名录导入: every row checked first and nothing imported while any row fails (an unknown congress, a 机关代字 taken
 * in the congress or twice in the list, a missing or malformed field), the errors by row in the page and the report;
 * a clean list adds new units and changes those it names by full name, in one go.
 */
@OnPostgres
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RosterImportTests {

    private static final List<Spreadsheet.Column> COLUMNS = List.of(new Spreadsheet.Column("所属人大", 28),
            new Spreadsheet.Column("单位全称", 36), new Spreadsheet.Column("简称", 16), new Spreadsheet.Column("机关代字", 12),
            new Spreadsheet.Column("联系电话", 16), new Spreadsheet.Column("邮政编码", 10),
            new Spreadsheet.Column("通信地址", 36), new Spreadsheet.Column("职能", 48));

    @Autowired WebApplicationContext context;
    @Autowired RosterImports imports;
    @Autowired UnitDirectory units;
    @Autowired UserDetailsService logins;
    @Autowired JdbcClient jdbc;
    @Autowired cn.jianyi.identity.DeputyDirectory deputies;
    @Autowired cn.jianyi.suggestion.Meetings meetings;
    @LocalServerPort int port;

    private TestWorld world;
    private CurrentUser admin;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        admin = (CurrentUser) logins.loadUserByUsername("admin");
    }

    private static byte[] list(Object[]... rows) throws Exception {
        try (var book = Spreadsheet.create("单位名录", COLUMNS); var out = new ByteArrayOutputStream()) {
            for (Object[] row : rows) {
                book.row(row);
            }
            book.writeTo(out);
            return out.toByteArray();
        }
    }

    private RosterJob finished(RosterJob job) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!job.isFinished() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(job.isFinished()).isTrue();
        return job;
    }

    private long unitCount() {
        return jdbc.sql("select count(*) from units").query(Long.class).single();
    }

    @Test
    void aListWithAnyBadRowImportsNothingAndReportsEachRow() throws Exception {
        long before = unitCount();
        byte[] bad = list(
                new Object[] {"南昌市新建区人民代表大会", "南昌市新建区司法局", "区司法局", "新司提字", "83756000", "330100", null, null},
                new Object[] {"南昌市人民代表大会", "南昌市新建区财政局", "区财政局", "新财提字", "83757000", "330100", null, null},
                new Object[] {"区人大", "南昌市新建区人社局", "区人社局", "新卫提字", "83758000", "330100", null, null},
                new Object[] {"区人大", "南昌市新建区城管局", "区城管局", "新司提字", "83759000", "330100", null, null},
                new Object[] {"区人大", "南昌市新建区林业局", "", "新林提字", "83759001", "3301", null, null});
        // 区卫健委 holds 新卫提字 in the test world's congress only once it has one
        units.save(new cn.jianyi.identity.SaveUnitCommand(world.health.id(), world.meeting.congressId(),
                world.health.fullName(), world.health.shortName(), world.health.docCode(), world.health.phone(),
                world.health.postcode(), null, null, world.admin));
        long withHealth = unitCount();
        RosterJob job = finished(imports.start("单位名录.xlsx", bad, admin));
        assertThat(job.status()).isEqualTo(RosterJob.Status.FAILED);
        assertThat(job.errors()).extracting(e -> e.line() + "|" + e.column() + "|" + e.message()).containsExactly(
                "3|所属人大|所属人大“南昌市人民代表大会”不存在，请先在“人大与会议”中新增。",
                "4|机关代字|机关代字“新卫提字”已由区卫健委使用，同一人大内不得重复。",
                "5|机关代字|机关代字“新司提字”在名录中同一人大内出现了不止一次。",
                "6|简称|此项为必填项。");
        assertThat(unitCount()).as("nothing imported").isEqualTo(withHealth).isEqualTo(before);
        var report = Workbooks.read(imports.errorReport(job)).get("错误报告");
        assertThat(report).hasSize(5);
        assertThat(report.get(1)).containsExactly(3L, "所属人大", "所属人大“南昌市人民代表大会”不存在，请先在“人大与会议”中新增。");
    }

    @Test
    void aCleanListAddsAndChangesUnitsInTheBrowser() throws Exception {
        HandlingUnit education = world.education;
        byte[] good = list(
                new Object[] {"区人大", "南昌市新建区应急管理局", "区应急局", "新应提字", "0791-83750001", "330100",
                        "南昌市新建区长堎大道3号", "安全生产监督管理"},
                new Object[] {"南昌市新建区人民代表大会", education.fullName(), "区教体局", "新教提字", "83751236", "330100",
                        null, "教育和体育"});
        WebClient web = WebClient.loggedIn(port, "admin", TestWorld.PASSWORD);
        HttpResponse<String> started = web.postMultipart("/directory/units/import", List.of(),
                List.of(new WebClient.FilePart("file", "单位名录.xlsx", Spreadsheet.CONTENT_TYPE, good)));
        assertThat(started.statusCode()).isEqualTo(302);
        String location = started.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        finished(imports.visibleTo(id, admin));
        assertThat(web.get("/directory/imports/" + id).body()).contains("新增1个单位，更新1个。");
        assertThat(units.units(world.meeting.congressId())).extracting(HandlingUnit::fullName)
                .contains("南昌市新建区应急管理局", education.fullName());
        assertThat(units.unit(education.id()).responsibilities()).isEqualTo("教育和体育");

        HttpResponse<String> empty = web.follow(web.postMultipart("/directory/units/import", List.of(),
                List.of(WebClient.FilePart.none("file"))));
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("请选择名录文件。");
    }

    private static final List<Spreadsheet.Column> DEPUTY_COLUMNS = List.of(new Spreadsheet.Column("所属人大", 28),
            new Spreadsheet.Column("姓名", 10), new Spreadsheet.Column("代表团", 20), new Spreadsheet.Column("届别", 28),
            new Spreadsheet.Column("手机", 16), new Spreadsheet.Column("通信地址", 36), new Spreadsheet.Column("邮政编码", 10));

    private static byte[] deputyList(Object[]... rows) throws Exception {
        try (var book = Spreadsheet.create("代表名录", DEPUTY_COLUMNS); var out = new ByteArrayOutputStream()) {
            for (Object[] row : rows) {
                book.row(row);
            }
            book.writeTo(out);
            return out.toByteArray();
        }
    }

    @Test
    void aDeputyListIsCheckedFirstThenImportedWithTheirTerms() throws Exception {
        long congress = world.meeting.congressId();
        long term3 = meetings.addTerm(congress, 3, 2026, 2031).id();
        long before = jdbc.sql("select count(*) from deputies").query(Long.class).single();
        RosterJob refused = finished(imports.startDeputies("代表名录.xlsx", deputyList(
                new Object[] {"区人大", "胡一鸣", "松湖镇代表团", "二届", "13907080002", null, null},
                new Object[] {"区人大", "邓文", "溪霞镇代表团", "九届", null, null, null},
                new Object[] {"区人大", "谢芳", "西山镇代表团", "", null, null, null},
                new Object[] {"市人大", "万小东", "联圩镇代表团", "二届", null, null, null}), admin));
        assertThat(refused.status()).isEqualTo(RosterJob.Status.FAILED);
        assertThat(refused.errors()).extracting(e -> e.line() + "|" + e.column() + "|" + e.message()).containsExactly(
                "3|届别|区人大没有“九届”。", "4|届别|请至少选择一届。",
                "5|所属人大|所属人大“市人大”不存在，请先在“人大与会议”中新增。");
        assertThat(jdbc.sql("select count(*) from deputies").query(Long.class).single()).isEqualTo(before);

        RosterJob done = finished(imports.startDeputies("代表名录.xlsx", deputyList(
                new Object[] {"区人大", "胡一鸣", "松湖镇代表团", "二届、第三届", "13907080002", "南昌市新建区松湖镇1号", "330100"},
                new Object[] {"南昌市新建区人民代表大会", "刘建华", "望城镇代表团", "区人大三届（2026—2031年）", null, null, null}),
                admin));
        assertThat(done.status()).isEqualTo(RosterJob.Status.DONE);
        assertThat(done.added()).isEqualTo(1);
        assertThat(done.changed()).as("刘建华 of 望城镇代表团 is of the world's only congress (ADR 0042)").isEqualTo(1);
        var hu = deputies.deputies(congress).stream().filter(d -> d.name().equals("胡一鸣")).findFirst().orElseThrow();
        assertThat(deputies.termsOf(hu.id())).hasSize(2).contains(term3);
        assertThat(hu.phone()).isEqualTo("13907080002");
    }
}
