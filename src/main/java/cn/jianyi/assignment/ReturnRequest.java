package cn.jianyi.assignment;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;


/**
 * 退回申请: a unit asks, inside the return window, to be taken off a case, with its reasons and the unit it believes
 * competent. The congress office approves (naming the new unit, by default the proposed one) or rejects it, once.
 */
@Table("return_requests")
public class ReturnRequest {

    @Id
    private Long id;
    @Version
    private Integer version;
    private Long assignmentId;
    private Long suggestionId;
    private Long unitId;
    private String reason;
    private Long proposedUnitId;
    private String requestedBy;
    private Instant requestedAt;
    @Embedded.Empty
    private RequestDecision decision;
    private Long newUnitId;

    protected ReturnRequest() {
    }

    static ReturnRequest file(Assignment task, String reason, long proposedUnitId, String by, Instant at) {
        var request = new ReturnRequest();
        request.assignmentId = task.id();
        request.suggestionId = task.suggestionId();
        request.unitId = task.unitId();
        request.reason = reason;
        request.proposedUnitId = proposedUnitId;
        request.requestedBy = by;
        request.requestedAt = at;
        request.decision = RequestDecision.pending();
        return request;
    }

    void approve(long newUnitId, String note, String by, Instant at) {
        decide(RequestOutcome.APPROVED, note, by, at);
        this.newUnitId = newUnitId;
    }

    void reject(String note, String by, Instant at) {
        decide(RequestOutcome.REJECTED, note, by, at);
    }

    private void decide(RequestOutcome to, String note, String by, Instant at) {
        this.decision = decision.decide(to, note, by, at);
    }

    public Long id() {
        return id;
    }

    public Long assignmentId() {
        return assignmentId;
    }

    public Long suggestionId() {
        return suggestionId;
    }

    public Long unitId() {
        return unitId;
    }

    public String reason() {
        return reason;
    }

    public Long proposedUnitId() {
        return proposedUnitId;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public RequestOutcome outcome() {
        return decision.outcome();
    }

    public Long newUnitId() {
        return newUnitId;
    }

    public String decidedBy() {
        return decision.decidedBy();
    }

    public Instant decidedAt() {
        return decision.decidedAt();
    }

    public String decisionNote() {
        return decision.decisionNote();
    }
}
