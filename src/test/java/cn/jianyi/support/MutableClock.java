package cn.jianyi.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Import into an {@link IntegrationTest} where time must move: the application's clock stands still (at
 * {@link FixedClock#NOW} to begin with) until the test sets or advances it, in the congress's time zone. Autowire
 * {@link Control} to move it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MutableClock {

    public static final ZoneId ZONE = FixedClock.ZONE;

    /**
     * The property every class importing this clock sets, so that all of them share one application (one start per
     * lane instead of two): the daily 督办提醒 does not run by itself while a test moves the clock; the tests that
     * need it run it (DeadlineRemindersTests).
     */
    public static final String PROPERTIES = "jianyi.deadlines.reminders-enabled=false";

    @Bean
    Control clockControl() {
        return new Control(FixedClock.NOW);
    }

    @Bean
    @Primary
    Clock mutableClock(Control control) {
        return control.clock;
    }

    /** Moves the application's clock. */
    public static final class Control {

        private final Instant start;
        private final AtomicReference<Instant> now;
        private final Clock clock;

        Control(Instant start) {
            this.start = start;
            now = new AtomicReference<>(start);
            clock = new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZONE;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return Clock.fixed(now.get(), zone);
                }

                @Override
                public Instant instant() {
                    return now.get();
                }
            };
        }

        /** Back to where the clock started (the next test class that shares the application). */
        public void reset() {
            now.set(start);
        }

        /** Sets the clock to a local date and time in the congress's time zone. */
        public void setLocal(LocalDateTime local) {
            now.set(local.atZone(ZONE).toInstant());
        }

        public void set(Instant instant) {
            now.set(instant);
        }

        public void advance(Duration duration) {
            now.updateAndGet(instant -> instant.plus(duration));
        }

        public Instant now() {
            return now.get();
        }
    }
}
