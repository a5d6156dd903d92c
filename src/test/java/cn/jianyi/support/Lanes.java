package cn.jianyi.support;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.ResourceLocksProvider;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The lanes the Spring test classes run in side by side (ADR 0030, fourth addendum). The browser classes have one lane
 * of their own ({@code browser}, declared on {@code ChromiumTest}). The other classes share one lane, unless the
 * system property {@value #PROPERTY} asks for more: then each class goes to lane {@code hash(class name) mod N}, each
 * lane under its own resource lock (so its classes run one after another) and with applications and databases of
 * its own (the lane's property makes each lane's configuration differ, so Spring's context cache keeps one
 * application per lane and configuration, and the per-class reset never empties a database another lane is using).
 * The PostgreSQL pass uses two: on two cores it was one lane waiting on the database most of the time.
 */
public final class Lanes implements ResourceLocksProvider {

    /** How many lanes the classes other than the browser classes share (default 1). */
    public static final String PROPERTY = "jianyi.test.lanes";

    /** The browser classes' lane and resource lock. */
    public static final String BROWSER = "browser";

    static int count() {
        return Integer.getInteger(PROPERTY, 1);
    }

    static boolean browser(Class<?> testClass) {
        return AnnotationSupport.findRepeatableAnnotations(testClass, ResourceLock.class).stream()
                .anyMatch(lock -> BROWSER.equals(lock.value()));
    }

    /** The lane of a class that is not a browser class. */
    static String laneOf(Class<?> testClass) {
        int lanes = count();
        return lanes <= 1 ? "main" : "lane-" + Math.floorMod(testClass.getName().hashCode(), lanes);
    }

    @Override
    public Set<Lock> provideForClass(Class<?> testClass) {
        return browser(testClass) ? Set.of() : Set.of(new Lock(laneOf(testClass)));
    }

    /** Gives the application of a class in a lane other than the single default one its lane's property. */
    public static final class Customizers implements ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                         List<ContextConfigurationAttributes> attributes) {
            return count() <= 1 || browser(testClass) ? null : new LaneProperty(laneOf(testClass));
        }
    }

    /** Equal for the classes of one lane: part of the context cache's key. */
    record LaneProperty(String lane) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("jianyi-test-lane", Map.of("jianyi.test.lane", lane)));
        }
    }
}
