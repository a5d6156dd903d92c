package cn.jianyi.handling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.shared.IllegalTransitionException;

/**
 * 答复函 of a unit on a case, one per handling round. A draft can be revised; once signed it carries its document
 * number, signer and date and can no longer change.
 */
@Table("replies")
public class Reply {

    public enum Status {
        /** 拟稿. */
        DRAFT,
        /** 已签发. */
        SIGNED
    }

    /**
     * Where a reply stands in the unit, for people and the transition table: a draft with its handler, a draft
     * submitted to the head (送签), or signed. Derived from the status and the 送签 mark.
     */
    public enum Stage {
        /** 拟稿: with the handler (a new draft, or one the head returned). */
        DRAFT,
        /** 已送签: with the unit's head, who signs it or returns it for revision. */
        SUBMITTED,
        /** 已签发. */
        SIGNED
    }

    @Id
    private Long id;
    @Version
    private Integer version;
    private Long suggestionId;
    private Long unitId;
    private int round;
    private Status status;
    private ResolutionCategory classification;
    private String classificationScheme;
    private String title;
    private String salutation;
    private String body;
    private String contactUnit;
    private String contactPhone;
    private String postcode;
    private String copyTo;
    private Publicity publicity;
    private String draftedBy;
    private Instant draftedAt;
    private String docCode;
    private Integer docYear;
    private Integer docSerial;
    private String signerName;
    /** The unit's letterhead as signed: its later renaming does not change the letter. */
    private String unitName;
    private String unitShortName;
    private String unitPhone;
    private String unitPostcode;
    private LocalDate signedOn;
    private Instant signedAt;
    private Instant submittedAt;
    private String submittedBy;
    private ResolutionCategory reviewedClassification;
    private String reviewReason;
    private String reviewedBy;
    private Instant reviewedAt;

    protected Reply() {
    }

    static Reply draft(long suggestionId, long unitId, int round, ReplyContent content, String scheme, String by,
                       Instant at) {
        var reply = new Reply();
        reply.classificationScheme = scheme;
        reply.suggestionId = suggestionId;
        reply.unitId = unitId;
        reply.round = round;
        reply.status = Status.DRAFT;
        reply.apply(content, by, at);
        return reply;
    }

    /** 修改答复稿 (under the scheme now in force): only while the draft is with its handler, not submitted. */
    void revise(ReplyContent content, String scheme, String by, Instant at) {
        requireStage(Stage.DRAFT, "revise");
        this.classificationScheme = scheme;
        apply(content, by, at);
    }

    /** 送签: the handler submits the draft to the unit's head; it is no longer edited until signed or returned. */
    void submitForSigning(String by, Instant at) {
        requireStage(Stage.DRAFT, "submit");
        this.submittedBy = by;
        this.submittedAt = at;
    }

    /** 退回修改: the head returns a submitted draft to its handler, who may edit it again. */
    void returnForRevision() {
        requireStage(Stage.SUBMITTED, "return");
        this.submittedBy = null;
        this.submittedAt = null;
    }

    /**
     * 签发: fixes the number, signer and date, and the unit's name, phone and postcode as printed; the reply can no
     * longer change.
     */
    void sign(DocumentNumber number, HandlingUnit unit, String signer, LocalDate on, Instant at) {
        require(Status.DRAFT, "sign");
        this.unitName = unit.fullName();
        this.unitShortName = unit.shortName();
        this.unitPhone = unit.phone();
        this.unitPostcode = unit.postcode();
        this.docCode = number.issuerCode();
        this.docYear = number.year();
        this.docSerial = number.serial();
        this.signerName = signer;
        this.signedOn = on;
        this.signedAt = at;
        this.status = Status.SIGNED;
    }

