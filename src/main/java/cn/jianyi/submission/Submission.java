package cn.jianyi.submission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import cn.jianyi.shared.IllegalTransitionException;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.suggestion.SubjectArea;

/**
 * A deputy's suggestion submitted online, from the first draft until the congress office registers it as a case (or
 * declines it). The status moves only through the intention-named transitions below, each refused in the wrong
 * stage; the caller records each act in the submission's history.
 *
 * <p>Longer than 300 lines because it is one aggregate: its eleven transitions guard the same status, invitations
 * and withdrawal fields, and about a third of the file is read accessors; moving transitions out would move the
 * guards away from the state they protect.
 */
@Table("submissions")
public class Submission {

    /** 网上提交的状态. */
    public enum Status {
        /** 草稿: only the lead deputy sees it. */
        DRAFT,
        /** 征集联名: co-signers invited, answering until the cut-off. */
        COSIGNING,
        /** 待受理: in the congress office's registration queue. */
        SUBMITTED,
        /** 已受理: registered as a numbered suggestion. */
        REGISTERED,
        /** 不予受理. */
        DECLINED,
        /** 不予受理，转为代表来信. */
        LETTER,
        /** 已撤回. */
        WITHDRAWN;

        /** Whether the lead deputy may still change the text. */
        public boolean isEditable() {
            return this == DRAFT;
        }
    }

    /** The longest title and text; the case file has the same limits. */
    public static final int TITLE_LENGTH = 100;
    public static final int CONTENT_LENGTH = 10000;

    @Id
    private Long id;
    @Version
    private Integer version;
    private Long leadDeputyId;
    private Long meetingId;
    private String title;
    private String content;
    private SubjectArea category;
    private String proposedUnit;
    private Status status;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant cosignCutoff;
    private Instant submittedAt;
    private Instant decidedAt;
    private String decidedBy;
    private NonAdmissibleReason declineReason;
    private String declineExplanation;
    private Long suggestionId;
    private String withdrawalReason;
    private Instant withdrawalRequestedAt;
    private Instant withdrawnAt;
    @MappedCollection(idColumn = "submission_id", keyColumn = "position")
    private List<Invitation> invitations = new ArrayList<>();

    protected Submission() {
    }

    /** 起草: a new draft of the lead deputy for the meeting. */
    static Submission draft(long leadDeputyId, long meetingId, Text text, Instant now) {
        var submission = new Submission();
        submission.leadDeputyId = leadDeputyId;
        submission.meetingId = meetingId;
        submission.status = Status.DRAFT;
        submission.createdAt = now;
        submission.write(text, now);
        return submission;
    }

    /** 修改草稿. */
    void revise(Text text, Instant now) {
        require("revise", Status.DRAFT);
        write(text, now);
    }

    private void write(Text text, Instant now) {
        this.title = text.title();
        this.content = text.content();
        this.category = text.category();
        this.proposedUnit = text.proposedUnit();
        this.updatedAt = now;
    }

    /**
     * 邀请联名: the draft goes to the named deputies, who accept or decline until the cut-off; the text is frozen
     * meanwhile (recall it to change it).
     */
    void invite(List<Long> deputyIds, Instant cutoff, Instant now) {
        require("invite", Status.DRAFT);
        requireComplete();
        if (deputyIds.isEmpty()) {
            throw RuleViolation.onField("coSignerIds", "submission.coSigners.none");
        }
        if (deputyIds.contains(leadDeputyId)) {
            throw RuleViolation.onField("coSignerIds", "submission.coSigners.isLead");
        }
        if (new HashSet<>(deputyIds).size() != deputyIds.size()) {
            throw RuleViolation.onField("coSignerIds", "submission.coSigners.duplicate");
        }
        if (!cutoff.isAfter(now)) {
            throw RuleViolation.onField("cutoff", "submission.cutoff.past");
        }
        this.invitations = new ArrayList<>(deputyIds.stream().map(Invitation::invite).toList());
        this.cosignCutoff = cutoff;
        this.status = Status.COSIGNING;
        this.updatedAt = now;
    }

    /** 撤回邀请: back to the draft to change it; the invitations and their answers are void. */
    void recall(Instant now) {
        require("recall", Status.COSIGNING);
        this.invitations = new ArrayList<>();
        this.cosignCutoff = null;
        this.status = Status.DRAFT;
        this.updatedAt = now;
    }

    /** 同意联名 or 谢绝: an invited deputy's answer, only before the cut-off. */
    void answer(long deputyId, boolean accepted, Instant now) {
        require("answer", Status.COSIGNING);
        int index = indexOf(deputyId).orElseThrow(() -> new RuleViolation("submission.invitation.none"));
        Invitation invitation = invitations.get(index);
        if (!invitation.isPending()) {
            throw new RuleViolation("submission.invitation.answered");
        }
        if (!now.isBefore(cosignCutoff)) {
            throw new RuleViolation("submission.invitation.closed");
        }
        invitations.set(index, invitation.answer(accepted, now));
    }

