package cn.jianyi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;

import cn.jianyi.support.IntegrationTest;

/**
 * The congress office reads the statistics on a phone (375 px) in Chromium, on the demo data: the cards stack, the
 * charts are drawn by ECharts served from the webjar, the numerator of 办复率 opens the cases behind it, and a click
 * on a slice of the class chart opens that class's cases.
 */
@Tag("browser")
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "jianyi.demo.enabled=true")
class DashboardBrowserTest extends ChromiumTest {

    @Test
    @DisplayName("办事员在手机上查看统计分析：点击办复率的分子和分类图的扇区，进入对应建议列表")
    void theClerkOpensTheCasesBehindAFigure() {
        Page clerk = loginAs("clerk", true);
        clerk.locator("nav.nav summary", new Page.LocatorOptions().setHasText("统计督办")).click();
        assertNoHorizontalScroll(clerk);                                    // the open group fits the phone too
        menu(clerk, "统计分析");
        assertThat(clerk.locator("h1")).hasText("统计分析");

        Locator cards = clerk.locator(".stat-cards .card");
        BoundingBox first = cards.nth(0).boundingBox();
        BoundingBox second = cards.nth(1).boundingBox();
        org.assertj.core.api.Assertions.assertThat(second.y).as("cards stack at 375 px").isGreaterThan(first.y);
        org.assertj.core.api.Assertions.assertThat(first.width).isLessThanOrEqualTo(375);
        assertThat(clerk.locator("[data-chart='classes'] canvas")).hasCount(1);

        Locator replied = cards.filter(new Locator.FilterOptions().setHasText("办复率"));
        String numerator = replied.locator(".fraction a").first().innerText();
        replied.locator(".fraction a").first().click();
        assertThat(clerk).hasURL(Pattern.compile(".*/dashboard/cases\\?figure=REPLIED$"));
        assertThat(clerk.locator("main")).containsText("已办复");
        assertThat(clerk.locator("main")).containsText("共 " + numerator + " 件");
        if (!numerator.equals("0")) {
            assertThat(clerk.locator("tbody tr")).hasCount(Integer.parseInt(numerator));
        }

        clerk.navigate(url("/dashboard"));
        Locator pie = clerk.locator("[data-chart='classes']");
        pie.scrollIntoViewIfNeeded();
        assertThat(pie).hasAttribute("data-drawn", "true");          // the slices stand still
        BoundingBox box = pie.boundingBox();
        double ring = Math.min(box.width, box.height) / 2 * 0.5;   // between the inner 35 % and outer 65 % radius
        pie.click(new Locator.ClickOptions().setPosition(box.width / 2 + ring, box.height / 2));
        assertThat(clerk).hasURL(Pattern.compile(".*/dashboard/cases\\?figure=CLASS&value=[A-D]$"));
        assertThat(clerk.locator("main")).containsText("答复分类");
        logout(clerk);
    }
}
