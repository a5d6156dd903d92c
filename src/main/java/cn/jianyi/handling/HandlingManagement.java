package cn.jianyi.handling;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.assignment.Assignment;
import cn.jianyi.assignment.AssignmentManagement;
import cn.jianyi.identity.DataScope;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.Directory;
import cn.jianyi.identity.Role;
import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.rules.ClassificationScheme;
import cn.jianyi.rules.RuleSets;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.suggestion.CaseAction;
import cn.jianyi.suggestion.Meetings;
import cn.jianyi.suggestion.MeetingView;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.suggestion.SuggestionQueries;

/** 办理与答复 use cases: draft, revise and sign the lead unit's reply. */
@Service
@Transactional
public class HandlingManagement {

    private final ReplyRepository replies;
    private final SuggestionManagement suggestions;
    private final AssignmentManagement assignments;
    private final Meetings meetings;
    private final Directory directory;
    private final DocumentNumberAllocator numbers;
    private final ContactRecordRepository contacts;
    private final ContactAttachmentRepository attachments;
    private final SuggestionQueries queries;
    private final CoUnitOpinionRepository opinions;
    private final ReplyVersionRepository versions;
    private final CommitmentRepository commitments;
    private final CountersignatureRepository countersignatures;
    private final RuleSets ruleSets;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HandlingManagement(ReplyRepository replies, SuggestionManagement suggestions, AssignmentManagement assignments,
                       Meetings meetings, Directory directory, DocumentNumberAllocator numbers,
                       ContactRecordRepository contacts, ContactAttachmentRepository attachments,
                       SuggestionQueries queries, CoUnitOpinionRepository opinions,
                       ReplyVersionRepository versions, CommitmentRepository commitments,
                       CountersignatureRepository countersignatures, RuleSets ruleSets,
                       ApplicationEventPublisher events, Clock clock) {
        this.countersignatures = countersignatures;
        this.versions = versions;
        this.commitments = commitments;
        this.ruleSets = ruleSets;
        this.contacts = contacts;
        this.attachments = attachments;
        this.queries = queries;
        this.opinions = opinions;
        this.replies = replies;
        this.suggestions = suggestions;
        this.assignments = assignments;
        this.meetings = meetings;
        this.directory = directory;
        this.numbers = numbers;
        this.events = events;
        this.clock = clock;
    }

    /** What a new draft starts with: the standard title and salutation, the unit's contact line, the copy list. */
    @Transactional(readOnly = true)
    public ReplyContent newDraftTemplate(long suggestionId, long unitId) {
        Suggestion suggestion = suggestions.get(suggestionId);
        MeetingView meeting = meetings.view(suggestion.meetingId());
        HandlingUnit unit = directory.unit(unitId);
        String deputy = String.join("、", suggestions.answeredLeadDeputies(suggestionId).stream()
                .map(d -> directory.deputy(d).name()).toList());
        String body = "您提出的《" + suggestion.title() + "》收悉，现答复如下：\n\n";
        return new ReplyContent(ResolutionCategory.A,
                "关于" + meeting.shortTitle() + "第" + suggestion.number() + "号建议的答复",
                "尊敬的" + deputy + "代表：", body, unit.shortName(), unit.phone(), unit.postcode(),
                Arrays.asList(meeting.replyCopyTo().split("\n")), Publicity.PROACTIVE);
    }

    /** Refuses with the reason when the unit may not write a reply on the case now. */
    @Transactional(readOnly = true)
    public void checkCanDraft(long suggestionId, long unitId) {
        Suggestion suggestion = suggestions.get(suggestionId);
        ReplyPolicies.caseIsInHandling(suggestion).orThrow();
        ReplyPolicies.onlyLeadUnitReplies(suggestion, unitId).orThrow();
    }

