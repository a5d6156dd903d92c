package cn.jianyi.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import cn.jianyi.suggestion.CaseAction;
import cn.jianyi.suggestion.CaseTransitioned;
import cn.jianyi.suggestion.Suggestion;

/** The act counters (ADR 0068): one series per act from the start, each act counted once under its own name. */
class ActMetricsTests {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ActMetrics metrics = new ActMetrics(registry);

    private double count(String action) {
        return registry.get(ActMetrics.ACTS).tag("action", action).counter().count();
    }

    @Test
    void everyActHasItsSeriesAtZeroAndEachActCountsOnceUnderItsName() {
        assertThat(registry.get(ActMetrics.ACTS).counters()).hasSize(CaseAction.values().length)
                .allSatisfy(counter -> assertThat(counter.count()).isZero());

        metrics.on(entry(CaseAction.REGISTER));
        metrics.on(entry(CaseAction.SIGN_REPLY));
        metrics.on(entry(CaseAction.SIGN_REPLY));

        assertThat(count("register")).isEqualTo(1);
        assertThat(count("sign_reply")).isEqualTo(2);
        assertThat(count("give_feedback")).isZero();
    }

    private static CaseTransitioned entry(CaseAction action) {
        return new CaseTransitioned(7, action, Suggestion.Status.REGISTERED, Suggestion.Status.REGISTERED, "clerk",
                "王晓燕", Instant.parse("2024-03-05T02:00:00Z"), "");
    }
}
