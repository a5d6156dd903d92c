package cn.jianyi.assignment;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/**
 * 延期申请: a unit asks before its deadline for a later one, with its reasons; the congress office approves or
 * rejects it, once. The requested date is at most the extension limit (3 months) beyond the current deadline.
 */
@Table("extension_requests")
public class ExtensionRequest extends UnitRequest {

    private LocalDate currentDueOn;
    private LocalDate requestedDueOn;

    protected ExtensionRequest() {
    }

    private ExtensionRequest(Assignment task, LocalDate requestedDueOn, String reason, String by, Instant at) {
        super(task, reason, by, at);
        this.currentDueOn = task.dueOn();
        this.requestedDueOn = requestedDueOn;
    }

    static ExtensionRequest file(Assignment task, LocalDate requestedDueOn, String reason, String by, Instant at) {
        return new ExtensionRequest(task, requestedDueOn, reason, by, at);
    }

    public LocalDate currentDueOn() {
        return currentDueOn;
    }

    public LocalDate requestedDueOn() {
        return requestedDueOn;
    }
}
