package cn.jianyi.assignment;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;


/**
 * 延期申请: a unit asks before its deadline for a later one, with its reasons; the congress office approves or
 * rejects it, once. The requested date is at most the extension limit (3 months) beyond the current deadline.
 */
@Table("extension_requests")
public class ExtensionRequest {

    @Id
    private Long id;
    @Version
    private Integer version;
    private Long assignmentId;
    private Long suggestionId;
    private Long unitId;
    private LocalDate currentDueOn;
    private LocalDate requestedDueOn;
    private String reason;
    private String requestedBy;
    private Instant requestedAt;
    @Embedded.Empty
    private RequestDecision decision;

    protected ExtensionRequest() {
    }

    static ExtensionRequest file(Assignment task, LocalDate requestedDueOn, String reason, String by, Instant at) {
        var request = new ExtensionRequest();
        request.assignmentId = task.id();
        request.suggestionId = task.suggestionId();
        request.unitId = task.unitId();
        request.currentDueOn = task.dueOn();
        request.requestedDueOn = requestedDueOn;
        request.reason = reason;
        request.requestedBy = by;
        request.requestedAt = at;
        request.decision = RequestDecision.pending();
        return request;
    }

    void approve(String note, String by, Instant at) {
        decide(RequestOutcome.APPROVED, note, by, at);
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

    public LocalDate currentDueOn() {
        return currentDueOn;
    }

    public LocalDate requestedDueOn() {
        return requestedDueOn;
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
