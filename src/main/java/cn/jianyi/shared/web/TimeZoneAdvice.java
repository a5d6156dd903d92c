package cn.jianyi.shared.web;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page shows times in the congress's time zone (the application clock's, {@code jianyi.time-zone}) as {@code zone}. */
@ControllerAdvice
class TimeZoneAdvice {

    private final Clock clock;

    TimeZoneAdvice(Clock clock) {
        this.clock = clock;
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return clock.getZone();
    }
}
