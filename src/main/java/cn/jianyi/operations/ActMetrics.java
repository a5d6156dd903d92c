package cn.jianyi.operations;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.jianyi.shared.AfterCommit;
import cn.jianyi.suggestion.CaseAction;
import cn.jianyi.suggestion.CaseTransitioned;

/**
 * Counts the acts on cases once their transaction commits: {@code jianyi_case_acts_total{action="sign_reply"}} and so
 * on, one series per {@link CaseAction} (登记, 交办, 签收, 签发, 评价 …), all present from the start at zero so that a
 * rate() over them never misses its first act. The timeline writes one {@link CaseTransitioned} for every act, in
 * the act's transaction; a rolled-back act is not counted. The counters start at zero with each instance: Prometheus
 * sums them over the instances and their restarts (ADR 0068).
 * <p>
 * A plain listener that counts after the commit ({@link AfterCommit}), not a {@code @TransactionalEventListener}:
 * Spring Modulith records a publication for every transactional listener and marks it completed on a connection of
 * its own, so counting an act took a second connection and a write per act; concurrent signings held all of the
 * pool's connections waiting for those (a suite run, r86).
 */
@Component
class ActMetrics {

    static final String ACTS = "jianyi.case.acts";

    private final Map<CaseAction, Counter> counters = new EnumMap<>(CaseAction.class);

    ActMetrics(MeterRegistry registry) {
        for (CaseAction action : CaseAction.values()) {
            counters.put(action, Counter.builder(ACTS).description("Acts on cases committed, by act")
                    .tag("action", action.name().toLowerCase(Locale.ROOT)).register(registry));
        }
    }

    @EventListener
    void on(CaseTransitioned entry) {
        Counter counter = counters.get(entry.action());
        AfterCommit.run(counter::increment);
    }
}
