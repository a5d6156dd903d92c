package cn.jianyi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Demo data and the demo logins follow the database: on with the embedded H2 default, off on PostgreSQL unless
 * {@code JIANYI_DEMO=true}, whether or not the {@code postgres} profile is active. Read from the application's own
 * settings files, as a run reads them.
 */
class DemoDefaultsTests {

    @Test
    void postgresqlWithoutJianyiDemoHasNoDemo() {
        assertDemo(false, "--JIANYI_DB_URL=jdbc:postgresql://localhost:5432/jianyi");
        assertDemo(false, "--spring.profiles.active=postgres");
        assertDemo(false, "--JIANYI_DB_URL=jdbc:postgresql://db:5432/jianyi", "--spring.profiles.active=postgres");
    }

    @Test
    void jianyiDemoTurnsItOnOrOffAnywhere() {
        assertDemo(true, "--JIANYI_DB_URL=jdbc:postgresql://localhost:5432/jianyi", "--JIANYI_DEMO=true");
        assertDemo(true, "--spring.profiles.active=postgres", "--JIANYI_DEMO=true");
        assertDemo(false, "--JIANYI_DB_URL=jdbc:h2:mem:demo-defaults", "--JIANYI_DEMO=false");
    }

    @Test
    void theEmbeddedDatabaseKeepsTheDemo() {
        assertDemo(true, "--JIANYI_DB_URL=jdbc:h2:mem:demo-defaults");
    }

    private static void assertDemo(boolean on, String... args) {
        var application = new SpringApplication(Nothing.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (var context = application.run(args)) {
            Environment environment = context.getEnvironment();
            assertThat(environment.getProperty("jianyi.demo.enabled", Boolean.class)).as("demo data").isEqualTo(on);
            assertThat(environment.getProperty("jianyi.security.demo-accounts", Boolean.class)).as("demo logins")
                    .isEqualTo(on);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Nothing {
    }
}
