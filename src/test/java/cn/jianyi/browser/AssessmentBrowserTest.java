package cn.jianyi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Paths;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import cn.jianyi.support.IntegrationTest;

/**
 * The congress office reads the unit assessment on a phone (375 px) in Chromium, on the demo data: the page does not
 * scroll sideways, the wide table scrolls inside its own box, and a count opens the cases behind it.
 */
@Tag("browser")
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "jianyi.demo.enabled=true")
class AssessmentBrowserTest extends ChromiumTest {

    @Test
    @DisplayName("办事员在手机上查看办理工作考评：表格在自身框内横向滚动，点击数字进入对应建议列表")
    void theClerkReadsTheAssessmentOnAPhone() {
        Page clerk = loginAs("clerk", true);
        menu(clerk, "办理工作考评");
        assertThat(clerk.locator("h1")).hasText("办理工作考评");
        assertThat(clerk.locator("p.formula")).containsText("总分 = 按期办复×30%");

        clerk.waitForLoadState();   // the stylesheet applied: measured before it, a busy machine saw 894 px
        int pageWidth = ((Number) clerk.evaluate("document.documentElement.scrollWidth")).intValue();
        org.assertj.core.api.Assertions.assertThat(pageWidth).as("the page does not scroll sideways")
                .isLessThanOrEqualTo(375);
        Locator box = clerk.locator(".table-wrap");
        int inner = ((Number) box.evaluate("e => e.scrollWidth")).intValue();
        int outer = ((Number) box.evaluate("e => e.clientWidth")).intValue();
        org.assertj.core.api.Assertions.assertThat(inner).as("the table scrolls inside its box").isGreaterThan(outer);

        clerk.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Paths.get("target", "screenshots", "assessment-375.png")));
        Locator onTime = clerk.locator("td.parts[data-component='TIMELINESS'] a").first();
        onTime.scrollIntoViewIfNeeded();
        String count = onTime.innerText();
        onTime.click();
        assertThat(clerk).hasURL(Pattern.compile(".*/dashboard/cases\\?figure=UNIT_ON_TIME&value=\\d+$"));
        assertThat(clerk.locator("main")).containsText("按期办复");
        assertThat(clerk.locator("main")).containsText("共 " + count + " 件");
        clerk.setViewportSize(1280, 900);
        clerk.navigate(url("/assessment"));
        clerk.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Paths.get("target", "screenshots", "assessment-1280.png")));
        logout(clerk);
    }
}
