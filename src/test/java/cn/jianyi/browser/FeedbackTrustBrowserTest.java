package cn.jianyi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.Lanes;
import cn.jianyi.support.TestWorld;

/**
 * Feedback that can be trusted, in Chromium: an answer given in the unit's own browser right after the signing is
 * flagged for the supervision office with its reasons; the deputy corrects her answer on her phone (375 px) — the old
 * one kept and marked; the office records a paper form only once its scan is attached.
 */
@Tag("browser")
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Lanes.Pin(1)   // beside the handling-flow walk's lane (ADR 0030)
class FeedbackTrustBrowserTest extends ChromiumTest {

    private static final Path SHOTS = Paths.get("target", "screenshots");

    @Autowired ApplicationContext context;

    @Test
    @DisplayName("被满意提示、代表在手机上更正评价、凭扫描件录入纸质意见表")
    void feedbackThatCanBeTrusted() throws IOException {
        TestWorld world = TestWorld.create(context);
        long flagged = world.replied(1);
        long onPaper = world.replied(2);

        // The unit's machine: the handler works on the case, logs out, and the "deputy's" answer is given right there.
        Page unitsMachine = open("handler", false);
        unitsMachine.navigate(url("/suggestions/" + flagged));
        unitsMachine.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退出")).click();
        login(unitsMachine, "deputy");
        unitsMachine.navigate(url("/suggestions/" + flagged + "/feedback"));
        for (String rating : new String[] {"satisfaction", "resultRating", "attitudeRating"}) {
            unitsMachine.locator("input[name=" + rating + "][value=SATISFIED]").check();
        }
        unitsMachine.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交评价")).click();
        assertThat(unitsMachine.locator(".flash")).hasText("感谢您的评价。");
        unitsMachine.context().close();

        // The deputy, on her phone, corrects the answer: a new record, the old one kept and marked.
        Page phone = open("deputy", true);
        phone.navigate(url("/suggestions/" + flagged));
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("更正评价")).click();
        phone.locator("input[name=satisfaction][value=BASICALLY_SATISFIED]").check();
        phone.locator("input[name=resultRating][value=BASICALLY_SATISFIED]").check();
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交更正")).click();
        assertThat(phone.locator(".has-error .field-error")).containsText("请写明更正的理由。");
        phone.locator("#correctionReason").fill("道路已修好一半，实事求是改为基本满意");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交更正")).click();
        assertThat(phone.locator(".flash")).hasText("评价已更正，原评价已保留。");
        var answers = phone.locator("[aria-label=代表评价]");
        assertThat(answers).containsText("已更正");
        assertThat(answers).containsText("更正，理由：道路已修好一半，实事求是改为基本满意");
        shot(phone, "feedback-01-corrected-on-phone");

        // The supervision office sees why the first answer is doubtful.
        Page supervisor = open("supervisor", false);
        menu(supervisor, "评价异常");
        assertThat(supervisor.locator("h1")).hasText("评价异常提示");
        assertThat(supervisor.locator("table")).containsText("与承办单位同一浏览器");
        assertThat(supervisor.locator("table")).containsText("与承办单位同一地址");
        assertThat(supervisor.locator("table")).containsText("签发后立即评价");
        assertThat(supervisor.locator("table")).containsText("程绮南");
        shot(supervisor, "feedback-02-flags");

        // The office records a paper form: refused without its scan, then recorded with it.
        Page clerk = open("clerk", false);
        clerk.navigate(url("/suggestions/" + onPaper));
        clerk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("录入纸质意见表")).click();
        clerk.locator("#deputyId").selectOption(String.valueOf(world.cheng.id()));
        for (String rating : new String[] {"satisfaction", "resultRating", "attitudeRating"}) {
            clerk.locator("input[name=" + rating + "][value=SATISFIED]").check();
        }
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("录入")).click();
        assertThat(clerk.locator(".has-error .field-error")).containsText("必须上传纸质意见表的扫描件。");
        clerk.locator("#scan").setInputFiles(scan());
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("录入")).click();
        assertThat(clerk.locator(".flash")).hasText("纸质意见表已录入。");
        assertThat(clerk.locator("[aria-label=代表评价]")).containsText("纸质意见表");
        assertThat(clerk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("查看扫描件"))).isVisible();
        shot(clerk, "feedback-03-paper-form");
    }

    /** A fresh browser (desktop or 375 px phone) with the TestWorld account logged in. */
    private Page open(String username, boolean phone) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(phone ? 375 : 1280,
                phone ? 812 : 900).setLocale("zh-CN")).newPage();
        login(page, username);
        return page;
    }

    private void login(Page page, String username) {
        page.navigate(url("/login"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(TestWorld.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        assertThat(page.locator("h1")).containsText("您好");
    }

    private static Path scan() throws IOException {
        Files.createDirectories(SHOTS);
        Path file = SHOTS.resolve("意见表扫描件.png");
        ImageIO.write(new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB), "PNG", file.toFile());
        return file;
    }

    private static void shot(Page page, String name) throws IOException {
        Files.createDirectories(SHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
