package cn.jianyi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.Lanes;
import cn.jianyi.support.TestFiles;

/**
 * 批量登记 and 导出Excel in Chromium on the demo data: the clerk uploads a 交办清单 with a wrong row, sees nothing
 * imported and the error by row, downloads the report; uploads the corrected sheet, watches the progress bar finish,
 * finds the suggestions in the list and exports the list to Excel.
 */
@Tag("browser")
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "jianyi.demo.enabled=true")
@Lanes.Pin(0)   // balances the two browser lanes (ADR 0030)
class IntakeBrowserTest extends ChromiumTest {

    private static final Path FILES = Paths.get("target", "screenshots");
    private static final List<String> HEADER = List.of("建议号", "案由", "领衔代表", "联名代表", "主办单位", "协办单位");

    private static Path file(String name, List<List<Object>> rows) throws IOException {
        Files.createDirectories(FILES);
        Path path = FILES.resolve(name);
        Files.write(path, TestFiles.assignmentList(HEADER, rows));
        return path;
    }

    @Test
    @DisplayName("办事员上传交办清单：有错不导入并可下载错误报告；改正后导入、交办，列表可导出Excel")
    void theClerkImportsAnAssignmentListAndExportsTheList() throws IOException {
        Page clerk = loginAs("clerk", false);
        org.assertj.core.api.Assertions.assertThat(clerk.locator("header.topbar").boundingBox().height)
                .as("the clerk's whole menu, grouped, on one line at 1280 px").isLessThan(60);
        // 联名代表 on the registration form: typed, chosen with the keyboard, shown as a chip, removed again
        menu(clerk, "登记建议");
        var coSigners = clerk.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("联名代表"));
        coSigners.fill("刘建");
        coSigners.press("Enter");
        assertThat(clerk.locator(".pick-chips li")).hasText(java.util.regex.Pattern.compile("刘建华"));
        assertThat(clerk.locator("select[name=coSignerIds] option:checked")).hasCount(1);
        clerk.locator(".pick-chips button").click();
        assertThat(clerk.locator(".pick-chips li")).hasCount(0);
        assertThat(clerk.locator("select[name=coSignerIds] option:checked")).hasCount(0);
        menu(clerk, "批量登记");
        assertThat(clerk.locator("#meetingId option:checked")).hasText("南昌市新建区人民代表大会 二届六次会议");

        clerk.setInputFiles("#file", file("交办清单-有错.xlsx", List.of(
                List.of(201, "关于增设社区老年食堂的建议", "程绮南", "刘建华", "区卫健委", "区民政局"),
                List.of(202, "关于改造老旧小区雨污管网的建议", "熊小梅", "", "区自来水厂", ""))));
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("检查并导入")).click();
        var progress = clerk.locator("#import-progress");
        assertThat(progress).hasAttribute("data-status", "FAILED",
                new LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
        assertThat(progress).containsText("未导入任何建议：发现1处错误");
        assertThat(progress.locator("tbody tr")).containsText("未找到承办单位“区自来水厂”。");
        Download report = clerk.waitForDownload(() -> clerk.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("下载错误报告")).click());
        try (var workbook = new XSSFWorkbook(report.createReadStream())) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(3).getStringCellValue())
                    .isEqualTo("未找到承办单位“区自来水厂”。");
        }

        clerk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("返回批量登记")).click();
        clerk.setInputFiles("#file", file("交办清单.xlsx", List.of(
                List.of(201, "关于增设社区老年食堂的建议", "程绮南", "刘建华", "区卫健委", "区民政局"),
                Arrays.asList(202, "关于改造老旧小区雨污管网的建议", "熊小梅", null, "区住建局", null))));
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("检查并导入")).click();
        assertThat(progress).hasAttribute("data-status", "DONE",
                new LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
        assertThat(progress.locator("progress")).hasAttribute("value", "100");
        assertThat(progress).containsText("已登记2件建议，其中交办2件。");
        clerk.screenshot(new Page.ScreenshotOptions().setPath(FILES.resolve("intake-done.png")));

        clerk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("查看本次会议的建议")).click();
        clerk.locator("input[name=keyword]").fill("老旧小区雨污管网");
        clerk.locator("input[name=keyword]").press("Enter");
        assertThat(clerk.locator("#results")).containsText("共 1 件");
        assertThat(clerk.locator("tr", new Page.LocatorOptions().setHasText("关于改造老旧小区雨污管网的建议")))
                .containsText("已交办");
        Download export = clerk.waitForDownload(() -> clerk.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("导出Excel")).click());
        assertThat(export.suggestedFilename()).startsWith("建议列表-").endsWith(".xlsx");
        try (var workbook = new XSSFWorkbook(export.createReadStream())) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("标题");
            boolean found = false;
            for (var row : sheet) {
                found |= row.getCell(2) != null && "关于改造老旧小区雨污管网的建议".equals(row.getCell(2).getStringCellValue());
            }
            assertThat(found).as("the imported suggestion in the exported list").isTrue();
        }
        logout(clerk);
    }
}
