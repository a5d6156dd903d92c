package cn.jianyi.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A test against the whole application and a real database. Runs twice in the build: on H2, then on embedded
 * PostgreSQL ({@link TestDatabases}). Demo data is off: tests build what they need through the use cases. Each
 * test class gets its own context and database, closed after the class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("integration")
@SpringBootTest(properties = "jianyi.demo.enabled=false")
@DirtiesContext
public @interface IntegrationTest {
}
