package cn.jianyi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.WebClient;

/**
 * Demo logins work only while demo data is on: with the setting off, the seeded demo accounts cannot log in, and are
 * answered as a wrong password is (a disabled account does not tell that it exists).
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"jianyi.demo.enabled=true", "jianyi.security.demo-accounts=false"})
class DemoAccountsTests {

    @LocalServerPort int port;

    @Test
    void demoLoginsAreRefusedWhenDemoAccountsAreOff() {
        var response = new WebClient(port).login("clerk", DemoData.PASSWORD);
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login?error=bad");
    }
}
