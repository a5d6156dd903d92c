package cn.jianyi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import cn.jianyi.handling.ReplyQueries;
import cn.jianyi.identity.DataScope;
import cn.jianyi.suggestion.MeetingView;
import cn.jianyi.suggestion.Meetings;
import cn.jianyi.support.IntegrationTest;

/**
 * 会议答复函打包 in Chromium on the demo data: the clerk filters the list by 二届六次会议, follows the link to the export,
 * starts it, watches the progress bar (polled by htmx) reach every reply, and downloads one ZIP with a PDF, a DOCX and
 * an OFD of each signed reply and the 目录. The demo's sixth meeting has two signed replies: what the page does is the
 * same for two as for the fourth meeting's thirteen, and the ZIP's contents (the reference letter, a re-handled case's
 * two replies, drafts left out) are {@code MeetingExportTests}' (every letter rendered three times cost this walk
 * 30 s of CPU on two cores).
 */
@Tag("browser")
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "jianyi.demo.enabled=true")
class MeetingExportBrowserTest extends ChromiumTest {

    private static final Path SHOTS = Paths.get("target", "screenshots");

    @Autowired Meetings meetings;
    @Autowired ReplyQueries replyQueries;

    @Test
    @DisplayName("代表工作机构打包下载一次会议的全部答复函：进度条走完，下载ZIP")
    void theClerkDownloadsEveryReplyOfAMeetingAsOneZip() throws IOException {
        MeetingView meeting = meetings.all().stream().filter(m -> m.term() == 2 && m.meeting() == 6).findFirst()
                .orElseThrow();
        int replies = replyQueries.signedRepliesOfMeeting(meeting.id(), DataScope.all()).size();
        assertThat(replies).as("signed replies in the demo's 二届六次会议").isEqualTo(2);

        Page clerk = loginAs("clerk", false);
        clerk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("建议列表")).click();
        // htmx (deferred) listens for the filter's change once the page has loaded; a change before it is lost
        clerk.waitForLoadState();
        clerk.locator("select[name=meetingId]").selectOption(String.valueOf(meeting.id()));
        clerk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("打包下载本次会议答复函")).click();
        assertThat(clerk.locator("h1")).hasText("会议答复函打包");
        assertThat(clerk.locator("#meetingId option:checked")).hasText("南昌市新建区人民代表大会 二届六次会议");
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("开始打包")).click();

        var progress = clerk.locator("#export-progress");
        // one progress panel for every background job: the bar in percent, the count of replies beside it
        assertThat(progress.locator("progress")).hasAttribute("max", "100");
        assertThat(progress).containsText(" / " + replies + " 件答复函");
        shot(clerk, "export-01-started");
        assertThat(progress).hasAttribute("data-status", "DONE",
                new LocatorAssertions.HasAttributeOptions().setTimeout(180_000));
        assertThat(progress.locator("progress")).hasAttribute("value", "100");
        assertThat(progress).containsText("已生成 " + replies + " / " + replies + " 件答复函");
        assertThat(progress).containsText("打包完成：共 " + replies + " 件答复函");
        assertThat(progress).not().hasAttribute("hx-trigger", "every 1s");     // polling stopped
        shot(clerk, "export-02-done");

        Download download = clerk.waitForDownload(() -> clerk.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("下载 区人大二届六次会议答复函.zip")).click());
        assertThat(download.suggestedFilename()).isEqualTo("区人大二届六次会议答复函.zip");
        Path zip = SHOTS.resolve("区人大二届六次会议答复函.zip");
        Files.createDirectories(SHOTS);
        download.saveAs(zip);
        List<String> names = new ArrayList<>();
        try (var in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertThat(names).hasSize(3 * replies + 1).contains("目录.xlsx");
        for (String number : List.of("第021号建议-", "第022号建议-")) {
            assertThat(names).filteredOn(n -> n.startsWith(number)).as(number)
                    .anyMatch(n -> n.endsWith(".pdf")).anyMatch(n -> n.endsWith(".docx")).anyMatch(n -> n.endsWith(".ofd"));
        }

        clerk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("返回会议答复函打包")).click();
        assertThat(clerk.locator("[aria-labelledby=jobs-title]")).containsText("区人大二届六次会议");
        assertThat(clerk.locator("[aria-labelledby=jobs-title]")).containsText("已完成");
        logout(clerk);
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
