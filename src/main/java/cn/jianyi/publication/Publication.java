package cn.jianyi.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import cn.jianyi.shared.IllegalTransitionException;

/**
 * The publication decision on one signed reply (建议办理结果公开). Created pending when the reply is signed, with its
 * deadline from the congress's rules; the congress office decides 公开, 部分公开 or 不予公开 (with its category of
 * 政府信息公开条例 and a reason), and may withdraw a publication (with a reason) and decide again. The transitions are
 * package-private; {@link Publications} is the entry point and writes each step on the case's timeline.
 */
@Table("publications")
public class Publication {

    public enum Status {
        /** 待决定. */
        PENDING,
        /** 公开. */
        PUBLISHED,
        /** 部分公开. */
        PARTLY_PUBLISHED,
        /** 不予公开. */
        WITHHELD,
        /** 已撤回. */
        WITHDRAWN;

        /** Whether a public copy of it is out (公开 or 部分公开). */
        public boolean isPublic() {
            return this == PUBLISHED || this == PARTLY_PUBLISHED;
        }

        /** Whether the office still has to decide (pending, or withdrawn and to be decided again). */
        public boolean awaitsDecision() {
            return this == PENDING || this == WITHDRAWN;
        }
    }

    @Id
    private Long id;
    @Version
    private Integer version;
    private Long replyId;
    private Long suggestionId;
    private Long unitId;
    private Long meetingId;
    private LocalDate signedOn;
    private LocalDate dueOn;
    private Status status;
    private DeputyWish deputyWish;
    private String deputyWishNote;
    private WithholdingGround withholdingGround;
    private String decisionReason;
    private String decidedBy;
    private Instant decidedAt;
    private String withdrawalReason;
    private String withdrawnBy;
    private Instant withdrawnAt;
    private String summary;

    protected Publication() {
    }

    /** A signed reply's record, pending, due on the date the rules give. */
    static Publication due(long replyId, long suggestionId, long unitId, long meetingId, LocalDate signedOn,
                           LocalDate dueOn) {
        var publication = new Publication();
        publication.replyId = replyId;
        publication.suggestionId = suggestionId;
        publication.unitId = unitId;
        publication.meetingId = meetingId;
        publication.signedOn = Objects.requireNonNull(signedOn);
        publication.dueOn = Objects.requireNonNull(dueOn);
        publication.status = Status.PENDING;
        return publication;
    }

    /** 公开: the whole public copy goes out (the automatic redactions of private persons' data are part of it). */
    Status publish(String by, Instant at) {
        return decide(Status.PUBLISHED, null, null, by, at, "publish");
    }

    /** 部分公开: published with passages withheld; the reason says what and why. */
    Status publishInPart(String reason, String by, Instant at) {
        return decide(Status.PARTLY_PUBLISHED, null, requireText(reason, "reason"), by, at, "publishInPart");
    }

    /** 不予公开, under one category of 政府信息公开条例 and with a reason. */
    Status withhold(WithholdingGround ground, String reason, String by, Instant at) {
        return decide(Status.WITHHELD, Objects.requireNonNull(ground, "ground"), requireText(reason, "reason"), by,
                at, "withhold");
    }

    /** 撤回: a publication comes down, with a reason; it can be decided again afterwards. */
    Status withdraw(String reason, String by, Instant at) {
        if (!status.isPublic()) {
            throw new IllegalTransitionException(status, "withdraw");
        }
        Status from = status;
        this.withdrawalReason = requireText(reason, "reason");
        this.withdrawnBy = by;
        this.withdrawnAt = at;
        this.status = Status.WITHDRAWN;
        return from;
    }

    /** 代表意愿: what the deputy said, recorded (or corrected) while the decision is open. */
    void recordDeputyWish(DeputyWish wish, String note) {
        requireAwaitingDecision("recordDeputyWish");
        this.deputyWish = wish;
        this.deputyWishNote = note == null || note.isBlank() ? null : note.strip();
    }

    /** 建议摘要: the office's summary of the suggestion, published in place of its text where the rules say so. */
    void summarise(String text) {
        requireAwaitingDecision("summarise");
        this.summary = requireText(text, "summary");
    }

    /** Changes to the public copy's preparation are made only while a decision is open. */
    void requireAwaitingDecision(String action) {
        if (!status.awaitsDecision()) {
            throw new IllegalTransitionException(status, action);
        }
    }

    private Status decide(Status to, WithholdingGround ground, String reason, String by, Instant at, String action) {
        requireAwaitingDecision(action);
        Status from = status;
        this.status = to;
        this.withholdingGround = ground;
        this.decisionReason = reason;
        this.decidedBy = Objects.requireNonNull(by);
        this.decidedAt = Objects.requireNonNull(at);
        return from;
    }

    private static String requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return text.strip();
    }

    /** Whether the deadline has passed with the decision still open (a withdrawn one is re-decided without one). */
    public boolean isOverdue(LocalDate today) {
        return status == Status.PENDING && dueOn.isBefore(today);
    }

    public Long id() {
        return id;
    }

    public Long replyId() {
        return replyId;
    }

    public Long suggestionId() {
        return suggestionId;
    }

    public Long unitId() {
        return unitId;
    }

    public Long meetingId() {
        return meetingId;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Status status() {
        return status;
    }

    public DeputyWish deputyWish() {
        return deputyWish;
    }

    public String deputyWishNote() {
        return deputyWishNote;
    }

    public WithholdingGround withholdingGround() {
        return withholdingGround;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String withdrawalReason() {
        return withdrawalReason;
    }

    public String withdrawnBy() {
        return withdrawnBy;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    /** The office's summary of the suggestion, or null if none was written. */
    public String summary() {
        return summary;
    }
}
