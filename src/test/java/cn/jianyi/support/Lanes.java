package cn.jianyi.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.parallel.ResourceLocksProvider;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The lanes the Spring test classes run in side by side (ADR 0030, third and fourth addenda). A lane runs its classes
 * one after another under a resource lock, on applications and databases of its own: each lane's property
 * ({@code jianyi.test.lane}) makes its configurations differ from every other lane's, so Spring's context cache keeps
 * one application per lane and configuration, and the per-class reset never empties a database another lane uses.
 * <ul>
 * <li>The browser classes ({@link Browser}) go to {@value #BROWSER_PROPERTY} lanes (default 1), each with a Chromium
 * of its own (Playwright drives a browser from one thread at a time).</li>
 * <li>The other classes share one lane, or {@value #PROPERTY} lanes when that system property asks for more.</li>
 * </ul>
 * A class goes to lane {@code hash(class name) mod N}, or the one it is pinned to ({@link Pin}): the same neighbours in
 * every run. The passes set the counts
 * (pom.xml): on two cores one lane of classes waited on the database or Chromium most of the time.
 */
public final class Lanes implements ResourceLocksProvider {

    /** How many lanes the classes other than the browser classes share (default 1). */
    public static final String PROPERTY = "jianyi.test.lanes";

    /** How many lanes the browser classes share (default 1). */
    public static final String BROWSER_PROPERTY = "jianyi.test.browser-lanes";

    /** A browser class: runs in a browser lane. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @Inherited
    public @interface Browser {
    }

    /**
     * Puts a long class in lane {@code value mod N} instead of its hash's: a few browser classes are most of their
     * lanes' time, and a hash can put them together.
     */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    public @interface Pin {
        int value();
    }

    /**
     * A class on the demo data that is not a browser class but runs in a browser lane when there are several (the H2
     * pass): it shares the browser classes' demo application there, and takes CPU-heavy work (rendering, sealing)
     * off the single lane of the other classes, which was the pass's longest by far (ADR 0030, seventh addendum).
     */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    public @interface BesideBrowsers {
    }

    /**
     * Classes (simple names, comma-separated) that a pass puts in its browser lane: on PostgreSQL the one browser
     * class (the first-run walk) left its lane a third shorter than the two others (ADR 0030, seventh addendum).
     */
    public static final String BESIDE_BROWSERS_PROPERTY = "jianyi.test.beside-browsers";

    static boolean besideBrowsers(Class<?> testClass) {
        String listed = System.getProperty(BESIDE_BROWSERS_PROPERTY, "");
        return java.util.Arrays.stream(listed.split(",")).map(String::strip)
                .anyMatch(name -> name.equals(testClass.getSimpleName()))
                || AnnotationSupport.isAnnotated(testClass, BesideBrowsers.class)
                && Integer.getInteger(BROWSER_PROPERTY, 1) > 1;
    }

    static int count() {
        return Integer.getInteger(PROPERTY, 1);
    }

    static boolean browser(Class<?> testClass) {
        return AnnotationSupport.isAnnotated(testClass, Browser.class);
    }

    /** The class's lane: {@code main}, {@code lane-k}, {@code browser} or {@code browser-k}. */
    public static String laneOf(Class<?> testClass) {
        boolean browser = browser(testClass) || besideBrowsers(testClass);
        int lanes = browser ? Integer.getInteger(BROWSER_PROPERTY, 1) : count();
        String name = browser ? "browser" : "main";
        if (lanes <= 1) {
            return name;
        }
        int slot = AnnotationSupport.findAnnotation(testClass, Pin.class).map(Pin::value)
                .orElseGet(() -> testClass.getName().hashCode());
        return (browser ? "browser-" : "lane-") + Math.floorMod(slot, lanes);
    }

    @Override
    public Set<Lock> provideForClass(Class<?> testClass) {
        return Set.of(new Lock(laneOf(testClass)));
    }

    /** Gives the application of a class outside the single default lane its lane's property. */
    public static final class Customizers implements ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                         List<ContextConfigurationAttributes> attributes) {
            String lane = laneOf(testClass);
            return lane.equals("main") ? null : new LaneProperty(lane);
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