    /** Saves the unit's draft for the current round: creates it, or revises the existing draft. */
    public Reply saveDraft(SaveDraftCommand command) {
        Suggestion suggestion = suggestions.get(command.suggestionId());
        ReplyPolicies.caseIsInHandling(suggestion).orThrow();
        ReplyPolicies.onlyLeadUnitReplies(suggestion, command.unitId()).orThrow();
        ClassificationScheme scheme = ruleSets.schemeForMeeting(suggestion.meetingId());
        ReplyPolicies.classInScheme(command.content().classification(), scheme).orThrowOn("classification");
        ReplyPolicies.partNotYetAnswered(assignments.startWork(suggestion.id(), command.unitId(), command.actor()))
                .orThrow();
        int round = currentRound(suggestion.id(), command.unitId());
        Instant now = clock.instant();
        Optional<Reply> draft = draftOf(suggestion.id(), command.unitId());
        Reply reply;
        if (draft.isPresent()) {
            reply = draft.get();
            reply.revise(command.content(), scheme.code(), command.actor().username(), now);
        } else {
            reply = Reply.draft(suggestion.id(), command.unitId(), round, command.content(), scheme.code(),
                    command.actor().username(), now);
        }
        reply = replies.save(reply);
        int versionNo = versions.findByReplyIdOrderByVersionNo(reply.id()).size() + 1;
        versions.save(ReplyVersion.of(reply, versionNo));
        suggestions.recordActivity(suggestion.id(), CaseAction.DRAFT_REPLY, command.actor(),
                "第" + round + "轮答复稿第" + versionNo + "稿，拟分类：" + scheme.codeOf(command.content().classification().name()));
        return reply;
    }

    /** 签发: numbers the reply, fixes signer and date, and marks the case replied. */
    public Reply sign(SignReplyCommand command) {
        Reply reply = replies.findById(command.replyId())
                .filter(r -> r.unitId() == command.unitId())
                .orElseThrow(() -> new NotFoundException("reply", command.replyId()));
        if (reply.isSigned()) {
            throw new RuleViolation("handling.reply.alreadySigned");
        }
        Suggestion suggestion = suggestions.get(reply.suggestionId());
        ReplyPolicies.caseIsInHandling(suggestion).orThrow();
        ReplyPolicies.onlyLeadUnitReplies(suggestion, reply.unitId()).orThrow();
        java.time.LocalDate assignedOn = assignments.of(suggestion.id()).stream()
                .filter(a -> a.unitId().equals(reply.unitId())).map(Assignment::assignedOn).findFirst().orElse(null);
        ReplyPolicies.signedOnOrAfterAssignment(command.signedOn(), assignedOn).orThrowOn("signedOn");
        if (command.signedOn().isAfter(java.time.LocalDate.now(clock))) {
            throw RuleViolation.onField("signedOn", "handling.reply.signedInFuture");
        }
        assignments.startWork(suggestion.id(), reply.unitId(), command.actor());
        List<Assignment> tasks = assignments.of(suggestion.id());
        Map<Long, String> names = new HashMap<>();
        tasks.forEach(t -> names.put(t.unitId(), directory.unit(t.unitId()).shortName()));
        ReplyPolicies.coUnitOpinionsInOrOverdue(tasks, names, java.time.LocalDate.now(clock)).orThrow();
        if (ruleSets.forMeeting(suggestion.meetingId()).countersignRequired()) {
            int version = currentVersion(reply.id());
            List<Long> countersigned = countersignatures.findByReplyIdOrderById(reply.id()).stream()
                    .filter(c -> c.versionNo() == version).map(Countersignature::unitId).toList();
            ReplyPolicies.coUnitsCountersigned(tasks, countersigned, names).orThrow();
        }
        ReplyPolicies.unitReadyForLetters(directory.unit(reply.unitId())).orThrow();
        ReplyPolicies.commitmentsForAPromisingClass(ruleSets.scheme(reply.classificationScheme())
                .byLetter(reply.classification().name()).map(c -> c.impliesCommitment()).orElse(false),
                !commitments.findByReplyIdOrderById(reply.id()).isEmpty()).orThrow();
        ReplyPolicies.contactBeforeReplying(ruleSets.forMeeting(suggestion.meetingId()).contactMandatory(),
                contacts.findBySuggestionIdOrderByContactedOnAscIdAsc(suggestion.id()).stream()
                        .anyMatch(c -> c.unitId().equals(reply.unitId()))).orThrow();
        DocumentNumber number = numbers.next(directory.unit(reply.unitId()), command.signedOn().getYear());
        reply.sign(number, command.actor().displayName(), command.signedOn(), clock.instant());
        Reply saved = replies.save(reply);
        boolean allAnswered = assignments.markReplied(suggestion.id(), reply.unitId());
        String remark = number + "，分类：" + ruleSets.scheme(reply.classificationScheme())
                .codeOf(reply.classification().name()) + "，签发人：" + command.actor().displayName();
        if (suggestion.isSeparatelyHandled()) {
            var parts = assignments.answeredParts(suggestion.id());
            remark += "；分办单位已答复" + parts.answered() + "/" + parts.of();
        }
        if (allAnswered) {
            suggestions.markReplied(suggestion.id(), command.actor(), remark);
        } else {                            // 分办: the case is answered when every unit has answered its part
            suggestions.recordActivity(suggestion.id(), CaseAction.SIGN_REPLY, command.actor(), remark);
        }
        events.publishEvent(new ReplySigned(saved.id(), suggestion.id(), saved.unitId(), saved.round(),
                number.toString(), saved.classification(), saved.signedOn(), allAnswered, command.actor().username()));
        return saved;
    }

