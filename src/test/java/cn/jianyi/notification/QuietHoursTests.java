package cn.jianyi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 免打扰时段: which local times they cover, and when a message held back by them may go. */
class QuietHoursTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @ParameterizedTest(name = "{0}–{1} at {2} → {3}")
    @CsvSource({
            // across midnight
            "22:00, 07:00, 2025-01-06T21:59, 2025-01-06T21:59",
            "22:00, 07:00, 2025-01-06T22:00, 2025-01-07T07:00",
            "22:00, 07:00, 2025-01-06T23:30, 2025-01-07T07:00",
            "22:00, 07:00, 2025-01-07T00:00, 2025-01-07T07:00",
            "22:00, 07:00, 2025-01-07T06:59, 2025-01-07T07:00",
            "22:00, 07:00, 2025-01-07T07:00, 2025-01-07T07:00",
            "22:00, 07:00, 2025-01-31T23:00, 2025-02-01T07:00",
            // within a day
            "12:00, 14:00, 2025-01-06T11:59, 2025-01-06T11:59",
            "12:00, 14:00, 2025-01-06T12:00, 2025-01-06T14:00",
            "12:00, 14:00, 2025-01-06T13:59, 2025-01-06T14:00",
            "12:00, 14:00, 2025-01-06T14:00, 2025-01-06T14:00",
            // ending at midnight
            "20:00, 00:00, 2025-01-06T23:59, 2025-01-07T00:00",
            "20:00, 00:00, 2025-01-07T00:00, 2025-01-07T00:00"})
    void holdsMessagesBackUntilTheQuietHoursEnd(LocalTime from, LocalTime until, LocalDateTime at,
                                                LocalDateTime release) {
        Instant now = at.atZone(ZONE).toInstant();
        assertThat(new QuietHours(from, until).releaseAt(now, ZONE)).isEqualTo(release.atZone(ZONE).toInstant());
        assertThat(new QuietHours(from, until).covers(at.toLocalTime())).isEqualTo(!at.equals(release));
    }

    @Test
    void quietHoursThatEndWhenTheyStartAreRefused() {
        assertThatThrownBy(() -> new QuietHours(LocalTime.of(22, 0), LocalTime.of(22, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retriesWaitLongerEachTimeUpToSixHours() {
        var settings = new NotificationSettings("http://localhost", "a@b.c", "签名", 50, 9, java.time.Duration.ofMinutes(1));
        assertThat(java.util.stream.IntStream.rangeClosed(1, 6).mapToObj(settings::backoff).map(Object::toString))
                .containsExactly("PT1M", "PT5M", "PT25M", "PT2H5M", "PT6H", "PT6H");
    }
}
