package cn.jianyi.assignment;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;

/**
 * A unit's request to the congress office about its task (退回 {@link ReturnRequest}, 延期 {@link ExtensionRequest}):
 * filed with its reasons by the unit, then approved or rejected once by the office.
 */
public abstract class UnitRequest {

    @Id
    private Long id;
    @Version
    private Integer version;
    private Long assignmentId;
    private Long suggestionId;
    private Long unitId;
    private String reason;
    private String requestedBy;
    private Instant requestedAt;
    @Embedded.Empty
    private RequestDecision decision;

    protected UnitRequest() {
    }

    UnitRequest(Assignment task, String reason, String by, Instant at) {
        this.assignmentId = task.id();
        this.suggestionId = task.suggestionId();
        this.unitId = task.unitId();
        this.reason = reason;
        this.requestedBy = by;
        this.requestedAt = at;
        this.decision = RequestDecision.pending();
    }

    void approve(String note, String by, Instant at) {
        this.decision = decision.decide(RequestOutcome.APPROVED, note, by, at);
    }

    void reject(String note, String by, Instant at) {
        this.decision = decision.decide(RequestOutcome.REJECTED, note, by, at);
    }

    public Long id() {
        return id;
    }

    /** Raised when the request is decided: a decision page read before carries the version before (ADR 0065). */
    public Integer version() {
        return version;
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

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public RequestOutcome outcome() {
        return decision.outcome();
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
