package cn.jianyi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import cn.jianyi.support.IntegrationTest;

/**
 * A visitor without login, on a 375 px phone, finds the demo's published reference case on the public portal by a
 * word of its reply, opens it and reads 新卫提字〔2024〕1号 and the reply's text; axe-core checks the list, the item and
 * the meeting page (ADR 0050, 0059). The walk: an administrator's rule (an automatic redaction) and the
 * clerk's mark (a manual one) on a pending reply, 部分公开; the visitor finds it by its title and meets neither removed
 * passage in the page, the PDF or the feed; the clerk withdraws it and it is gone everywhere (ADR 0057, 0059).
 */
@Tag("browser")
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "jianyi.demo.enabled=true")
class PortalBrowserTest extends ChromiumTest {

    @Autowired JdbcClient jdbc;

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

    @Test
    @DisplayName("办理结果公开全程：规则与人工各删一处，部分公开；访客用手机检索可见，删除内容不在页面、PDF和订阅中；撤回后处处消失")
    void theClerkPublishesInPartAndWithdraws() {
        // a pending reply of the 2026 meeting, and two passages of its text that nothing published holds
        var pending = jdbc.sql("""
                select p.id, s.title, r.body from publications p join replies r on r.id = p.reply_id
                  join suggestions s on s.id = p.suggestion_id where p.status = 'PENDING' order by p.id""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list().get(0);
        String id = pending[0];
        String title = pending[1];
        String body = pending[2];
        String byRule = passageAt(body, body.length() / 3);
        String byHand = passageAt(body, 2 * body.length() / 3);
        org.assertj.core.api.Assertions.assertThat(byRule).doesNotContain(byHand);

        Page admin = loginAs("admin", false);
        admin.navigate(url("/publication-rules"));
        admin.getByLabel("要删除的文字或正则表达式").fill(byRule);
        admin.getByLabel("理由").fill("当事人要求删除");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存规则")).click();
        assertThat(admin.locator("main table")).containsText(byRule);
        logout(admin);

        Page clerk = loginAs("clerk", false);
        clerk.navigate(url("/publications/" + id));
        assertThat(clerk.locator("mark").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(byRule))
                .first()).isVisible();                                      // the rule's match, highlighted
        clerk.getByLabel("要删除的文字").fill(byHand);
        clerk.getByLabel("删除理由类别").selectOption(new SelectOption().setLabel("个人隐私"));
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("删除这段文字")).click();
        assertThat(clerk.locator(".flash")).containsText("已删除这段文字");
        clerk.getByLabel("部分公开", new Page.GetByLabelOptions().setExact(true)).check();
        clerk.locator("#publication-decision ~ form [name=reason], form[action$='/decision'] textarea[name=reason]")
                .first().fill("涉及个人隐私的内容不予公开");
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("作出决定")).click();
        assertThat(clerk.locator(".flash")).isVisible();

        Page visitor = Browsers.newPage(browser, true);
        visitor.navigate(url("/public"));
        visitor.getByLabel("全文检索").fill(title);
        visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("检索")).click();
        visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).first().click();
        assertThat(visitor.locator("h1")).hasText(title);
        String item = visitor.url();
        String page = visitor.content();
        org.assertj.core.api.Assertions.assertThat(page).contains("[已删除]").doesNotContain(byRule).doesNotContain(byHand);
        String pdf = pdfText(visitor.request().get(item + "/reply.pdf").body());
        org.assertj.core.api.Assertions.assertThat(pdf.replaceAll("\\s+", "")).contains("[已删除]")
                .doesNotContain(byRule).doesNotContain(byHand);
        String feed = visitor.request().get(url("/public/feed.atom")).text();
        org.assertj.core.api.Assertions.assertThat(feed).contains(item).doesNotContain(byRule).doesNotContain(byHand);
        assertNoHorizontalScroll(visitor);

        clerk.navigate(url("/publications/" + id));
        clerk.getByLabel("撤回理由").fill("代表要求暂缓公开");
        clerk.onceDialog(dialog -> acceptOnce(dialog));                  // 撤回后公开文本立即下线，确定撤回吗？
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("撤回公开")).click();
        assertThat(clerk.locator(".flash")).hasText("已撤回公开。");
        logout(clerk);

        org.assertj.core.api.Assertions.assertThat(visitor.request().get(item).status()).isEqualTo(404);
        org.assertj.core.api.Assertions.assertThat(visitor.request().get(item + "/reply.pdf").status()).isEqualTo(404);
        org.assertj.core.api.Assertions.assertThat(visitor.request().get(url("/public/feed.atom")).text()).doesNotContain(item);
        visitor.navigate(url("/public"));
        visitor.getByLabel("全文检索").fill(title);
        visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("检索")).click();
        assertThat(visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))).hasCount(0);
        visitor.context().close();
    }

    /** Six characters of one paragraph, from {@code from} on: no line break or space inside. */
    private static String passageAt(String text, int from) {
        for (int at = from; at + 6 <= text.length(); at++) {
            String passage = text.substring(at, at + 6);
            if (passage.chars().noneMatch(Character::isWhitespace)) {
                return passage;
            }
        }
        throw new IllegalStateException("no passage of six characters after " + from);
    }

    private static String pdfText(byte[] pdf) {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
