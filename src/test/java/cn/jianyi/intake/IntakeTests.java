package cn.jianyi.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jianyi.suggestion.HandlingRole;
import cn.jianyi.suggestion.SubjectArea;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.suggestion.SuggestionQueries;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestFiles;
import cn.jianyi.support.TestWorld;
import cn.jianyi.support.WebClient;
import cn.jianyi.support.WebClient.FilePart;

/**
 * 批量登记 from a 交办清单 over HTTP, as the clerk does it: the check, the progress, the import in one go; with any
 * error nothing at all is imported and the row-by-row report downloads.
 */
@OnPostgres
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeTests {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Pattern JOB = Pattern.compile("/imports/([0-9a-f-]{36})$");

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired SuggestionManagement suggestions;
    @Autowired SuggestionQueries queries;
    @Autowired JdbcClient jdbc;

    private TestWorld world;
    private WebClient clerk;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        world.registered(5);                     // number 5 is taken in the meeting
        clerk = WebClient.loggedIn(port, "clerk", TestWorld.PASSWORD);
    }

    private static byte[] sheet(List<String> header, List<List<Object>> rows) {
        return TestFiles.assignmentList(header, rows);
    }

    private HttpResponse<String> upload(byte[] file, String name) {
        return clerk.postMultipart("/imports", List.of("meetingId", String.valueOf(world.meeting.id()),
                "receivedOn", "2024-01-12", "assignedOn", "2024-03-05"), List.of(new FilePart("file", name, XLSX, file)));
    }

    /** Uploads and waits for the job to end; its page. */
    private String imported(byte[] file) throws InterruptedException {
        HttpResponse<String> started = upload(file, "交办清单.xlsx");
        assertThat(started.statusCode()).isEqualTo(302);
        Matcher m = JOB.matcher(started.headers().firstValue("Location").orElseThrow());
        assertThat(m.find()).isTrue();
        String path = "/imports/" + m.group(1);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            String page = clerk.get(path).body();
            if (page.contains("data-status=\"DONE\"") || page.contains("data-status=\"FAILED\"")) {
                return path + "\n" + page;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not finish");
    }

    private long suggestionCount() {
        return jdbc.sql("select count(*) from suggestions").query(Long.class).single();
    }

    @Test
    @DisplayName("交办清单（标题行、表头别名、任意列序）逐行登记并交办：联名代表、协办单位、清单自带的收到日期")
    void aWholeListIsRegisteredAndAssigned() throws Exception {
        byte[] file = sheet(List.of("承办单位", "建议号", "案由", "领衔代表", "联名代表", "类别", "协办单位", "收到日期"), List.of(
                List.of("区卫健委", 21, "关于增设社区卫生服务站的建议", "程绮南", "刘建华", "教科文卫", "南昌市新建区教育体育局", "2024年1月11日"),
                List.of("南昌市新建区教育体育局", "第22号", "关于规范校外培训的建议", "熊小梅", "", "", ""),
                java.util.Arrays.asList(null, 23, "关于加强耕地保护的建议", "刘建华", "程绮南、熊小梅", "农业农村", null, null)));
        String page = imported(file);
        assertThat(page).contains("data-status=\"DONE\"").contains("已登记3件建议，其中交办2件。");

        Suggestion first = suggestions.get(queries.findId(world.meeting.id(), 21).orElseThrow());
        assertThat(first.status()).isEqualTo(Suggestion.Status.ASSIGNED);
        assertThat(first.coSignerIds()).containsExactly(world.liu.id());
        assertThat(first.receivedOn()).isEqualTo(java.time.LocalDate.of(2024, 1, 11));
        assertThat(first.content()).isEqualTo("关于增设社区卫生服务站的建议");
        assertThat(first.units()).extracting(u -> u.unitId(), u -> u.role()).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(world.health.id(), HandlingRole.LEAD),
                org.assertj.core.groups.Tuple.tuple(world.education.id(), HandlingRole.CO));
        Suggestion second = suggestions.get(queries.findId(world.meeting.id(), 22).orElseThrow());
        assertThat(second.category()).isEqualTo(SubjectArea.OTHER);
        assertThat(second.receivedOn()).isEqualTo(TestWorld.RECEIVED);
        Suggestion third = suggestions.get(queries.findId(world.meeting.id(), 23).orElseThrow());
        assertThat(third.status()).isEqualTo(Suggestion.Status.REGISTERED);
        assertThat(third.coSignerIds()).containsExactly(world.cheng.id(), world.xiong.id());
        assertThat(queries.details(third.id(), cn.jianyi.identity.DataScope.all()).timeline().get(0).remark())
                .contains("据交办清单批量登记");
    }

    @Test
    @DisplayName("缺少必需的列：不导入，说明缺哪一列")
    void wrongColumnsImportNothing() throws Exception {
        long before = suggestionCount();
        String page = imported(sheet(List.of("建议号", "标题", "主办单位"), List.of(List.of(31, "关于路灯的建议", "区卫健委"))));
        assertThat(page).contains("data-status=\"FAILED\"").contains("缺少“领衔代表”列。").contains("未导入任何建议");
        assertThat(suggestionCount()).isEqualTo(before);
    }

    @Test
    @DisplayName("重复建议号、已有的建议号、未知单位和代表：一件都不导入，逐行列出错误，可下载错误报告")
    void badRowsImportNothingAndAreReportedRowByRow() throws Exception {
        long before = suggestionCount();
        byte[] file = sheet(List.of("建议号", "标题", "领衔代表", "主办单位"), List.of(
                List.of(41, "关于一的建议", "程绮南", "区卫健委"),
                List.of(41, "关于二的建议", "程绮南", "区卫健委"),
                List.of(5, "关于三的建议", "程绮南", "区卫健委"),
                List.of(42, "关于四的建议", "王不存在", "区住建局"),
                List.of(43, "关于五的建议", "刘建华", "区卫健委")));
        String[] result = imported(file).split("\n", 2);
        String page = result[1];
        assertThat(page).contains("data-status=\"FAILED\"").contains("发现4处错误")
                .contains("建议号41在清单中重复。").contains("二届四次会议已有第5号建议。")
                .contains("未找到代表“王不存在”。").contains("未找到承办单位“区住建局”。");
        assertThat(suggestionCount()).isEqualTo(before);
        assertThat(queries.findId(world.meeting.id(), 43)).isEmpty();

        HttpResponse<byte[]> report = clerk.download(result[0] + "/errors.xlsx");
        assertThat(report.statusCode()).isEqualTo(200);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(report.body()))) {
            var rows = new ArrayList<List<String>>();
            for (Row row : workbook.getSheetAt(0)) {
                var values = new ArrayList<String>();
                row.forEach(cell -> values.add(cell.toString()));
                rows.add(values);
            }
            assertThat(rows.get(0)).containsExactly("行号", "建议号", "列", "错误");
            assertThat(rows).hasSize(1 + 4);
            assertThat(rows.get(1)).containsExactly("4.0", "41", "建议号", "建议号41在清单中重复。");
            assertThat(rows.get(3)).containsExactly("6.0", "42", "领衔代表", "未找到代表“王不存在”。");
        }
    }

    @Test
    @DisplayName("不是Excel的文件、空文件、未选文件：清楚的提示，什么也不导入")
    void garbageAndMissingFilesAreRefused() throws Exception {
        long before = suggestionCount();
        String garbage = imported("这不是表格".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(garbage).contains("无法读取此文件");
        HttpResponse<String> none = clerk.follow(clerk.postMultipart("/imports", List.of("meetingId",
                String.valueOf(world.meeting.id()), "receivedOn", "2024-01-12", "assignedOn", "2024-03-05"),
                List.of(FilePart.none("file"))));
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(none.body()).contains("请选择交办清单文件。");
        HttpResponse<String> future = clerk.follow(clerk.postMultipart("/imports", List.of("meetingId",
                String.valueOf(world.meeting.id()), "receivedOn", "2024-01-12", "assignedOn", "2999-01-01"),
                List.of(new FilePart("file", "a.xlsx", XLSX, sheet(List.of("标题"), List.of())))));
        assertThat(future.body()).contains("日期不能晚于今天。");
        assertThat(suggestionCount()).isEqualTo(before);
    }

    @Test
    @DisplayName("导入任务只有发起人看得到；承办单位和代表不能批量登记")
    void jobsAreTheStartersAndClerksOnly() throws Exception {
        String path = imported(sheet(List.of("建议号", "标题"), List.of())).split("\n", 2)[0];
        context.getBean(cn.jianyi.identity.IdentityManagement.class).addAccount("clerk2", TestWorld.PASSWORD, "李办事员",
                cn.jianyi.identity.Role.CLERK, null, null, false);
        WebClient otherClerk = WebClient.loggedIn(port, "clerk2", TestWorld.PASSWORD);
        assertThat(otherClerk.get(path).statusCode()).as("another clerk's job").isEqualTo(404);
        assertThat(otherClerk.get(path + "/errors.xlsx").statusCode()).isEqualTo(404);
        assertThat(clerk.get(path).statusCode()).isEqualTo(200);
        assertThat(WebClient.loggedIn(port, "supervisor", TestWorld.PASSWORD).get(path).statusCode()).isEqualTo(403);
        assertThat(WebClient.loggedIn(port, "handler", TestWorld.PASSWORD).get("/imports").statusCode()).isEqualTo(403);
        assertThat(WebClient.loggedIn(port, "deputy", TestWorld.PASSWORD).get("/imports").statusCode()).isEqualTo(403);
        assertThat(clerk.get("/imports/00000000-0000-0000-0000-000000000000").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("重启后轮询已不存在的导入任务：404并说明任务不再保留、没有登记任何建议，轮询的页面整页重载，不会一直转圈")
    void aJobLostInARestartIsExplainedInsteadOfPolledForEver() throws Exception {
        String path = imported(sheet(List.of("建议号", "标题"), List.of())).split("\n", 2)[0];
        assertThat(clerk.poll(path).statusCode()).isEqualTo(200);
        context.getBean(cn.jianyi.shared.jobs.BackgroundJobs.class).forget();      // what a restart does to jobs

        HttpResponse<String> poll = clerk.poll(path);
        assertThat(poll.statusCode()).isEqualTo(404);
        assertThat(poll.headers().firstValue("HX-Refresh")).as("htmx reloads the page").contains("true");
        HttpResponse<String> page = clerk.get(path);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("找不到该导入任务").contains("该实例停止或系统重新启动后不再保留")
                .contains("没有登记任何建议").doesNotContain("hx-trigger");
    }
}
