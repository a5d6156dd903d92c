package cn.jianyi.feedback;

import java.time.LocalDate;

/**
 * 重新办理: after 不满意 the congress office sent the case back to the units that answer the deputy, with a new reply
 * deadline (ADR 0031). Published in the act's transaction, after the timeline line; inside it those units and the
 * deputies are notified and the statistics projection is updated.
 *
 * @param requirement what the office asks of the units (shown to them)
 */
public record RehandlingDecided(long suggestionId, LocalDate dueOn, String requirement, String actorUsername) {
}
