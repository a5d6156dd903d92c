package cn.jianyi.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

import cn.jianyi.identity.ContactDetails;

/**
 * 免打扰时段: from {@code from} (inclusive) until {@code until} (exclusive), local times in the application's time zone;
 * {@code from} after {@code until} wraps past midnight (22:00–07:00 covers 23:30 and 06:59, not 07:00).
 */
record QuietHours(LocalTime from, LocalTime until) {

    QuietHours {
        if (from.equals(until)) {
            throw new IllegalArgumentException("quiet hours cannot start when they end");
        }
    }

    static Optional<QuietHours> of(ContactDetails contact) {
        return contact.hasQuietHours() ? Optional.of(new QuietHours(contact.quietFrom(), contact.quietUntil()))
                : Optional.empty();
    }

    boolean covers(LocalTime time) {
        return from.isBefore(until) ? !time.isBefore(from) && time.isBefore(until)
                : !time.isBefore(from) || time.isBefore(until);
    }

    /** {@code now} when outside the quiet hours, else the instant they end (today or, past midnight, tomorrow). */
    Instant releaseAt(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        if (!covers(time)) {
            return now;
        }
        LocalDate endsOn = time.isBefore(until) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
        return ZonedDateTime.of(endsOn, until, zone).toInstant();
    }
}