    /**
     * 审核分类 by the congress or supervision office: confirms the unit's class or changes it (within the reply's
     * scheme) with a reason; recorded on the timeline, both classes kept.
     */
    public Reply reviewClass(ReviewClassCommand command) {
        Reply reply = replies.findById(command.replyId())
                .orElseThrow(() -> new NotFoundException("reply", command.replyId()));
        if (!reply.isSigned()) {
            throw new RuleViolation("handling.review.notSigned");
        }
        if (reply.isReviewed()) {
            throw new RuleViolation("handling.review.alreadyReviewed");
        }
        ClassificationScheme scheme = ruleSets.scheme(reply.classificationScheme());
        ReplyPolicies.classInScheme(command.classification(), scheme).orThrowOn("classification");
        boolean changed = command.classification() != reply.classification();
        String reason = command.reason() == null || command.reason().isBlank() ? null : command.reason().strip();
        ReplyPolicies.reasonForAChangedClass(changed, reason).orThrowOn("reason");
        reply.review(command.classification(), reason, command.actor().username(), clock.instant());
        Reply saved = replies.save(reply);
        String from = scheme.codeOf(reply.classification().name());
        String to = scheme.codeOf(command.classification().name());
        suggestions.recordActivity(reply.suggestionId(), CaseAction.REVIEW_CLASS, command.actor(),
                changed ? "第" + reply.round() + "轮答复分类由" + from + "调整为" + to + "；理由：" + reason
                        : "第" + reply.round() + "轮答复分类" + from + "，审核确认" + (reason == null ? "" : "；" + reason));
        events.publishEvent(new ReplyClassReviewed(saved.id(), saved.suggestionId(), command.classification(), changed,
                command.actor().username()));
        return saved;
    }

    /**
     * 登记办理承诺 on the unit's own draft: what it promises and by when (after today). A reply whose class implies a
     * commitment cannot be signed without one.
     */
    public Commitment promise(PromiseCommand command) {
        Reply reply = replies.findById(command.replyId()).filter(r -> r.unitId() == command.unitId())
                .orElseThrow(() -> new NotFoundException("reply", command.replyId()));
        if (reply.isSigned()) {
            throw new RuleViolation("handling.commitment.replySigned");
        }
        if (command.description() == null || command.description().isBlank()) {
            throw RuleViolation.onField("description", "handling.commitment.descriptionRequired");
        }
        if (command.dueOn() == null) {
            throw RuleViolation.onField("dueOn", "handling.commitment.dueRequired");
        }
        if (!command.dueOn().isAfter(java.time.LocalDate.now(clock))) {
            throw RuleViolation.onField("dueOn", "handling.commitment.dueInPast");
        }
        return commitments.save(Commitment.promise(reply, command.description().strip(), command.dueOn(),
                command.actor().username(), clock.instant()));
    }

