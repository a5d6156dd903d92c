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

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import cn.jianyi.support.IntegrationTest;

/**
 * Issue 15 as people meet it, on the demo data: the database refuses writes (a check constraint added by the test,
 * as H2 2.4.240's broken ones refused every write after half an hour). The clerk registering a suggestion and the
 * deputy rating a reply on her phone get their form back with the message above it and everything they typed;
 * once the database takes writes again, the same button saves it.
 */
@Tag("browser")
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "jianyi.demo.enabled=true")
class DatabaseFaultBrowserTest extends ChromiumTest {

    private static final Path SHOTS = Paths.get("target", "screenshots");
    private static final String FAULT = "未能保存：数据库暂时无法写入，本次提交没有保存任何内容，您填写的内容仍在下方。";

    @Autowired JdbcClient jdbc;

    @Test
    @DisplayName("数据库拒绝写入时，登记表和手机上的评价表原样保留并提示；恢复后再提交即保存")
    void formsSurviveADatabaseThatRefusesWrites() throws IOException {
        Page clerk = loginAs("clerk", false);
        clerk.navigate(url("/suggestions/new"));
        clerk.locator("#title").fill("关于在数据库故障时保留已填内容的建议");
        clerk.locator("#content").fill("代表花了半小时写下的建议内容，一个字也不能丢。");
        clerk.locator("#leadDeputyId").selectOption(new String[] {"1"});
        clerk.locator("#category").selectOption("OTHER");
        String number = clerk.locator("#number").inputValue();
        long suggestions = count("suggestions");

        trap("suggestions", "title <> '关于在数据库故障时保留已填内容的建议'");
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记")).click();
        assertThat(clerk.locator("form .alert")).containsText(FAULT);
        assertThat(clerk.locator("form .alert")).containsText("错误编号");
        assertThat(clerk.locator("#title")).hasValue("关于在数据库故障时保留已填内容的建议");
        assertThat(clerk.locator("#content")).hasValue("代表花了半小时写下的建议内容，一个字也不能丢。");
        assertThat(clerk.locator("#number")).hasValue(number);
        assertThat(clerk.locator("#category")).hasValue("OTHER");
        shot(clerk, "database-fault-01-registration");
        assertThat(count("suggestions")).isEqualTo(suggestions);

        release("suggestions");
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记")).click();
        assertThat(clerk.locator(".flash")).hasText("第" + number + "号建议已登记。");
        assertThat(clerk.locator("h1")).containsText("关于在数据库故障时保留已填内容的建议");

        long toRate = jdbc.sql("select s.id from suggestions s join meetings m on m.id = s.meeting_id"
                        + " where s.number = 25 and m.number = 4").query(Long.class).single();
        Page phone = loginAs("deputy", true);
        phone.navigate(url("/suggestions/" + toRate + "/feedback"));
        for (String rating : new String[] {"satisfaction", "resultRating", "attitudeRating"}) {
            phone.locator("input[name=" + rating + "][value=BASICALLY_SATISFIED]").check();
        }
        phone.locator("#comment").fill("希望继续跟踪落实，年底前再向我反馈一次。");
        trap("feedbacks", "comment is null or comment <> '希望继续跟踪落实，年底前再向我反馈一次。'");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交评价")).click();
        assertThat(phone.locator("form .alert")).containsText(FAULT);
        assertThat(phone.locator("#comment")).hasValue("希望继续跟踪落实，年底前再向我反馈一次。");
        assertThat(phone.locator("input[name=satisfaction][value=BASICALLY_SATISFIED]")).isChecked();
        phone.waitForLoadState();
        assertThat(((Number) phone.evaluate("document.documentElement.scrollWidth")).intValue())
                .isLessThanOrEqualTo(375);
        shot(phone, "database-fault-02-feedback-on-phone");

        release("feedbacks");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交评价")).click();
        assertThat(phone.locator(".flash")).hasText("感谢您的评价。");
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private void trap(String table, String condition) {
        jdbc.sql("alter table " + table + " add constraint test_fault_" + table + " check (" + condition + ")")
                .update();
    }

    private void release(String table) {
        jdbc.sql("alter table " + table + " drop constraint test_fault_" + table).update();
    }

    private static void shot(Page page, String name) throws IOException {
        Files.createDirectories(SHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
