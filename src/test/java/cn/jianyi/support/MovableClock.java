package cn.jianyi.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Import into an {@link IntegrationTest} where time must pass (a cut-off, quiet hours): the application's clock starts
 * at {@link FixedClock#NOW} and moves only when the test {@linkplain Hand#advance(Duration) advances} it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MovableClock {

    @Bean
    @Primary
    Hand movableClock() {
        return new Hand(FixedClock.NOW, FixedClock.ZONE);
    }

    /** The clock itself: autowire it to move time on. */
    public static final class Hand extends Clock {

        private final AtomicReference<Instant> now;
        private final ZoneId zone;

        Hand(Instant start, ZoneId zone) {
            this.now = new AtomicReference<>(start);
            this.zone = zone;
        }

        private Hand(AtomicReference<Instant> now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        public void advance(Duration duration) {
            now.updateAndGet(t -> t.plus(duration));
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Hand(now, other);
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
