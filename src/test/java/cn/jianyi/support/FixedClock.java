package cn.jianyi.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Where the tests' clock stands: 10:00 on 31 December 2024 in the congress's time zone, so "today", "in the future"
 * and every timestamp on the timeline are known in advance. A test imports {@link MutableClock}, which stands here
 * until the test moves it (one configuration, so the classes that need a known time share one application).
 */
public final class FixedClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final Instant NOW = Instant.parse("2024-12-31T02:00:00Z");
    public static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZONE);

    private FixedClock() {
    }
}
