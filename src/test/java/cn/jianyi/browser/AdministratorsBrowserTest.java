package cn.jianyi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.Workbooks;

/**
 * The three administrators' pages in Chromium on a desktop, on the demo data: the 系统管理员 adds a congress with a term
 * and a meeting, and a unit whose 机关代字 is refused beside the field (taken in the congress) before a good one; the
 * 安全管理员 lands on the accounts, creates one (a taken login refused beside its field, what was typed kept), resets
 * a password (shown once), unlocks a locked account and reads the security settings; the 审计管理员 lands on the audit
 * log, filters it to those changes and downloads them as Excel. Screenshots under target/screenshots.
 */
@Tag("browser")
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "jianyi.demo.enabled=true")
class AdministratorsBrowserTest extends ChromiumTest {

    private static final Path FILES = Paths.get("target", "screenshots");

    @Autowired JdbcClient jdbc;

    private static Locator form(Page page, String heading) {
        return page.locator("form:has(h2:text-is('" + heading + "'))");
    }

    private static void press(Locator scope, String name) {
        scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name)).click();
    }

    @Test
    @DisplayName("三员：系统管理员维护名录，安全管理员管理账号，审计管理员查询并导出审计日志")
    void theThreeAdministratorsDoTheirOwnWork() throws IOException {
        Page admin = loginAs("admin", false);
        menu(admin, "名录维护");
        Locator congress = form(admin, "新增人大");
        congress.locator("#name").fill("南昌市新建区联圩镇人民代表大会");
        congress.locator("#shortName").fill("联圩镇人大");
        congress.locator("#level").selectOption("TOWNSHIP");
        congress.locator("#replyCopyTo").fill("联圩镇人大主席团");
        press(congress, "新增人大");
        assertThat(admin.locator(".flash")).hasText("已新增南昌市新建区联圩镇人民代表大会。");
        Locator term = form(admin, "新增届次");
        term.locator("#termNumber").fill("1");
        term.locator("#firstYear").fill("2027");
        term.locator("#lastYear").fill("2031");
        press(term, "新增届次");
        assertThat(admin.locator(".flash")).containsText("已新增");
        Locator meeting = form(admin, "新增会议");
        meeting.locator("#number").fill("1");
        meeting.locator("#openedOn").fill("2027-01-12");
        press(meeting, "新增会议");
        assertThat(admin.locator(".flash")).hasText("已新增第1次会议。");

        admin.navigate(url("/directory/units"));
        Locator unit = form(admin, "新增承办单位");
        unit.locator("#congressId").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("南昌市新建区人民代表大会"));
        unit.locator("#fullName").fill("南昌市新建区统计局");
        unit.locator("#shortName").fill("区统计局");
        unit.locator("#docCode").fill("新卫提字");
        unit.locator("#phone").fill("0791-83754000");
        unit.locator("#postcode").fill("330100");
        press(unit, "新增承办单位");
        unit = form(admin, "新增承办单位");
        assertThat(unit.locator("div.has-error:has(#docCode) .field-error"))
                .hasText("机关代字“新卫提字”已由区卫健委使用，同一人大内不得重复。");
        assertThat(unit.locator("#fullName")).hasValue("南昌市新建区统计局");
        unit.locator("#docCode").scrollIntoViewIfNeeded();
        admin.screenshot(new Page.ScreenshotOptions().setPath(FILES.resolve("admin-unit-refused.png")));
        unit.locator("#docCode").fill("新统提字");
        press(unit, "新增承办单位");
        assertThat(admin.locator(".flash")).hasText("已新增南昌市新建区统计局。");
        logout(admin);

        jdbc.sql("update users set failed_attempts = 5, locked_until = ? where username = 'head2'")
                .param(java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(900))).update();
        Page security = loginAs("security", false, "账号管理");
        assertThat(security.locator("nav.nav")).not().containsText("建议列表");
        assertThat(security.locator("table.accounts tbody tr").first()).containsText("head2");
        security.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("新建账号")).click();
        security.locator("#username").fill("luoqing");
        security.locator("#displayName").fill("罗青");
        security.getByLabel("代表工作机构").check();
        press(security.locator("main"), "保存");
        assertThat(security.locator(".flash")).containsText("已创建账号 luoqing。临时口令：");
        security.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("新建账号")).click();
        security.locator("#username").fill("luoqing");
        security.locator("#displayName").fill("罗青二");
        security.getByLabel("督查室").check();
        press(security.locator("main"), "保存");
        assertThat(security.locator("div.has-error:has(#username) .field-error")).hasText("登录名“luoqing”已被使用。");
        assertThat(security.locator("#displayName")).hasValue("罗青二");
        assertThat(security.getByLabel("督查室")).isChecked();

        security.navigate(url("/accounts"));
        press(security.locator("tr:has(a:text-is('handler'))"), "重置口令");
        assertThat(security.locator(".flash")).containsText("已重置 handler 的口令。临时口令：");
        String once = security.locator(".flash").textContent();
        security.screenshot(new Page.ScreenshotOptions().setPath(FILES.resolve("security-accounts.png")));
        press(security.locator("tr:has(a:text-is('head2'))"), "解锁");
        assertThat(security.locator(".flash")).hasText("账号已解锁。");
        assertThat(security.locator("body")).not().containsText(once.substring(once.indexOf('：') + 1, once.indexOf('：') + 13));
        assertThat(security.locator("tr:has(a:text-is('head2'))")).not().containsText("已锁定");
        menu(security, "安全设置");
        assertThat(security.locator("tr:has-text('系统管理员可兼任安全管理员')")).containsText("否");
        logout(security);

        Page auditor = loginAs("auditor", false, "安全审计日志");
        assertThat(auditor.locator("nav.nav")).not().containsText("建议列表");
        auditor.locator("input[name=person]").fill("security");
        auditor.locator("select[name=kind]").selectOption("ACCOUNT_CHANGED");
        press(auditor.locator("form.filters"), "查询");
        Locator log = auditor.locator("table.audit-log");
        assertThat(log).containsText("luoqing");
        assertThat(log).containsText("head2");
        assertThat(log).not().containsText("登录失败");
        auditor.screenshot(new Page.ScreenshotOptions().setPath(FILES.resolve("auditor-log.png")));
        Download export = auditor.waitForDownload(() -> auditor.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("导出Excel")).click());
        assertThat(export.suggestedFilename()).endsWith(".xlsx");
        String rows = Workbooks.read(Files.readAllBytes(export.path())).toString();
        assertThat(rows).contains("luoqing").contains("head2").doesNotContain("LOGIN_FAILED");
    }
}
