package cn.jianyi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import cn.jianyi.identity.AccountContact;
import cn.jianyi.identity.Directory;
import cn.jianyi.identity.Role;
import cn.jianyi.supervision.DeadlineMonitor;
import cn.jianyi.supervision.DeadlineReminders;
import cn.jianyi.supervision.DeadlineState;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.Workbooks;

/**
 * 督办提醒 in Chromium on the demo data, today: the daily job runs (as the scheduler would at 08:30); the handler of a
 * unit with an overdue task finds the reminder among the notices on a phone and opens the case, whose timeline records
 * it; the supervisor finds the escalation, opens the 督办台账 from the menu and exports it to Excel; a second run sends
 * nothing more. The demo's 2026 meeting has tasks assigned on 2026-03-10 that are never answered, so some task is
 * overdue on any day this test runs; which one is read from the deadline monitor, not assumed.
 */
@Tag("browser")
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "jianyi.demo.enabled=true")
class RemindersBrowserTest extends ChromiumTest {

    @Autowired DeadlineReminders reminders;
    @Autowired DeadlineMonitor monitor;
    @Autowired Directory directory;

    @Test
    @DisplayName("每日督办提醒：承办人在手机上收到提醒并打开案卷，流转记录有督办提醒；督查室收到报告，查看并导出督办台账；再次运行不重复提醒")
    void theUnitIsRemindedAndTheSupervisorSeesTheLedger() {
        List<DeadlineMonitor.LedgerRow> ledger = monitor.ledger(null);
        DeadlineMonitor.LedgerRow overdue = ledger.stream()
                .filter(r -> r.deadline().state() == DeadlineState.OVERDUE
                        || r.deadline().state() == DeadlineState.LONG_OVERDUE)
                .findFirst().orElseThrow(() -> new AssertionError("the demo data has an overdue task"));
        String handler = directory.accountsOfUnits(List.of(overdue.deadline().task().unitId())).stream()
                .filter(a -> a.has(Role.HANDLER)).map(AccountContact::username).findFirst().orElseThrow();

        int sent = reminders.runLocked().orElseThrow();
        org.assertj.core.api.Assertions.assertThat(sent).as("one reminder per warned task").isEqualTo(ledger.size());

        Page unit = loginAs(handler, true);
        assertThat(unit.locator(".nav-notices .count")).isVisible();
        unit.locator(".nav-notices").click();
        String stage = overdue.deadline().state() == DeadlineState.OVERDUE ? "已超期" : "严重超期";
        Locator notice = unit.locator("li.notice", new Page.LocatorOptions().setHasText(overdue.title()))
                .filter(new Locator.FilterOptions().setHasText(stage));
        assertThat(notice.first()).containsText("第" + overdue.number() + "号建议《" + overdue.title() + "》");
        assertThat(notice.first()).containsText("请尽快办理");
        notice.first().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("查看案卷")).click();
        assertThat(unit).hasURL(java.util.regex.Pattern.compile(".*/suggestions/" + overdue.suggestionId() + "$"));
        assertThat(unit.locator("main")).containsText("督办提醒");
        assertThat(unit.locator("main")).containsText("已提醒并报督查室");
        logout(unit);

        Page supervisor = loginAs("supervisor", false);
        supervisor.locator(".nav-notices").click();
        assertThat(supervisor.locator("li.notice", new Page.LocatorOptions().setHasText(overdue.title()))
                .filter(new Locator.FilterOptions().setHasText("督办提醒：" + overdue.unitName())).first())
                .containsText(stage);
        menu(supervisor, "督办台账");
        assertThat(supervisor.locator("h1")).hasText("督办台账");
        assertThat(supervisor.locator("tr.deadline-row")).hasCount(ledger.size());
        assertThat(supervisor.locator("tr.deadline-row", new Page.LocatorOptions().setHasText(overdue.title()))
                .first()).containsText(overdue.unitName());
        Download export = supervisor.waitForDownload(() -> supervisor.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("导出Excel")).click());
        org.assertj.core.api.Assertions.assertThat(export.suggestedFilename()).startsWith("督办台账-").endsWith(".xlsx");
        byte[] bytes;
        try (var in = export.createReadStream()) {
            bytes = in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<List<Object>> rows = Workbooks.read(bytes).get("督办台账");
        org.assertj.core.api.Assertions.assertThat(rows).hasSize(1 + ledger.size());
        org.assertj.core.api.Assertions.assertThat(rows).anySatisfy(r -> org.assertj.core.api.Assertions
                .assertThat(r.subList(0, 3)).containsExactly(overdue.unitName(), (long) overdue.number(),
                        overdue.title()));
        logout(supervisor);

        // the lock is held a while after a run (lockAtLeastFor), so a second scheduled run is a no-op anyway; even
        // without the lock nothing is reminded twice
        org.assertj.core.api.Assertions.assertThat(reminders.runLocked()).as("the lock is still held").isEmpty();
        org.assertj.core.api.Assertions.assertThat(reminders.remindDue()).as("nothing is reminded twice").isZero();
    }
}
