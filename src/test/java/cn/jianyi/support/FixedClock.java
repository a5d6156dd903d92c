package cn.jianyi.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Import into an {@link IntegrationTest} where dates matter: the application's clock then stands still at
 * {@link #NOW}, 10:00 on 31 December 2024 in the congress's time zone, so "today", "in the future" and every
 * timestamp on the timeline are known in advance.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final Instant NOW = Instant.parse("2024-12-31T02:00:00Z");
    public static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZONE);

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(NOW, ZONE);
    }
}
