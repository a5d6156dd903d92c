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
 * The administrator keeps a congress's handling rules in Chromium: a bad window is refused beside its field with what
 * was typed kept, then the 甲乙丙 scheme is saved as version 1 and the drafting unit is offered its classes.
 */
@Tag("browser")
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "jianyi.demo.enabled=true")
class RulesBrowserTest extends ChromiumTest {

    @Test
    @DisplayName("管理员修订办理规则：错误就地提示，保存为新版本，承办单位按新分类方案拟稿")
    void theAdministratorSavesANewVersionOfTheRules() {
        Page admin = loginAs("admin", false);
        // the menu's groups open from the keyboard and close with Escape
        admin.locator("nav.nav summary", new Page.LocatorOptions().setHasText("设置")).focus();
        admin.keyboard().press("Enter");
        assertThat(admin.locator("nav.nav").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("办理规则"))).isVisible();
        admin.keyboard().press("Escape");
        assertThat(admin.locator("nav.nav a", new Page.LocatorOptions().setHasText("办理规则"))).isHidden();
        menu(admin, "办理规则");
        assertThat(admin.locator("[aria-label='现行规则']")).containsText("全国基线");
        admin.locator("[id='reply.amount']").fill("");
        admin.locator("[id='returnWindow.amount']").fill("10");
        admin.locator("[id='returnWindow.unit']").selectOption("DAYS");
        admin.getByLabel("甲乙丙三类").check();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存为新版本")).click();
        assertThat(admin.locator("div.has-error:has([id='reply.amount']) .field-error")).hasText("请填写期限。");
        assertThat(admin.locator(".field-error")).hasCount(1);
        assertThat(admin.locator("[id='returnWindow.amount']")).hasValue("10");
        assertThat(admin.getByLabel("甲乙丙三类")).isChecked();
        org.assertj.core.api.Assertions.assertThat(admin.url()).as("the refused form is shown by GET")
                .contains("/rules?congressId=");

        admin.locator("[id='reply.amount']").fill("3");
        assertThat(admin.locator(".field-error")).isHidden();                // a changed field loses its refusal
        assertThat(admin.locator("[id='reply.amount']")).not().hasAttribute("aria-invalid", "true");
        admin.locator("#note").fill("按本区办法：退回申请10日内提出，分类用甲乙丙");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存为新版本")).click();
        assertThat(admin.locator(".flash")).hasText("办理规则已保存为第1版。");
        assertThat(admin.locator("[aria-label='现行规则']")).containsText("10日");
        assertThat(admin.locator("[aria-label='现行规则']")).containsText("丙：因上级政策或客观条件暂时不能解决");
        assertThat(admin.locator("[aria-label='历史版本']")).containsText("按本区办法");
        logout(admin);

        Page handler = loginAs("handler", false);
        handler.locator("section.card").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("待拟写答复")).locator("tbody a").first().click();
        handler.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("拟写答复")).click();
        assertThat(handler.getByLabel("甲类")).isVisible();
        assertThat(handler.getByLabel("乙类")).isVisible();
        assertThat(handler.getByLabel("D类")).hasCount(0);       // the national scheme's fourth class is gone
        logout(handler);
    }
}
