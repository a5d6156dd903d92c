package cn.jianyi.handling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.assignment.Assignment;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.identity.DataScope;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.suggestion.CaseAction;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.suggestion.SuggestionQueries;

/** 联系代表: the case's contact log with the deputy and the files that document each contact. */
@Service
@Transactional
public class ContactLog {

    private final ContactRecordRepository contacts;
    private final ContactAttachmentRepository attachments;
    private final SuggestionManagement suggestions;
    private final SuggestionQueries queries;
    private final Assignments assignments;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ContactLog(ContactRecordRepository contacts, ContactAttachmentRepository attachments,
               SuggestionManagement suggestions, SuggestionQueries queries, Assignments assignments,
               Clock clock, ApplicationEventPublisher events) {
        this.contacts = contacts;
        this.attachments = attachments;
        this.suggestions = suggestions;
        this.queries = queries;
        this.assignments = assignments;
        this.clock = clock;
        this.events = events;
    }

    /**
     * 记录联系: appends a contact with the deputy to the case's contact log and timeline, with its attachments, in one
     * transaction: a refused file saves nothing.
     */
    public ContactRecord recordContact(RecordContactCommand command) {
        Suggestion suggestion = suggestions.get(command.suggestionId());
        ReplyPolicies.contactByAUnitOnAnOpenCase(suggestion, command.unitId()).orThrow();
        assignments.startWork(suggestion.id(), command.unitId(), command.actor());
        if (command.contactedOn().isAfter(LocalDate.now(clock))) {
            throw RuleViolation.onField("contactedOn", "handling.contact.inFuture");
        }
        LocalDate assignedOn = assignments.of(suggestion.id()).stream()
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

    @Transactional(readOnly = true)
    public List<ContactRecord> contactsOf(long suggestionId) {
        return contacts.findBySuggestionIdOrderByContactedOnAscIdAsc(suggestionId);
    }

    /** Whether the unit recorded any contact with the deputy on the case. */
    @Transactional(readOnly = true)
    public boolean unitContacted(long suggestionId, long unitId) {
        return contactsOf(suggestionId).stream().anyMatch(c -> c.unitId().equals(unitId));
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
}
