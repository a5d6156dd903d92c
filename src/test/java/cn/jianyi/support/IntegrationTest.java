package cn.jianyi.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;

/**
 * A test against the whole application and a real database; every Spring-context test uses it. Runs twice in the
 * build: on H2, then again on embedded PostgreSQL ({@link TestDatabases}, surefire execution {@code postgres}).
 * Classes of the same configuration share one running application (Spring's context cache), and each class starts
 * on the database a freshly started application has ({@link FreshDatabase}). Demo data is off unless the test
 * sets {@code jianyi.demo.enabled=true} in {@link #properties()}; tests build what they need through the use cases.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("integration")
@SpringBootTest
@ExtendWith(FreshDatabase.class)
public @interface IntegrationTest {

    /** Extra test properties, e.g. {@code jianyi.demo.enabled=true}. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};

    /** {@code RANDOM_PORT} for tests that talk HTTP to a running server. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "webEnvironment")
    SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;
}
