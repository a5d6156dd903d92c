package cn.jianyi.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.MutableClock;
import cn.jianyi.support.TestWorld;
import cn.jianyi.support.WebClient;

/**
 * The 督办台账 and the badges, on the test clock (31 December 2024): a case assigned on 5 March with its reply due on
 * 5 June and the co-unit's opinion due in April is long overdue for both units.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = MutableClock.PROPERTIES)
@Import(MutableClock.class)
class DeadlinePagesTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired MutableClock.Control clock;

    @Autowired cn.jianyi.handling.Commitments commitments;

    private TestWorld world;
    private long id;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        id = world.assigned(1);
    }

    @Test
    void theSupervisorSeesTheOverdueTasksByUnitAndFiltersThem() {
        WebClient supervisor = WebClient.loggedIn(port, "supervisor", TestWorld.PASSWORD);
        String ledger = supervisor.get("/supervision/deadlines").body();
        assertThat(ledger).contains("督办台账").contains("href=\"/supervision/deadlines\"")
                .contains("区卫健委 1").contains("区教体局 1")
                .contains(">" + world.meeting.name() + "第1号<").contains("href=\"/suggestions/" + id + "\"")
                .contains("答复期限").contains("协办意见期限").contains("2024-06-05")
                .contains("class=\"badge deadline-LONG_OVERDUE\"").containsPattern("已超期\\d+个工作日");
        assertThat(ledger.indexOf("区教体局</td>")).as("by unit").isLessThan(ledger.indexOf("区卫健委</td>"));

        String longOverdue = supervisor.get("/supervision/deadlines?state=LONG_OVERDUE").body();
        assertThat(longOverdue).contains("href=\"/suggestions/" + id + "\"");
        String dueSoon = supervisor.get("/supervision/deadlines?state=DUE_SOON").body();
        assertThat(dueSoon).contains("目前没有即将到期或超期的承办任务。").doesNotContain("href=\"/suggestions/" + id + "\"");
        assertThat(supervisor.get("/supervision/deadlines").statusCode()).isEqualTo(200);
        assertThat(WebClient.loggedIn(port, "clerk", TestWorld.PASSWORD).get("/supervision/deadlines").statusCode())
                .isEqualTo(200);
    }

    @Test
    void theLedgerExportsToExcelAsFiltered() throws java.io.IOException {
        WebClient supervisor = WebClient.loggedIn(port, "supervisor", TestWorld.PASSWORD);
        var response = supervisor.download("/supervision/deadlines/export.xlsx");
        assertThat(response.statusCode()).isEqualTo(200);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(response.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("督办台账");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("承办单位");
            assertThat(sheet.getLastRowNum()).as("both units' tasks").isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("区教体局");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("协办意见期限");
            assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("严重超期");
            assertThat(sheet.getRow(2).getCell(7).getNumericCellValue()).isGreaterThan(20);
        }
        var dueSoon = supervisor.download("/supervision/deadlines/export.xlsx?state=DUE_SOON");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(dueSoon.body()))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).as("the header only").isZero();
        }
        assertThat(WebClient.loggedIn(port, "handler", TestWorld.PASSWORD)
                .download("/supervision/deadlines/export.xlsx").statusCode()).isEqualTo(403);
    }

    @Test
    void unitsDeputiesAndTheAdministratorMayNotReadTheLedger() {
        for (String role : new String[] {"handler", "head", "handler2", "deputy", "admin"}) {
            WebClient client = WebClient.loggedIn(port, role, TestWorld.PASSWORD);
            assertThat(client.get("/supervision/deadlines").statusCode()).as(role).isEqualTo(403);
            assertThat(client.get("/").body()).as(role).doesNotContain("href=\"/supervision/deadlines\"");
        }
    }

    @Test
    void theCasePageAndTheHomeListsShowTheBadge() {
        WebClient head = WebClient.loggedIn(port, "head", TestWorld.PASSWORD);
        assertThat(head.get("/suggestions/" + id).body())
                .contains("class=\"badge deadline deadline-LONG_OVERDUE\"").containsPattern(">答复严重超期\\d+个工作日</span>")
                .containsPattern(">协办意见严重超期\\d+个工作日</span>").doesNotContain(">严重超期</span>");
        assertThat(head.get("/").body()).contains("class=\"badge deadline deadline-LONG_OVERDUE\"");
        assertThat(WebClient.loggedIn(port, "supervisor", TestWorld.PASSWORD).get("/").body())
                .contains("class=\"badge deadline deadline-LONG_OVERDUE\"");
    }

    @Test
    @DisplayName("只有协办意见超期时：标记写明是协办意见超期，不在未到期的答复期限旁写“严重超期”；各方看各自的期限")
    void whenOnlyTheOpinionIsLateTheMarkSaysSo() {
        clock.setLocal(java.time.LocalDateTime.of(2024, 5, 20, 10, 0));   // opinion due in April, answer on 5 June
        try {
            WebClient head = WebClient.loggedIn(port, "head", TestWorld.PASSWORD);
            String casePage = head.get("/suggestions/" + id).body();
            assertThat(casePage).containsPattern(">协办意见(严重)?超期\\d+个工作日</span>")
                    .doesNotContainPattern(">答复(严重)?超期").doesNotContain(">严重超期</span>");

            String leadHome = head.get("/").body();
            assertThat(leadHome).as("the lead unit's own deadline: the answer, on time")
                    .contains("2024-06-05").doesNotContain("协办意见").doesNotContain("超期");

            WebClient coUnit = WebClient.loggedIn(port, "handler2", TestWorld.PASSWORD);
            for (String page : List.of(coUnit.get("/").body(), coUnit.get("/suggestions").body())) {
                assertThat(page).as("the co-unit's own deadline: its opinion")
                        .contains("协办意见期限").containsPattern("协办意见(严重)?超期\\d+个工作日")
                        .doesNotContain("2024-06-05");
            }

            String office = WebClient.loggedIn(port, "clerk", TestWorld.PASSWORD).get("/suggestions").body();
            assertThat(office).as("the office: both, each named").contains("答复期限").contains("2024-06-05")
                    .containsPattern("协办意见(严重)?超期\\d+个工作日").doesNotContainPattern("答复(严重)?超期");
            String deputy = WebClient.loggedIn(port, "deputy", TestWorld.PASSWORD).get("/suggestions").body();
            assertThat(deputy).as("a deputy never sees the units' internal deadlines").doesNotContain("协办意见");
        } finally {
            clock.reset();
        }
    }

    @Test
    @DisplayName("督办台账列出到期（30天内）和逾期未兑现的办理承诺，注明单位、会议和建议号、期限")
    void theLedgerListsOpenCommitmentsThatAreDue() {
        long promised = world.registered(2);              // lead unit only: no co-unit task stays on the ledger
        context.getBean(cn.jianyi.assignment.Assignments.class).assign(cn.jianyi.assignment.AssignCommand.leadOnly(
                promised, world.health.id(), TestWorld.ASSIGNED, world.clerk));
        var draft = world.drafted(promised, cn.jianyi.handling.ResolutionCategory.B);
        LocalDate dueOn = LocalDate.of(2025, 1, 20);          // 20 days after the test clock's today
        commitments.promise(new cn.jianyi.handling.PromiseCommand(draft.id(), world.health.id(), "年内完成社区卫生站改造",
                dueOn, world.handler));
        world.signed(draft, LocalDate.of(2024, 6, 20));
        try {
            WebClient supervisor = WebClient.loggedIn(port, "supervisor", TestWorld.PASSWORD);
            String ledger = supervisor.get("/supervision/deadlines").body();
            String section = ledger.substring(ledger.indexOf("id=\"commitments-due\""));
            assertThat(section).contains("年内完成社区卫生站改造").contains("区卫健委")
                    .contains(world.meeting.name() + "第2号").contains("2025-01-20").contains("即将到期")
                    .contains("href=\"/suggestions/" + promised + "\"");

            clock.setLocal(java.time.LocalDateTime.of(2025, 2, 3, 10, 0));
            assertThat(supervisor.get("/supervision/deadlines").body()).contains("年内完成社区卫生站改造")
                    .contains("承诺已逾期");
            clock.setLocal(java.time.LocalDateTime.of(2024, 12, 1, 10, 0));   // 50 days before: not due yet
            assertThat(supervisor.get("/supervision/deadlines").body()).doesNotContain("年内完成社区卫生站改造")
                    .contains("目前没有到期的办理承诺。");
        } finally {
            clock.reset();
        }
    }
}
