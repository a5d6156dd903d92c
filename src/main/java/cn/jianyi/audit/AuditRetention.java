package cn.jianyi.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * How long the security audit log keeps its records ({@code jianyi.audit.retention}, default and minimum 180 days:
 * the 网络安全法 asks for six months), and the purge of older ones. The purge is itself recorded, and the chain's
 * base takes the hash the first kept record chains to, so what remains verifies.
 */
@Service
public class AuditRetention {

    /** The least the log keeps: six months. */
    public static final Duration MINIMUM = Duration.ofDays(180);

    private final AuditChain chain;
    private final Clock clock;
    private final Duration retention;

    AuditRetention(AuditChain chain, Clock clock, @Value("${jianyi.audit.retention:180d}") Duration retention) {
        this.chain = chain;
        this.clock = clock;
        this.retention = checked(retention);
    }

    /** Refuses a retention shorter than {@link #MINIMUM} (the application does not start with one). */
    static Duration checked(Duration retention) {
        if (retention == null || retention.compareTo(MINIMUM) < 0) {
            throw new IllegalArgumentException("jianyi.audit.retention must be at least 180 days (180d), not "
                    + retention);
        }
        return retention;
    }

    public Duration retention() {
        return retention;
    }

    /** Removes the records older than the retention; returns how many. */
    public int purge() {
        Instant cutoff = clock.instant().minus(retention);
        int removed = chain.purgeBefore(cutoff);
        if (removed > 0) {
            chain.append(AuditEntry.of(AuditKind.AUDIT_PURGED, AuditOutcome.SUCCESS, "system", "系统", null)
                    .on("AUDIT_LOG", null, "安全审计日志")
                    .withDetail(removed + " records before " + cutoff + " removed (retention " + retention.toDays()
                            + " days)"));
        }
        return removed;
    }
}
