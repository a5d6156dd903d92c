package cn.jianyi.statistics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code jianyi.statistics.*}: the executor that reads the dashboard's parts side by side ({@link Statistics#report}
 * hands two parts of each report to it).
 *
 * @param threads how many parts run at once, over all reports (default 4: two reports at a time)
 * @param queue   how many parts may wait for a thread (default 100); beyond that a part runs on the thread of the
 *                request, so a busy moment makes pages slower, never refused
 */
@ConfigurationProperties("jianyi.statistics")
public record StatisticsSettings(@DefaultValue("4") int threads, @DefaultValue("100") int queue) {

    public StatisticsSettings {
        if (threads <= 0 || queue < 0) {
            throw new IllegalArgumentException("jianyi.statistics.threads must be positive, queue not negative");
        }
    }
}