    /**
     * 提交: into the registration queue. With co-signers invited, only once every one has answered or the cut-off has
     * passed; the unanswered then lapse, and only those who accepted co-sign.
     */
    void submit(Instant now) {
        require("submit", Status.DRAFT, Status.COSIGNING);
        requireComplete();
        if (status == Status.COSIGNING && now.isBefore(cosignCutoff)
                && invitations.stream().anyMatch(Invitation::isPending)) {
            throw new RuleViolation("submission.submit.awaitingCoSigners");
        }
        invitations.replaceAll(i -> i.isPending() ? i.lapse() : i);
        this.status = Status.SUBMITTED;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    /** 受理: the office registered it as the numbered suggestion. */
    void registerAs(long suggestionId, String clerk, Instant now) {
        require("register", Status.SUBMITTED);
        this.suggestionId = suggestionId;
        this.status = Status.REGISTERED;
        this.decidedAt = now;
        this.decidedBy = clerk;
    }

    /** 不予受理, with the reason told to the deputy; kept as a deputy's letter (来信) if the office so decides. */
    void decline(NonAdmissibleReason reason, String explanation, boolean keepAsLetter, String clerk, Instant now) {
        require("decline", Status.SUBMITTED);
        this.declineReason = reason;
        this.declineExplanation = explanation;
        this.status = keepAsLetter ? Status.LETTER : Status.DECLINED;
        this.decidedAt = now;
        this.decidedBy = clerk;
    }

    /**
     * 申请撤回 by the lead deputy, in the queue or registered (the caller checks the case is not yet assigned). A
     * joint suggestion is withdrawn once every co-signer consents; alone, at once.
     *
     * @return whether it is now withdrawn
     */
    boolean requestWithdrawal(String reason, Instant now) {
        require("requestWithdrawal", Status.SUBMITTED, Status.REGISTERED);
        if (withdrawalRequestedAt != null) {
            throw new RuleViolation("submission.withdrawal.pending");
        }
        this.withdrawalReason = reason;
        this.withdrawalRequestedAt = now;
        return completeWithdrawalIfAgreed(now);
    }

    /**
     * 同意撤回: a co-signer consents to the lead deputy's request.
     *
     * @return whether it is now withdrawn
     */
    boolean consentToWithdrawal(long deputyId, Instant now) {
        require("consentToWithdrawal", Status.SUBMITTED, Status.REGISTERED);
        if (withdrawalRequestedAt == null) {
            throw new RuleViolation("submission.withdrawal.none");
        }
        int index = indexOf(deputyId).filter(i -> invitations.get(i).isCoSigner())
                .orElseThrow(() -> new RuleViolation("submission.withdrawal.notCoSigner"));
        if (invitations.get(index).hasConsentedToWithdrawal()) {
            throw new RuleViolation("submission.withdrawal.consented");
        }
        invitations.set(index, invitations.get(index).consentToWithdrawal(now));
        return completeWithdrawalIfAgreed(now);
    }

    /** 取消撤回: the lead deputy keeps the suggestion after all, or the case was assigned meanwhile. */
    void cancelWithdrawal() {
        require("cancelWithdrawal", Status.SUBMITTED, Status.REGISTERED);
        if (withdrawalRequestedAt == null) {
            throw new RuleViolation("submission.withdrawal.none");
        }
        this.withdrawalReason = null;
        this.withdrawalRequestedAt = null;
        invitations.replaceAll(Invitation::withoutWithdrawalConsent);
    }

    private boolean completeWithdrawalIfAgreed(Instant now) {
        if (invitations.stream().filter(Invitation::isCoSigner).allMatch(Invitation::hasConsentedToWithdrawal)) {
            this.status = Status.WITHDRAWN;
            this.withdrawnAt = now;
            return true;
        }
        return false;
    }

    private void requireComplete() {
        if (content == null || content.isBlank()) {
            throw new RuleViolation("submission.incomplete.content");
        }
        if (category == null) {
            throw new RuleViolation("submission.incomplete.category");
        }
    }

    private Optional<Integer> indexOf(long deputyId) {
        for (int i = 0; i < invitations.size(); i++) {
            if (invitations.get(i).deputyId() == deputyId) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private void require(String action, Status... allowed) {
        for (Status s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new IllegalTransitionException(status, action);
    }

    public Long id() {
        return id;
    }

    public long leadDeputyId() {
        return leadDeputyId;
    }

    public long meetingId() {
        return meetingId;
    }

    public String title() {
        return title;
    }

    public String content() {
        return content;
    }

    public SubjectArea category() {
        return category;
    }

    /** The unit the deputy proposes (建议承办单位), free text, or {@code null}. */
    public String proposedUnit() {
        return proposedUnit;
    }

    public Status status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Until when invited co-signers may answer, or {@code null} when none were invited. */
    public Instant cosignCutoff() {
        return cosignCutoff;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public NonAdmissibleReason declineReason() {
        return declineReason;
    }

    public String declineExplanation() {
        return declineExplanation;
    }

    /** The registered case, or {@code null}. */
    public Long suggestionId() {
        return suggestionId;
    }

    public String withdrawalReason() {
        return withdrawalReason;
    }

    public Instant withdrawalRequestedAt() {
        return withdrawalRequestedAt;
    }

    public boolean isWithdrawalRequested() {
        return withdrawalRequestedAt != null && status != Status.WITHDRAWN;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public List<Invitation> invitations() {
        return List.copyOf(invitations);
    }

    /** The deputies who accepted to co-sign, in the order they were invited. */
    public List<Long> coSignerIds() {
        return invitations.stream().filter(Invitation::isCoSigner).map(Invitation::deputyId).toList();
    }

    public Optional<Invitation> invitationOf(long deputyId) {
        return indexOf(deputyId).map(invitations::get);
    }

    /** Whether the deputy leads it or was invited to co-sign it. */
    public boolean concerns(long deputyId) {
        return leadDeputyId == deputyId || indexOf(deputyId).isPresent();
    }

    /** The text of a submission as the deputy writes it. */
    public record Text(String title, String content, SubjectArea category, String proposedUnit) {
    }
}
