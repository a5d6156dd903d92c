package cn.jianyi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import cn.jianyi.support.IntegrationTest;

/** The deputy reads her notices and keeps her settings on a 375 px phone: nothing wider than the screen. */
@Tag("browser")
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "jianyi.demo.enabled=true")
class NotificationsBrowserTest extends ChromiumTest {

    private static final Path SHOTS = Paths.get("target", "screenshots");

    @Test
    @DisplayName("代表在手机上查看通知、打开案卷、修改通知设置")
    void theDeputyReadsHerNoticesAndKeepsHerSettingsOnAPhone() {
        Page phone = loginAs("deputy", true);
        assertThat(phone.locator(".nav-notices .count")).isVisible();
        phone.locator(".nav-notices").click();
        assertThat(phone.locator("h1")).hasText("通知");
        assertThat(phone.locator("li.notice.unread").first()).isVisible();
        fitsTheScreen(phone);
        phone.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("notifications-375.png")).setFullPage(false));

        var aboutACase = phone.locator("li.notice").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHas(phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查看案卷")))).first();
        String title = aboutACase.locator(".notice-title").textContent();
        aboutACase.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("查看案卷")).click();
        assertThat(phone).hasURL(java.util.regex.Pattern.compile(".*/suggestions/\\d+(/feedback)?$"));
        assertThat(title).contains("第");

        phone.navigate("http://localhost:" + port + "/settings/notifications");
        phone.locator("#email").fill("cheng@");
        phone.locator("#quietFrom").fill("22:00");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(phone.locator(".has-error .field-error").first()).containsText("请输入有效的电子邮箱地址");
        assertThat(phone.locator("#email")).hasValue("cheng@");
        fitsTheScreen(phone);
        phone.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("notification-settings-375.png"))
                .setFullPage(true));

        phone.locator("#email").fill("cheng.qinan@example.com");
        phone.locator("#notifyByEmail1").check();
        phone.locator("#quietUntil").fill("07:00");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(phone.locator(".flash")).hasText("通知设置已保存。");
        logout(phone);
    }

    @Test
    @DisplayName("代表在手机上从通知打开评价表：先看答复再评价，没有日期栏；案卷页和答复函页都能评价，征询意见表不逐字折行")
    void theDeputyRatesFromHerNoticeOnAPhone() {
        Page phone = loginAs("deputy", true);
        phone.navigate(url("/notifications"));
        phone.locator("li.notice").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("评价答复")).first().click();
        assertThat(phone).hasURL(java.util.regex.Pattern.compile(".*/suggestions/\\d+/feedback$"));
        assertThat(phone.locator("#letter")).isVisible();
        assertThat(phone.locator("#givenOn")).hasCount(0);
        assertThat(phone.locator("#letter").boundingBox().y).as("the reply before the ratings")
                .isLessThan(phone.locator("#rating").boundingBox().y);
        fitsTheScreen(phone);
        phone.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("deputy-rating-375.png")).setFullPage(true));

        phone.locator("section.card h2 a").first().click();
        assertThat(phone.locator("[data-story]")).containsText("请阅读答复后评价");
        assertThat(phone.locator("#reply #letter")).isVisible();
        fitsTheScreen(phone);
        assertThat(phone.evaluate("() => [...document.querySelectorAll('#letter .form th')].filter(th => "
                + "th.getBoundingClientRect().width < th.textContent.trim().length * parseFloat(getComputedStyle(th).fontSize) * 0.9)"
                + ".map(th => th.textContent)")).as("no label of the 征询意见表 one character per line")
                .asList().isEmpty();
        phone.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("deputy-case-375.png")).setFullPage(true));

        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("单独查看答复")).click();
        assertThat(phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("评价答复"))).isVisible();
        fitsTheScreen(phone);
        phone.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("deputy-reply-375.png")).setFullPage(true));
        logout(phone);
    }

    private static void fitsTheScreen(Page page) {
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue()).as("no sideways scrolling")
                .isLessThanOrEqualTo(375);
    }
}
