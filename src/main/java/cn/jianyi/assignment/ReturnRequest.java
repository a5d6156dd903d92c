package cn.jianyi.assignment;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

import cn.jianyi.shared.IllegalTransitionException;

/**
 * 退回申请: a unit asks, inside the return window, to be taken off a case, with its reasons and the unit it believes
 * competent. The congress office approves (naming the new unit, by default the proposed one) or rejects it, once.
 */
@Table("return_requests")
public class ReturnRequest extends UnitRequest {

    private Long proposedUnitId;
    private Long newUnitId;

    protected ReturnRequest() {
    }

    private ReturnRequest(Assignment task, String reason, long proposedUnitId, String by, Instant at) {
        super(task, reason, by, at);
        this.proposedUnitId = proposedUnitId;
    }

    static ReturnRequest file(Assignment task, String reason, long proposedUnitId, String by, Instant at) {
        return new ReturnRequest(task, reason, proposedUnitId, by, at);
    }

    /** The office names the unit that takes over, as it approves the request. */
    void approve(long newUnitId, String note, String by, Instant at) {
        if (outcome() != RequestOutcome.PENDING) {
            throw new IllegalTransitionException(outcome(), "approve");
        }
        this.newUnitId = newUnitId;
        approve(note, by, at);
    }

    public Long proposedUnitId() {
        return proposedUnitId;
    }

    public Long newUnitId() {
        return newUnitId;
    }
}
