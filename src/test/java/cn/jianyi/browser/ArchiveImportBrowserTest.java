package cn.jianyi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import cn.jianyi.support.IntegrationTest;

/**
 * 历史复函导入 in Chromium on the demo data: the 系统管理员 (who keeps 区人大 and the congresses below it, so that a letter of
 * a congress not yet in the directory is filed below it, ADR 0042) uploads three published reply letters with an empty file and a
 * broken ZIP, watches the batch being read, sees the reasons in the rows of the bad files, reviews a letter beside
 * its source text, corrects a wrong date, confirms, and finds the letter in the archive and its suggestion in the
 * suggestion list as a historical case.
 */
@Tag("browser")
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "jianyi.demo.enabled=true")
class ArchiveImportBrowserTest extends ChromiumTest {

    private static final Path CORPUS = Paths.get("..", "shared", "corpus", "replies");
    private static final Path FILES = Paths.get("target", "screenshots");

    @Test
    @DisplayName("系统管理员上传三件历史复函和坏文件：坏文件行内说明原因；对照原文审核、改正后确认入库，在历史复函和建议列表（历史案卷）中找到")
    void theClerkImportsReviewsAndFindsAHistoricalLetter() throws IOException {
        Files.createDirectories(FILES);
        Path empty = Files.write(FILES.resolve("空白.txt"), new byte[0]);
        Path broken = Files.write(FILES.resolve("损坏.zip"), "PK not a zip".getBytes(StandardCharsets.UTF_8));

        Page clerk = loginAs("admin", false);   // 系统管理员, who keeps 区人大 and the congresses below it (ADR 0042)
        menu(clerk, "历史复函");
        clerk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("导入历史复函")).click();
        clerk.setInputFiles("#files", new Path[] {CORPUS.resolve("002.txt"), CORPUS.resolve("005.txt"),
                CORPUS.resolve("006.txt"), empty, broken});
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上传并读取")).click();

        Locator progress = clerk.locator("#archive-progress");
        assertThat(progress).hasAttribute("data-status", "DONE",
                new LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
        assertThat(progress.locator("progress")).hasAttribute("value", "100");
        assertThat(progress.locator("tbody tr")).hasCount(5);
        assertThat(progress.locator("tr[data-file='损坏.zip']")).containsText("压缩包已损坏或不是 ZIP 格式，无法解压");
        assertThat(progress.locator("tr[data-file='损坏.zip']")).containsText("无法读取");
        assertThat(progress.locator("tr[data-file='空白.txt']")).containsText("无法读取");
        clerk.screenshot(new Page.ScreenshotOptions().setPath(FILES.resolve("archive-batch.png")));

        progress.locator("tr[data-file='005.txt']").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("审核")).click();
        assertThat(clerk.locator("#source-text")).containsText("侯怀菊");
        assertThat(clerk.locator("#review-form")).isVisible();
        // the parser's reading of 005.txt is in the form: the clerk checks it beside the source
        assertThat(clerk.locator("#kind")).hasValue("SUGGESTION");
        assertThat(clerk.locator("#issuer")).hasValue("宁陕县交通运输局");
        assertThat(clerk.locator("#docNumber")).hasValue("宁交函〔2021〕141号");
        assertThat(clerk.locator("#classification")).hasValue("C");
        assertThat(clerk.locator("#body")).hasValue("人大");
        assertThat(clerk.locator("#level")).hasValue("县");
        assertThat(clerk.locator("#term")).hasValue("18");
        assertThat(clerk.locator("#meeting")).hasValue("6");
        assertThat(clerk.locator("#itemNumber")).hasValue("17");
        assertThat(clerk.locator("#addressees")).hasValue("侯怀菊");
        clerk.screenshot(new Page.ScreenshotOptions().setPath(FILES.resolve("archive-review.png")).setFullPage(true));
        // the clerk corrects what the letter does not say plainly, and mistypes the date
        clerk.locator("#title").fill("对宁陕县第十八届人大六次会议第17号建议的复函");
        clerk.locator("#congressName").fill("宁陕县人民代表大会");
        clerk.locator("#date").fill("2021-02-30");
        clerk.locator("#replyText").fill("您提出的《关于拓宽麻庄村道路的建议》收悉，现答复如下：……");
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认入库")).click();

        assertThat(clerk.locator("[data-field=date] .field-error")).containsText("不是有效日期");
        assertThat(clerk.locator("#date")).hasValue("2021-02-30");
        assertThat(clerk.locator("#issuer")).hasValue("宁陕县交通运输局");
        clerk.locator("#date").fill("2021年6月28日");
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认入库")).click();

        assertThat(clerk.locator("h1")).hasText("对宁陕县第十八届人大六次会议第17号建议的复函");
        assertThat(clerk.locator("main")).containsText("宁陕县人民代表大会 十八届六次会议");
        menu(clerk, "历史复函");
        clerk.locator("input[name=text]").fill("麻庄村");
        clerk.locator("input[name=text]").press("Enter");
        assertThat(clerk.locator("#results")).containsText("共 1 件");
        assertThat(clerk.locator("#results")).containsText("宁交函〔2021〕141号");

        clerk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("建议列表")).click();
        clerk.waitForLoadState();   // the filter's change reaches htmx only once the page has loaded
        clerk.locator("select[name=status]").selectOption("ARCHIVED");
        Locator row = clerk.locator("#results tr", new Page.LocatorOptions().setHasText("关于拓宽麻庄村道路的建议"));
        assertThat(row).containsText("历史案卷");
        assertThat(row).containsText("侯怀菊");
        row.getByRole(AriaRole.LINK).first().click();
        assertThat(clerk.locator("[data-archived-case]")).containsText("宁交函〔2021〕141号");
        clerk.screenshot(new Page.ScreenshotOptions().setPath(FILES.resolve("archive-case.png")));
        logout(clerk);
    }
}