    /** Takes a commitment off the unit's draft again (only while the reply is a draft). */
    public void withdrawPromise(long commitmentId, long unitId) {
        Commitment commitment = commitments.findById(commitmentId).filter(c -> c.unitId() == unitId)
                .orElseThrow(() -> new NotFoundException("commitment", commitmentId));
        Reply reply = replies.findById(commitment.replyId()).orElseThrow();
        if (reply.isSigned()) {
            throw new RuleViolation("handling.commitment.replySigned");
        }
        commitments.delete(commitment);
    }

    /**
     * 再次答复 or 说明情况 on an open commitment of the unit: closes it, with the text given to the deputy, on a date
     * not before the reply and not in the future. Recorded on the case timeline.
     */
    public Commitment followUp(FollowUpCommand command) {
        Commitment commitment = commitments.findById(command.commitmentId()).filter(c -> c.unitId() == command.unitId())
                .orElseThrow(() -> new NotFoundException("commitment", command.commitmentId()));
        if (command.outcome() == null || command.outcome() == Commitment.Status.OPEN) {
            throw RuleViolation.onField("outcome", "handling.followUp.outcomeRequired");
        }
        if (command.text() == null || command.text().isBlank()) {
            throw RuleViolation.onField("text", "handling.followUp.textRequired");
        }
        Reply reply = replies.findById(commitment.replyId()).orElseThrow();
        if (command.on() == null) {
            throw RuleViolation.onField("on", "handling.followUp.dateRequired");
        }
        if (command.on().isAfter(java.time.LocalDate.now(clock))) {
            throw RuleViolation.onField("on", "handling.followUp.dateInFuture");
        }
        if (command.on().isBefore(reply.signedOn())) {
            throw RuleViolation.onField("on", "handling.followUp.dateBeforeReply", reply.signedOn());
        }
        String text = command.text().strip();
        if (command.outcome() == Commitment.Status.FULFILLED) {
            commitment.fulfil(text, command.on(), command.actor().username());
        } else {
            commitment.explain(text, command.on(), command.actor().username());
        }
        Commitment saved = commitments.save(commitment);
        suggestions.recordActivity(commitment.suggestionId(), CaseAction.FOLLOW_UP, command.actor(),
                "办理承诺“" + commitment.description() + "”"
                        + (command.outcome() == Commitment.Status.FULFILLED ? "已兑现，再次答复：" : "未能如期兑现，说明情况：")
                        + (text.length() > 200 ? text.substring(0, 200) + "…" : text));
        return saved;
    }

    @Transactional(readOnly = true)
    public List<Commitment> commitmentsOf(long suggestionId) {
        return commitments.findBySuggestionIdOrderByDueOnAscIdAsc(suggestionId);
    }

    @Transactional(readOnly = true)
    public List<Commitment> commitmentsOfReply(long replyId) {
        return commitments.findByReplyIdOrderById(replyId);
    }

    /** Every open commitment of signed replies, soonest due first (for the to-do lists and the office). */
    @Transactional(readOnly = true)
    public List<Commitment> openCommitments() {
        return commitments.findOpenOfSignedReplies();
    }

    @Transactional(readOnly = true)
    public Optional<Commitment> findCommitment(long id) {
        return commitments.findById(id);
    }

