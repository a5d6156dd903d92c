package cn.jianyi.browser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import cn.jianyi.support.Lanes;

/**
 * A browser test class: sessions of the demo accounts in Debian's Chromium. One Chromium serves every browser test
 * class of a lane (launched for the first, closed when the run ends); each class closes the sessions it opened.
 * A page logged out is logged in again by the next {@link #loginAs} of the same viewport, with its cookies cleared:
 * a new browser context costs half a second on two cores, and a walk through the handling cycle logs in 19 times.
 * <p>
 * The browser classes run in browser lanes beside the other test classes ({@link Lanes}; ADR 0030, third and fourth
 * addenda): a browser test mostly waits for Chromium and the server, so lanes side by side fill two cores that one lane
 * left half idle. Each lane has its own Chromium (Playwright lets one thread at a time drive a browser), and its own
 * applications and databases; its classes run one after another.
 */
@Lanes.Browser
@ExtendWith(ChromiumTest.Launch.class)
@Execution(ExecutionMode.CONCURRENT)
abstract class ChromiumTest {

    private static final ExtensionContext.Namespace SHARED = ExtensionContext.Namespace.create(ChromiumTest.class);

    /** Each browser lane's Chromium, set by the first class of the lane. */
    private static final Map<String, Browser> BROWSERS = new java.util.concurrent.ConcurrentHashMap<>();

    /** This class's lane's Chromium (set as the instance is made, before any callback of the class). */
    Browser browser;

    @LocalServerPort
    int port;

    /**
     * Hands the class its lane's Chromium, launching it for the lane's first class (closed with the root store when
     * the run ends), and closes the sessions the class opened when it ends.
     */
    static final class Launch implements TestInstancePostProcessor, AfterAllCallback {

        @Override
        public void postProcessTestInstance(Object instance, ExtensionContext extension) {
            String lane = Lanes.laneOf(extension.getRequiredTestClass());
            ((ChromiumTest) instance).browser = BROWSERS.computeIfAbsent(lane, key -> extension.getRoot()
                    .getStore(SHARED).computeIfAbsent("chromium-" + key, name -> new Chromium(), Chromium.class)
                    .browser);
        }

        @Override
        public void afterAll(ExtensionContext extension) {
            Browser browser = BROWSERS.get(Lanes.laneOf(extension.getRequiredTestClass()));
            if (browser != null) {
                browser.contexts().forEach(BrowserContext::close);
            }
        }
    }

    /** Pages logged out, by viewport width, waiting for the next login of this class. */
    private final Map<Integer, Deque<Page>> loggedOut = new HashMap<>();

    Page loginAs(String username, boolean phone) {
        return loginAs(username, phone, "您好");
    }

    /** Logs in and waits for the home page's heading, for accounts whose home is another page. */
    Page loginAs(String username, boolean phone, String heading) {
        Page page = loggedOut.computeIfAbsent(width(phone), width -> new ArrayDeque<>()).poll();
        return Browsers.login(page != null ? page : Browsers.newPage(browser, phone), port, username, heading);
    }

    /**
     * Logs an account of the test's own in with its password (not a demo account's), on a page logged out before if
     * there is one, and leaves the page wherever the login leads (e.g. a forced password change).
     */
    /**
     * Accepts a confirmation dialog unless a handler the page already had accepted it (pages are reused after
     * logout, with their handlers).
     */
    static void acceptOnce(com.microsoft.playwright.Dialog dialog) {
        try {
            dialog.accept();
        } catch (RuntimeException alreadyHandled) {
            // another handler of the reused page accepted it
        }
    }

    Page signIn(String username, String password, boolean phone) {
        Page page = loggedOut.computeIfAbsent(width(phone), width -> new ArrayDeque<>()).poll();
        return Browsers.signIn(page != null ? page : Browsers.newPage(browser, phone), port, username, password);
    }

    void logout(Page page) {
        Browsers.logout(page);
        page.context().clearCookies();
        var viewport = page.viewportSize();
        if (viewport != null && (viewport.width == width(true) || viewport.width == width(false))) {
            loggedOut.computeIfAbsent(viewport.width, width -> new ArrayDeque<>()).add(page);
        } else {
            page.context().close();
        }
    }

    private static int width(boolean phone) {
        return phone ? 375 : 1280;
    }

    /** A home page's section (a card) by its heading. */
    static Locator section(Page page, String title) {
        return page.locator("section.card").filter(new Locator.FilterOptions()
                .setHas(page.locator("h2", new Page.LocatorOptions().setHasText(title))));
    }

    /**
     * Follows a link of the top bar's menu: opens the group that holds it first (layout.html's 受理登记, 统计督办, 文书,
     * 设置), as a person does, then clicks the link.
     */
    static void menu(Page page, String item) {
        Locator link = page.locator("nav.nav").getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(item).setExact(true).setIncludeHidden(true));
        Locator group = page.locator("nav.nav details.nav-group").filter(new Locator.FilterOptions()
                .setHas(page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                        new Page.GetByRoleOptions().setName(item).setExact(true).setIncludeHidden(true))));
        if (group.count() > 0 && group.first().getAttribute("open") == null) {
            group.first().locator("summary").click();
        }
        link.first().click();
    }

    /** The page fits a 375 px phone: nothing scrolls sideways but the boxes made to. */
    static void assertNoHorizontalScroll(Page page) {
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) width).intValue()).as("page width at 375 px")
                .isLessThanOrEqualTo(375);
    }

    /** What the walks must not show: axe-core's serious and critical findings (minor and moderate are not failures). */
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    /** axe-core's script, as Deque's Playwright binding ships it (ADR 0050). */
    private static final String AXE = axeScript();

    private static String axeScript() {
        try (var in = AxeBuilder.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            return new String(java.util.Objects.requireNonNull(in, "axe.min.js").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * axe-core (WCAG 2.0/2.1 A and AA rules and axe's best practices) finds no serious or critical violation on the
     * page as it stands (ADR 0050). The script goes into a page once (the DevTools protocol's evaluation, which the
     * site's Content-Security-Policy does not govern); each finding is named with its first elements.
     */
    @SuppressWarnings("unchecked")
    static void assertAccessible(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
            page.evaluate(AXE);
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate("""
                async () => (await axe.run(document, {runOnly: {type: 'tag', values:
                        ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}, resultTypes: ['violations']}))
                    .violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                        nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))}))""");
        List<String> blocking = new ArrayList<>();
        for (Map<String, Object> rule : violations) {
            if (BLOCKING.contains(rule.get("impact"))) {
                blocking.add(rule.get("id") + " (" + rule.get("impact") + "): " + rule.get("help") + " — "
                        + rule.get("nodes"));
            }
        }
        org.assertj.core.api.Assertions.assertThat(blocking).as("axe-core on %s (%s px)", page.url(),
                page.viewportSize() == null ? "?" : page.viewportSize().width).isEmpty();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Playwright and its Chromium for the whole run; JUnit closes them with the root store at the end. */
    private static final class Chromium implements AutoCloseable {

        private final Playwright playwright = Browsers.playwright();
        private final Browser browser = Browsers.chromium(playwright);

        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }
}
