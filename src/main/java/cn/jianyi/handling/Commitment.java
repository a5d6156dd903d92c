package cn.jianyi.handling;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import cn.jianyi.shared.IllegalTransitionException;

/**
 * 办理承诺 (跟踪办理): what a unit promised in a B- or C-type reply, and by when. Open until the unit files a follow-up
 * reply (再次答复: solved) or an explanation; both close it for good.
 */
@Table("commitments")
public class Commitment {

    public enum Status {
        /** 未兑现. */
        OPEN,
        /** 已兑现，已再次答复. */
        FULFILLED,
        /** 已说明情况. */
        EXPLAINED
    }

    @Id
    private Long id;
    @Version
    private Integer version;
    private Long suggestionId;
    private Long replyId;
    private Long unitId;
    private String description;
    private LocalDate dueOn;
    private Status status;
    private String createdBy;
    private Instant createdAt;
    private String closingText;
    private LocalDate closedOn;
    private String closedBy;

    protected Commitment() {
    }

    static Commitment promise(Reply reply, String description, LocalDate dueOn, String by, Instant at) {
        var commitment = new Commitment();
        commitment.suggestionId = reply.suggestionId();
        commitment.replyId = reply.id();
        commitment.unitId = reply.unitId();
        commitment.description = description;
        commitment.dueOn = dueOn;
        commitment.status = Status.OPEN;
        commitment.createdBy = by;
        commitment.createdAt = at;
        return commitment;
    }

    /** Changes what a draft's own commitment says, while it is open (the reply not yet signed: the caller checks). */
    void revise(String description, LocalDate dueOn) {
        if (status != Status.OPEN) {
            throw new IllegalTransitionException(status, "revise");
        }
        this.description = description;
        this.dueOn = dueOn;
    }

    /** 再次答复: solved, with what the unit told the deputy. */
    Status fulfil(String followUpReply, LocalDate on, String by) {
        return close(Status.FULFILLED, followUpReply, on, by, "fulfil");
    }

    /** 说明情况: not solved as promised, with the explanation given to the deputy. */
    Status explain(String explanation, LocalDate on, String by) {
        return close(Status.EXPLAINED, explanation, on, by, "explain");
    }

    private Status close(Status to, String text, LocalDate on, String by, String action) {
        if (status != Status.OPEN) {
            throw new IllegalTransitionException(status, action);
        }
        Status from = status;
        this.status = to;
        this.closingText = text;
        this.closedOn = on;
        this.closedBy = by;
        return from;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    /** Open and due on or before the day. */
    public boolean isDueBy(LocalDate day) {
        return isOpen() && !dueOn.isAfter(day);
    }

    public Long id() {
        return id;
    }

    public Long suggestionId() {
        return suggestionId;
    }

    public Long replyId() {
        return replyId;
    }

    public Long unitId() {
        return unitId;
    }

    public String description() {
        return description;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Status status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    public String closingText() {
        return closingText;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public String closedBy() {
        return closedBy;
    }
}