    /**
     * 会签: a current co-unit of the case countersigns the lead unit's draft as it now stands (its latest version).
     * A revised draft needs countersigning again.
     */
    public Countersignature countersign(CountersignCommand command) {
        Reply reply = replies.findById(command.replyId())
                .orElseThrow(() -> new NotFoundException("reply", command.replyId()));
        countersignDecision(reply, command.unitId()).orThrow();
        int version = currentVersion(reply.id());
        String remark = command.remark() == null || command.remark().isBlank() ? null : command.remark().strip();
        if (remark != null && remark.length() > 500) {
            throw new RuleViolation("handling.countersign.remarkTooLong");
        }
        Countersignature saved = countersignatures.save(new Countersignature(null, reply.id(), version,
                command.unitId(), remark, command.actor().username(), clock.instant()));
        suggestions.recordActivity(reply.suggestionId(), CaseAction.COUNTERSIGN, command.actor(),
                directory.unit(command.unitId()).shortName() + "会签第" + reply.round() + "轮答复稿第" + version + "稿"
                        + (remark == null ? "" : "；" + remark));
        return saved;
    }

    /** Whether the case's rules ask for 会签 and the unit may countersign the reply now (to offer the action). */
    @Transactional(readOnly = true)
    public boolean mayCountersign(Reply reply, long unitId) {
        return countersignRequired(reply.suggestionId())
                && countersignDecision(reply, unitId) instanceof cn.jianyi.shared.Decision.Allowed;
    }

    private cn.jianyi.shared.Decision countersignDecision(Reply reply, long unitId) {
        if (assignments.taskOf(reply.suggestionId(), unitId).filter(Assignment::isCoUnit).isEmpty()) {
            return cn.jianyi.shared.Decision.rejected("handling.countersign.notCoUnit");
        }
        if (reply.isSigned()) {
            return cn.jianyi.shared.Decision.rejected("handling.countersign.signed");
        }
        int version = currentVersion(reply.id());
        return countersignatures.findByReplyIdOrderById(reply.id()).stream()
                .anyMatch(c -> c.unitId() == unitId && c.versionNo() == version)
                ? cn.jianyi.shared.Decision.rejected("handling.countersign.already")
                : cn.jianyi.shared.Decision.allowed();
    }

    /** The countersignatures of a reply, all versions. */
    @Transactional(readOnly = true)
    public List<Countersignature> countersignaturesOf(long replyId) {
        return countersignatures.findByReplyIdOrderById(replyId);
    }

    /** Whether the case's rules make co-units countersign the lead unit's draft. */
    @Transactional(readOnly = true)
    public boolean countersignRequired(long suggestionId) {
        return ruleSets.forMeeting(suggestions.get(suggestionId).meetingId()).countersignRequired();
    }

    private int currentVersion(long replyId) {
        return versions.findByReplyIdOrderByVersionNo(replyId).size();
    }

    /** Every saved version of a reply, oldest first. */
    @Transactional(readOnly = true)
    public List<ReplyVersion> versionsOf(long replyId) {
        return versions.findByReplyIdOrderByVersionNo(replyId);
    }

    /**
     * 记录联系: appends a contact with the deputy to the case's contact log and timeline, with its attachments, in one
     * transaction: a refused file saves nothing.
     */
    public ContactRecord recordContact(RecordContactCommand command) {
        Suggestion suggestion = suggestions.get(command.suggestionId());
        ReplyPolicies.contactByAUnitOnAnOpenCase(suggestion, command.unitId()).orThrow();
        assignments.startWork(suggestion.id(), command.unitId(), command.actor());
        if (command.contactedOn().isAfter(java.time.LocalDate.now(clock))) {
            throw RuleViolation.onField("contactedOn", "handling.contact.inFuture");
        }
        java.time.LocalDate assignedOn = assignments.of(suggestion.id()).stream()
                .filter(a -> a.unitId().equals(command.unitId())).map(Assignment::assignedOn).findFirst().orElse(null);
        if (assignedOn != null && command.contactedOn().isBefore(assignedOn)) {
            throw RuleViolation.onField("contactedOn", "handling.contact.beforeAssignment");
        }
        List<CheckedUpload> files = checked(command.attachments());
        ContactRecord record = contacts.save(new ContactRecord(null, suggestion.id(), command.unitId(), command.kind(),
                command.contactedOn(), command.participants().strip(), command.summary().strip(),
                command.actor().username(), clock.instant()));
        for (CheckedUpload file : files) {
            attachments.insert(record.id(), file.name(), file.type(), file.sha256(), file.content(),
                    command.actor().username(), record.recordedAt());
        }
        suggestions.recordActivity(suggestion.id(), CaseAction.CONTACT_DEPUTY, command.actor(),
                command.contactedOn() + " " + command.participants().strip()
                        + (files.isEmpty() ? "" : "（附件" + files.size() + "份）"));
        events.publishEvent(new DeputyContacted(record.id(), suggestion.id(), command.unitId(), command.kind(),
                command.contactedOn(), command.actor().username()));
        return record;
    }

