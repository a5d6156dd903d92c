package cn.jianyi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

/**
 * Headless Chromium for the browser tests (Debian's {@code chromium-headless-shell}: the same Blink and V8 as the
 * browser, without the browser's window machinery), and logging in and out as a demo account.
 */
final class Browsers {

    static final String PASSWORD = "jianyi-demo";

    private Browsers() {
    }

    static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** Debian's headless shell, the binary itself (its {@code /usr/bin} name is a wrapper script). */
    static final String HEADLESS_SHELL = "/usr/lib/chromium/chromium-headless-shell";

    /**
     * The headless shell with the compositor in the browser process (no GPU process): on the handling-flow walk
     * Chromium's CPU fell from 70 s (the full browser in its new headless mode) to 45 s (ADR 0030, sixth addendum).
     */
    static Browser chromium(Playwright playwright) {
        // the headless shell now and then exits right after its launch when two lanes start theirs at once (seen as
        // TargetClosedError before the first page): a second launch has always come up
        for (int attempt = 1; ; attempt++) {
            try {
                return launch(playwright);
            } catch (com.microsoft.playwright.PlaywrightException e) {
                if (attempt == 3) {
                    throw e;
                }
                System.err.println("Chromium did not come up (attempt " + attempt + "): " + e.getMessage().lines()
                        .findFirst().orElse(""));
                try {
                    Thread.sleep(500L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(HEADLESS_SHELL))
                .setHeadless(true)
                .setArgs(List.of("--headless=old", "--no-sandbox", "--disable-gpu", "--in-process-gpu",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run")));
    }

    /** A page in a new browser context (its own cookies), on a desktop or a 375 px phone viewport. */
    static Page newPage(Browser browser, boolean phone) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(phone ? 375 : 1280, phone ? 812 : 900)
                .setLocale("zh-CN"));
        return context.newPage();
    }

    /** Logs the account in on the login page, as a person does, and waits for the home page. */
    static Page login(Page page, int port, String username) {
        return login(page, port, username, "您好");
    }

    /**
     * Logs the account in and waits for its home page's heading (the security and audit administrators land on
     * their own pages, 账号管理 and 安全审计日志).
     */
    static Page login(Page page, int port, String username, String heading) {
        signIn(page, port, username, PASSWORD);
        assertThat(page.locator("h1")).containsText(heading);
        return page;
    }

    /** Submits the login page with the account's password, without waiting for any page in particular. */
    static Page signIn(Page page, int port, String username, String password) {
        page.navigate("http://localhost:" + port + "/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        return page;
    }

    /** Logs out with the 退出 button; the page stays open, on the login page, without a session. */
    static void logout(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退出")).click();
        assertThat(page.locator(".flash")).hasText("您已安全退出。");
    }
}
