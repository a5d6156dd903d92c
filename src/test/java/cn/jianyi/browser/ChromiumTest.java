package cn.jianyi.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/** A browser test class: Debian's Chromium launched once for the class, and sessions of the demo accounts. */
abstract class ChromiumTest {

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() {
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
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
}
