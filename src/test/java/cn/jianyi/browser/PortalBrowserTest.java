package cn.jianyi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import cn.jianyi.support.IntegrationTest;

/**
 * A visitor without login, on a 375 px phone, finds the demo's published reference case on the public portal by a
 * word of its reply, opens it and reads 新卫提字〔2024〕1号 and the reply's text; axe-core checks the list, the item and
 * the meeting page (ADR 0050, 0059). The clerk's part of the walk (prepare, publish, withdraw) joins this
 * class once the publication pages and the portal are merged.
 */
@Tag("browser")
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "jianyi.demo.enabled=true")
class PortalBrowserTest extends ChromiumTest {

    @Test
    @DisplayName("访客不登录，用手机检索“照护”，打开参考案件的公开答复，看到新卫提字〔2024〕1号")
    void aVisitorFindsTheReferenceCaseOnAPhone() {
        Page visitor = Browsers.newPage(browser, true);
        visitor.navigate(url("/public"));
        assertThat(visitor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("建议办理结果公开"))).isVisible();
        assertNoHorizontalScroll(visitor);
        assertAccessible(visitor);
        // the skip link is the first stop of the keyboard
        visitor.keyboard().press("Tab");
        assertThat(visitor.locator("a.skip")).isFocused();

        visitor.getByLabel("全文检索").fill("照护");
        visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("检索")).click();
        assertThat(visitor.locator(".count")).hasText("共1件");
        assertThat(visitor.locator(".snippet mark").first()).hasText("照护");
        assertNoHorizontalScroll(visitor);
        assertAccessible(visitor);

        visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("关于健全生育服务保障机制的建议")).click();
        assertThat(visitor.locator("h1")).hasText("关于健全生育服务保障机制的建议");
        assertThat(visitor.locator(".letter-number")).hasText("新卫提字〔2024〕1号");
        assertThat(visitor.locator(".letter")).containsText("健全生育服务保障机制，我区于2020年8月20日");
        assertThat(visitor.locator("main")).not().containsText("退出");
        assertNoHorizontalScroll(visitor);
        assertAccessible(visitor);

        visitor.locator(".crumbs a").nth(1).click();
        assertThat(visitor.locator("h1")).containsText("二届四次会议");
        assertNoHorizontalScroll(visitor);
        assertAccessible(visitor);
        visitor.context().close();
    }
}