    /**
     * Refuses, beside the form's {@code attachments} field, files a contact record may not carry: more than five, an
     * empty one, one over 10 MB, a name too long, a type other than PDF, JPEG, PNG, DOCX, XLSX or OFD by content.
     */
    @Transactional(readOnly = true)
    public void checkAttachments(List<AttachmentUpload> uploads) {
        checked(uploads);
    }

    private static List<CheckedUpload> checked(List<AttachmentUpload> uploads) {
        AttachmentPolicies.atMostFiveFiles(uploads).orThrowOn("attachments");
        return uploads.stream().map(upload -> upload.checked("attachments", EnumSet.allOf(AttachmentType.class)))
                .toList();
    }

    /** The attachments of a case's contact records, by contact record id. */
    @Transactional(readOnly = true)
    public Map<Long, List<ContactAttachment>> attachmentsOf(long suggestionId) {
        Map<Long, List<ContactAttachment>> byRecord = new LinkedHashMap<>();
        attachments.ofSuggestion(suggestionId)
                .forEach(a -> byRecord.computeIfAbsent(a.contactRecordId(), k -> new ArrayList<>()).add(a));
        return byRecord;
    }

    /** An attachment with its bytes if its case lies in the scope; otherwise {@link NotFoundException}. */
    @Transactional(readOnly = true)
    public ContactAttachmentFile attachmentFile(long attachmentId, DataScope scope) {
        return attachments.file(attachmentId)
                .filter(file -> queries.isVisible(file.suggestionId(), scope))
                .orElseThrow(() -> new NotFoundException("contact attachment", attachmentId));
    }

    /** 协办意见: a co-unit sends its written opinion to the lead unit, once, before the lead unit answers. */
    public CoUnitOpinion giveOpinion(GiveOpinionCommand command) {
        Suggestion suggestion = suggestions.get(command.suggestionId());
        checkCanGiveOpinion(suggestion, command.unitId());
        if (command.opinion() == null || command.opinion().isBlank()) {
            throw RuleViolation.onField("opinion", "handling.opinion.required");
        }
        CoUnitOpinion opinion = opinions.save(new CoUnitOpinion(null, suggestion.id(), command.unitId(), 1,
                command.opinion().strip(), command.actor().username(), clock.instant()));
        String text = command.opinion().strip();
        assignments.markOpinionGiven(suggestion.id(), command.unitId(), command.actor(),
                text.length() > 80 ? text.substring(0, 80) + "…" : text);
        return opinion;
    }

    /** Refuses with the reason when the unit may not give a co-unit opinion on the case now. */
    @Transactional(readOnly = true)
    public void checkCanGiveOpinion(long suggestionId, long unitId) {
        checkCanGiveOpinion(suggestions.get(suggestionId), unitId);
    }

