package cn.jianyi.shared.jobs;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code jianyi.jobs.<kind>.*}: the executor of each kind of background job and how long its finished jobs are kept.
 * A kind not configured gets the defaults.
 *
 * @param jobs the settings of each kind, by its name ({@code meeting-export}, {@code intake}, {@code archive-import})
 */
@ConfigurationProperties("jianyi")
public record JobSettings(Map<String, Kind> jobs) {

    public JobSettings {
        jobs = jobs == null ? Map.of() : Map.copyOf(jobs);
    }

    /** The settings of a kind, the defaults if it is not configured. */
    public Kind of(String kind) {
        return jobs.getOrDefault(kind, Kind.DEFAULTS);
    }

    /**
     * @param poolSize how many of the kind's jobs run at once (default 1: the work is CPU-bound or one big transaction,
     *                 and requests keep the other cores)
     * @param queue    how many more may wait; beyond that a start is refused with the kind's "busy" message (default 10)
     * @param keepFor  how long a finished job (and what it made) is kept for its owner (default 1 hour)
     */
    public record Kind(@DefaultValue("1") int poolSize, @DefaultValue("10") int queue,
                       @DefaultValue("1h") Duration keepFor) {

        static final Kind DEFAULTS = new Kind(1, 10, Duration.ofHours(1));

        public Kind {
            if (poolSize < 1 || queue < 0 || keepFor == null || keepFor.isNegative()) {
                throw new IllegalArgumentException("jianyi.jobs.<kind>: pool-size ≥ 1, queue ≥ 0, keep-for ≥ 0");
            }
        }
    }
}
