package cn.jianyi.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * A browser test class: sessions of the demo accounts in Debian's Chromium. One Chromium serves every browser test
 * class of the run (launched by the first, closed when the run ends); each class closes the sessions it opened.
 */
@ExtendWith(ChromiumTest.Launch.class)
abstract class ChromiumTest {

    private static final ExtensionContext.Namespace SHARED = ExtensionContext.Namespace.create(ChromiumTest.class);

    static Browser browser;

    @LocalServerPort
    int port;

    /** Hands the class the run's Chromium, launching it for the first browser class. */
    static final class Launch implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext extension) {
            browser = extension.getRoot().getStore(SHARED)
                    .computeIfAbsent(Chromium.class, key -> new Chromium(), Chromium.class).browser;
        }
    }

    @AfterAll
    static void closeSessions() {
        if (browser != null) {
            browser.contexts().forEach(BrowserContext::close);
        }
    }

    Page loginAs(String username, boolean phone) {
        return Browsers.login(browser, port, username, phone);
    }

    void logout(Page page) {
        Browsers.logout(page);
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
