package cn.jianyi.handling;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.assignment.Assignment;
import cn.jianyi.assignment.AssignmentManagement;
import cn.jianyi.identity.DataScope;
import cn.jianyi.identity.Directory;
import cn.jianyi.identity.HandlingUnit;
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
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HandlingManagement(ReplyRepository replies, SuggestionManagement suggestions, AssignmentManagement assignments,
                       Meetings meetings, Directory directory, DocumentNumberAllocator numbers,
                       ContactRecordRepository contacts, ContactAttachmentRepository attachments,
                       SuggestionQueries queries, CoUnitOpinionRepository opinions,
                       ApplicationEventPublisher events, Clock clock) {
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
        String deputy = directory.deputy(suggestion.leadDeputyId()).name();
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
        assignments.startWork(suggestion.id(), command.unitId(), command.actor());
        int round = currentRound(suggestion.id(), command.unitId());
        Instant now = clock.instant();
        Optional<Reply> draft = draftOf(suggestion.id(), command.unitId());
        Reply reply;
        if (draft.isPresent()) {
            reply = draft.get();
            reply.revise(command.content(), command.actor().username(), now);
        } else {
            reply = Reply.draft(suggestion.id(), command.unitId(), round, command.content(),
                    command.actor().username(), now);
        }
        reply = replies.save(reply);
        suggestions.recordActivity(suggestion.id(), CaseAction.DRAFT_REPLY, command.actor(),
                "第" + round + "轮答复稿，拟分类：" + command.content().classification());
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
        DocumentNumber number = numbers.next(directory.unit(reply.unitId()), command.signedOn().getYear());
        reply.sign(number, command.actor().displayName(), command.signedOn(), clock.instant());
        Reply saved = replies.save(reply);
        assignments.markLeadReplied(suggestion.id(), reply.unitId());
        suggestions.markReplied(suggestion.id(), command.actor(),
                number + "，分类：" + reply.classification() + "，签发人：" + command.actor().displayName());
        events.publishEvent(new ReplySigned(saved.id(), suggestion.id(), saved.unitId(), saved.round(),
                number.toString(), saved.classification(), saved.signedOn()));
        return saved;
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
        List<CheckedFile> files = checked(command.attachments());
        ContactRecord record = contacts.save(new ContactRecord(null, suggestion.id(), command.unitId(), command.kind(),
                command.contactedOn(), command.participants().strip(), command.summary().strip(),
                command.actor().username(), clock.instant()));
        for (CheckedFile file : files) {
            attachments.insert(record.id(), file.name(), file.type(), sha256(file.content()), file.content(),
                    command.actor().username(), record.recordedAt());
        }
        suggestions.recordActivity(suggestion.id(), CaseAction.CONTACT_DEPUTY, command.actor(),
                command.contactedOn() + " " + command.participants().strip()
                        + (files.isEmpty() ? "" : "（附件" + files.size() + "份）"));
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

    private record CheckedFile(String name, AttachmentType type, byte[] content) {
    }

    private static List<CheckedFile> checked(List<AttachmentUpload> uploads) {
        AttachmentPolicies.atMostFiveFiles(uploads).orThrowOn("attachments");
        List<CheckedFile> files = new ArrayList<>();
        for (AttachmentUpload upload : uploads) {
            String name = AttachmentPolicies.cleanName(upload.fileName());
            AttachmentPolicies.nameFits(name).orThrowOn("attachments");
            AttachmentPolicies.notEmpty(name, upload).orThrowOn("attachments");
            AttachmentPolicies.atMostTenMegabytes(name, upload).orThrowOn("attachments");
            Optional<AttachmentType> type = AttachmentTypes.detect(upload.content());
            AttachmentPolicies.allowedType(name, type).orThrowOn("attachments");
            files.add(new CheckedFile(name, type.orElseThrow(), upload.content()));
        }
        return files;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
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
                .filter(t -> !t.isLead())
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

    @Transactional(readOnly = true)
    public Optional<Reply> find(long replyId) {
        return replies.findById(replyId);
    }

    private int currentRound(long suggestionId, long unitId) {
        return (int) repliesOf(suggestionId).stream().filter(r -> r.unitId() == unitId && r.isSigned()).count() + 1;
    }
}
