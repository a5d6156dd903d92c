package cn.jianyi.assignment;

/**
 * 申请退回: a unit asked to be taken off the case within the return window (ADR 0031). Published in the act's
 * transaction; the congress office's clerks are notified inside it.
 *
 * @param proposedUnitId the unit proposed to take over
 */
public record ReturnRequested(long suggestionId, long unitId, long proposedUnitId, String reason,
                              String actorUsername) {
}