    /**
     * 审核分类: the office confirms (same class) or changes the class of a signed reply, once; the unit's own class
     * stays as signed and printed.
     */
    void review(ResolutionCategory classification, String reason, String by, Instant at) {
        require(Status.SIGNED, "review");
        if (reviewedAt != null) {
            throw new IllegalTransitionException(status, "review");
        }
        this.reviewedClassification = classification;
        this.reviewReason = reason;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    private void apply(ReplyContent content, String by, Instant at) {
        this.classification = content.classification();
        this.title = content.title().strip();
        this.salutation = content.salutation().strip();
        this.body = content.body().strip();
        this.contactUnit = content.contactUnit().strip();
        this.contactPhone = content.contactPhone().strip();
        this.postcode = content.postcode().strip();
        this.copyTo = String.join("\n", content.copyTo());
        this.publicity = content.publicity();
        this.draftedBy = by;
        this.draftedAt = at;
    }

    private void requireStage(Stage expected, String action) {
        if (stage() != expected) {
            throw new IllegalTransitionException(stage(), action);
        }
    }

    private void require(Status expected, String action) {
        if (status != expected) {
            throw new IllegalTransitionException(status, action);
        }
    }

    public Long id() {
        return id;
    }

    public Long suggestionId() {
        return suggestionId;
    }

    public Long unitId() {
        return unitId;
    }

    public int round() {
        return round;
    }

    public Status status() {
        return status;
    }

    public boolean isSigned() {
        return status == Status.SIGNED;
    }

    public Stage stage() {
        if (status == Status.SIGNED) {
            return Stage.SIGNED;
        }
        return submittedAt == null ? Stage.DRAFT : Stage.SUBMITTED;
    }

    /** 已送签: a draft with the unit's head. */
    public boolean isSubmitted() {
        return stage() == Stage.SUBMITTED;
    }

    /** When the draft was submitted to the head (送签), or {@code null}. */
    public Instant submittedAt() {
        return submittedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public ReplyContent content() {
        return new ReplyContent(classification, title, salutation, body, contactUnit, contactPhone, postcode,
                copyTo(), publicity);
    }

    public ResolutionCategory classification() {
        return classification;
    }

    /** The class the office settled on in review, or {@code null} while not reviewed. */
    public ResolutionCategory reviewedClassification() {
        return reviewedClassification;
    }

    /** The class that counts: the reviewed one when the office reviewed the reply, otherwise the unit's. */
    public ResolutionCategory effectiveClassification() {
        return reviewedClassification != null ? reviewedClassification : classification;
    }

    public boolean isReviewed() {
        return reviewedAt != null;
    }

    public String reviewReason() {
        return reviewReason;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    /** The classification scheme the class was given in (NPC, CITY, THREE_CLASS, JIA_YI_BING). */
    public String classificationScheme() {
        return classificationScheme;
    }

    public String title() {
        return title;
    }

    public String salutation() {
        return salutation;
    }

    public String body() {
        return body;
    }

    public String contactUnit() {
        return contactUnit;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public String postcode() {
        return postcode;
    }

    public List<String> copyTo() {
        return copyTo == null || copyTo.isBlank() ? List.of() : Arrays.asList(copyTo.split("\n"));
    }

    public Publicity publicity() {
        return publicity;
    }

    public String draftedBy() {
        return draftedBy;
    }

    public Instant draftedAt() {
        return draftedAt;
    }

    /** The document number; {@code null} while a draft. */
    public DocumentNumber documentNumber() {
        return docCode == null ? null : new DocumentNumber(docCode, docYear, docSerial);
    }

    /**
     * The unit as the signed letter prints it (full name, short name, phone, postcode), or {@code null} for a draft:
     * a draft prints the unit as it is now.
     */
    public HandlingUnit signedLetterhead() {
        return unitName == null ? null
                : new HandlingUnit(unitId, unitName, unitShortName, docCode, unitPhone, unitPostcode, null, null, true,
                        null, null);
    }

    public String signerName() {
        return signerName;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    public Instant signedAt() {
        return signedAt;
    }

    /** The version this record was read at (optimistic locking, ADR 0065): forms carry it to detect a stale read. */
    public Integer version() {
        return version;
    }
}
