package cn.jianyi.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;

/**
 * A test against the whole application and a real database; every Spring-context test uses it. Runs twice in the
 * build: on H2, then again on embedded PostgreSQL ({@link TestDatabases}, surefire execution {@code postgres}).
 * Classes of the same configuration share one running application (Spring's context cache), and each class starts
 * on the database a freshly started application has ({@link FreshDatabase}). Demo data is off unless the test
 * sets {@code jianyi.demo.enabled=true} in {@link #properties()}; tests build what they need through the use cases.
 * Each class runs in a lane ({@link Lanes}): one after another with the classes of its lane.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("integration")
@SpringBootTest
@ExtendWith(FreshDatabase.class)
@ResourceLock(providers = Lanes.class)
public @interface IntegrationTest {

    /** Extra test properties, e.g. {@code jianyi.demo.enabled=true}. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};

    /**
     * Every test gets a running server on a random port, whether it talks HTTP or not: one configuration instead of
     * two, so a class that calls the use cases and one that sends requests share one application (a start costs
     * two to eight seconds; the server's own start a fraction of one).
     */
    @AliasFor(annotation = SpringBootTest.class, attribute = "webEnvironment")
    SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.RANDOM_PORT;
}