    private void checkCanGiveOpinion(Suggestion suggestion, long unitId) {
        Assignment task = assignments.taskOf(suggestion.id(), unitId)
                .filter(Assignment::isCoUnit)
                .orElseThrow(() -> new RuleViolation("handling.opinion.notCoUnit"));
        ReplyPolicies.opinionBeforeTheReply(suggestion).orThrow();
        if (task.status() == Assignment.Status.OPINION_GIVEN) {
            throw new RuleViolation("handling.opinion.alreadyGiven");
        }
    }

    @Transactional(readOnly = true)
    public List<CoUnitOpinion> opinionsOf(long suggestionId) {
        return opinions.findBySuggestionIdOrderById(suggestionId);
    }

    @Transactional(readOnly = true)
    public List<ContactRecord> contactsOf(long suggestionId) {
        return contacts.findBySuggestionIdOrderByContactedOnAscIdAsc(suggestionId);
    }

    @Transactional(readOnly = true)
    public List<Reply> repliesOf(long suggestionId) {
        return replies.findBySuggestionIdOrderByRoundAscIdAsc(suggestionId);
    }

    @Transactional(readOnly = true)
    public List<Reply> signedRepliesOf(long suggestionId) {
        return repliesOf(suggestionId).stream().filter(Reply::isSigned).toList();
    }

    /**
     * Every signed reply of a meeting's cases inside the scope: by suggestion number, then round (a re-handled case's
     * replies in the order they were signed), then reply.
     */
    @Transactional(readOnly = true)
    public List<Reply> signedRepliesOfMeeting(long meetingId, DataScope scope) {
        List<Long> cases = queries.idsInMeeting(meetingId, scope);
        if (cases.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> order = new HashMap<>();
        cases.forEach(id -> order.put(id, order.size()));
        return replies.findBySuggestionIdInAndStatus(cases, Reply.Status.SIGNED).stream()
                .sorted(java.util.Comparator.comparing((Reply r) -> order.get(r.suggestionId()))
                        .thenComparing(Reply::round).thenComparing(Reply::id))
                .toList();
    }

    /** The latest signed reply of a case: the one the deputy rates. */
    @Transactional(readOnly = true)
    public Optional<Reply> latestSigned(long suggestionId) {
        List<Reply> signed = signedRepliesOf(suggestionId);
        return signed.isEmpty() ? Optional.empty() : Optional.of(signed.get(signed.size() - 1));
    }

    @Transactional(readOnly = true)
    public Optional<Reply> draftOf(long suggestionId, long unitId) {
        return repliesOf(suggestionId).stream()
                .filter(r -> r.unitId() == unitId && !r.isSigned())
                .findFirst();
    }

    /**
     * The reply if the person may read it: its case lies in their scope, and a draft only for its own unit, the
     * congress and supervision offices, the administrator, and (where 会签 is required) the co-units of the case —
     * never for deputies. Otherwise {@link NotFoundException}.
     */
    @Transactional(readOnly = true)
    public Reply visibleTo(long replyId, CurrentUser me) {
        Reply reply = replies.findById(replyId).orElseThrow(() -> new NotFoundException("reply", replyId));
        if (!queries.isVisible(reply.suggestionId(), me.dataScope())) {
            throw new NotFoundException("reply", replyId);
        }
        boolean draftReader = me.role() == Role.CLERK || me.role() == Role.SUPERVISOR || me.role() == Role.ADMIN
                || reply.unitId().equals(me.unitId())
                || me.unitId() != null && countersignRequired(reply.suggestionId())
                        && assignments.taskOf(reply.suggestionId(), me.unitId()).isPresent();   // 会签 by co-units
        if (!reply.isSigned() && !draftReader) {
            throw new NotFoundException("reply", replyId);
        }
        return reply;
    }

    @Transactional(readOnly = true)
    public Optional<Reply> find(long replyId) {
        return replies.findById(replyId);
    }

    private int currentRound(long suggestionId, long unitId) {
        return (int) repliesOf(suggestionId).stream().filter(r -> r.unitId() == unitId && r.isSigned()).count() + 1;
    }
}
