package cn.jianyi.identity;

import java.time.Instant;

/** An account seen working from an address and a browser, first and last. */
public record ClientSighting(String username, Long unitId, String address, String deviceId, Instant firstSeen,
                             Instant lastSeen) {
}
