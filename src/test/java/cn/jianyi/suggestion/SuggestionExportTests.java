package cn.jianyi.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
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

import cn.jianyi.assignment.AssignCommand;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestWorld;
import cn.jianyi.support.WebClient;

/** 导出Excel: the filtered list, every row in the user's scope, Chinese headers, dates as dates. */
@OnPostgres
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuggestionExportTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired SuggestionManagement suggestions;
    @Autowired Assignments assignments;

    private TestWorld world;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        for (int n = 1; n <= 23; n++) {         // more than one page of the list (20)
            world.registered(n);
        }
        world.assigned(24);                      // 区卫健委 leads, 区教体局 co-handles
        long education = world.registered(25);
        assignments.assign(AssignCommand.leadOnly(education, world.education.id(), TestWorld.ASSIGNED, world.clerk));
    }

    private static List<List<Object>> rows(HttpResponse<byte[]> response) throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("建议列表");
            var rows = new ArrayList<List<Object>>();
            for (Row row : sheet) {
                var values = new ArrayList<Object>();
                for (int i = 0; i < 10; i++) {
                    Cell cell = row.getCell(i);
                    if (cell == null) {
                        values.add(null);
                    } else if (cell.getCellType() == CellType.NUMERIC) {
                        values.add(DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate()
                                : (Object) (int) cell.getNumericCellValue());
                    } else {
                        values.add(cell.getStringCellValue());
                    }
                }
                rows.add(values);
            }
            return rows;
        }
    }

    @Test
    @DisplayName("办事员导出全部建议：中文表头，每件一行（不分页），日期为日期格式，文件名带日期")
    void theClerkExportsEveryRow() throws IOException {
        HttpResponse<byte[]> response = WebClient.loggedIn(port, "clerk", TestWorld.PASSWORD)
                .download("/suggestions/export.xlsx");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(URLDecoder.decode(response.headers().firstValue("Content-Disposition").orElse(""),
                StandardCharsets.UTF_8)).contains("建议列表-").contains(".xlsx");
        List<List<Object>> rows = rows(response);
        assertThat(rows.get(0)).containsExactly("会议", "建议号", "标题", "领衔代表", "类别", "状态", "主办单位", "答复期限",
                "收到日期", "重点督办牵头领导");
        assertThat(rows).hasSize(1 + 25);
        List<Object> assigned = rows.stream().filter(r -> Integer.valueOf(24).equals(r.get(1))).findFirst().orElseThrow();
        assertThat(assigned).containsExactly("二届四次会议", 24, "关于健全生育服务保障机制的建议", "程绮南", "教科文卫", "已交办",
                "区卫健委", suggestions.get(assigned(24)).units().stream()
                        .filter(u -> u.role() == HandlingRole.LEAD).findFirst().orElseThrow().dueOn(),
                TestWorld.RECEIVED, null);
    }

    private long assigned(int number) {
        return context.getBean(SuggestionQueries.class).findId(world.meeting.id(), number).orElseThrow();
    }

    @Test
    @DisplayName("按筛选条件导出；承办单位只导出本单位的建议，代表只导出本人的")
    void theExportFollowsTheFilterAndTheScope() throws IOException {
        WebClient clerk = WebClient.loggedIn(port, "clerk", TestWorld.PASSWORD);
        assertThat(rows(clerk.download("/suggestions/export.xlsx?status=ASSIGNED"))).hasSize(1 + 2);
        assertThat(rows(clerk.download("/suggestions/export.xlsx?status=NOPE&meetingId=x"))).hasSize(1 + 25);

        List<List<Object>> health = rows(WebClient.loggedIn(port, "handler", TestWorld.PASSWORD)
                .download("/suggestions/export.xlsx"));
        assertThat(health).extracting(r -> r.get(1)).containsExactly("建议号", 24);
        List<List<Object>> education = rows(WebClient.loggedIn(port, "handler2", TestWorld.PASSWORD)
                .download("/suggestions/export.xlsx"));
        assertThat(education).extracting(r -> r.get(1)).containsExactlyInAnyOrder("建议号", 24, 25);
        assertThat(rows(WebClient.loggedIn(port, "deputy3", TestWorld.PASSWORD)
                .download("/suggestions/export.xlsx"))).hasSize(1);
    }
}
