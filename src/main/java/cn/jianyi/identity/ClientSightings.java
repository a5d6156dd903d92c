package cn.jianyi.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.shared.ClientInfo;
import cn.jianyi.shared.HeldInMemory;

/**
 * Where unit accounts work from (address and browser), remembered so that feedback given from the same place can be
 * flagged. Written at most once every few minutes per account, address and browser.
 */
@Service
public class ClientSightings implements HeldInMemory {

    private static final Duration REFRESH = Duration.ofMinutes(5);
    private static final int MAX_REMEMBERED = 10_000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, Instant> lastWritten = new ConcurrentHashMap<>();

    ClientSightings(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Remembers that the unit's account worked from this client (now). */
    @Transactional
    public void record(String username, long unitId, ClientInfo client) {
        Instant now = clock.instant();
        String key = username + '|' + client.address() + '|' + client.deviceId();
        Instant last = lastWritten.get(key);
        if (last != null && last.plus(REFRESH).isAfter(now)) {
            return;
        }
        int updated = jdbc.sql("update client_sightings set last_seen = ?, unit_id = ? where username = ? "
                        + "and address = ? and device_id = ?")
                .params(Timestamp.from(now), unitId, username, client.address(), client.deviceId()).update();
        if (updated == 0) {
            jdbc.sql("insert into client_sightings (username, unit_id, address, device_id, first_seen, last_seen) "
                            + "values (?, ?, ?, ?, ?, ?)")
                    .params(username, unitId, client.address(), client.deviceId(), Timestamp.from(now),
                            Timestamp.from(now)).update();
        }
        if (lastWritten.size() >= MAX_REMEMBERED) {
            lastWritten.clear();  // only a cache of recent writes: forgetting it costs one more update each
        }
        lastWritten.put(key, now);
    }

    @Override
    public void forget() {
        lastWritten.clear();
    }

    /** Every sighting of the units' accounts. */
    @Transactional(readOnly = true)
    public List<ClientSighting> ofUnits(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select username, unit_id, address, device_id, first_seen, last_seen from client_sightings "
                        + "where unit_id in (:units) order by id")
                .param("units", unitIds)
                .query((rs, n) -> new ClientSighting(rs.getString(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant()))
                .list();
    }
}
