package cn.jianyi.workbench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.feedback.Feedback;
import cn.jianyi.feedback.FeedbackManagement;
import cn.jianyi.handling.HandlingManagement;
import cn.jianyi.handling.Reply;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.Directory;
import cn.jianyi.identity.Permission;
import cn.jianyi.identity.Role;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionDetails;
import cn.jianyi.suggestion.SuggestionQueries;

/** Assembles the case page from the workflow modules, within the user's scope. */
@Service
@Transactional(readOnly = true)
public class CaseFiles {

    private final SuggestionQueries queries;
    private final HandlingManagement handling;
    private final FeedbackManagement feedback;
    private final Directory directory;
    private final cn.jianyi.assignment.AssignmentManagement assignments;
    private final java.time.Clock clock;

    CaseFiles(SuggestionQueries queries, HandlingManagement handling, FeedbackManagement feedback,
              Directory directory, cn.jianyi.assignment.AssignmentManagement assignments, java.time.Clock clock) {
        this.assignments = assignments;
        this.clock = clock;
        this.queries = queries;
        this.handling = handling;
        this.feedback = feedback;
        this.directory = directory;
    }

    public CaseView caseFor(long id, CurrentUser me) {
        SuggestionDetails details = queries.details(id, me.dataScope());
        Suggestion suggestion = details.suggestion();
        boolean seesDrafts = me.role() == Role.CLERK || me.role() == Role.SUPERVISOR;
        List<Reply> replies = handling.repliesOf(id).stream()
                .filter(r -> r.isSigned() || seesDrafts || r.unitId().equals(me.unitId()))
                .toList();
        List<Feedback> feedbacks = feedback.of(id);
        Map<Long, String> deputyNames = new HashMap<>();
        feedbacks.forEach(f -> deputyNames.put(f.deputyId(), directory.deputy(f.deputyId()).name()));
        Map<Long, String> unitNames = new HashMap<>();
        replies.forEach(r -> unitNames.put(r.unitId(), directory.unit(r.unitId()).shortName()));
        List<cn.jianyi.handling.ContactRecord> contacts = handling.contactsOf(id);
        contacts.forEach(c -> unitNames.put(c.unitId(), directory.unit(c.unitId()).shortName()));

        boolean inHandling = suggestion.status().acceptsReplies();
        Optional<Reply> ownDraft = me.unitId() == null ? Optional.empty() : handling.draftOf(id, me.unitId());
        boolean draft = me.can(Permission.REPLY_DRAFT) && inHandling && suggestion.isLeadUnit(me.unitId());
        Long signReplyId = me.can(Permission.REPLY_SIGN) && inHandling ? ownDraft.map(Reply::id).orElse(null) : null;
        boolean giveFeedback = me.can(Permission.FEEDBACK_SUBMIT)
                && suggestion.status() == Suggestion.Status.REPLIED
                && me.deputyId() != null && suggestion.leadDeputyId().equals(me.deputyId())
                && feedback.latestRoundFeedback(id).isEmpty();
        var actions = new CaseView.Actions(
                me.can(Permission.ASSIGNMENT_ASSIGN) && suggestion.status() == Suggestion.Status.REGISTERED,
                draft, draft ? ownDraft.map(Reply::id).orElse(null) : null, signReplyId, giveFeedback,
                me.can(Permission.CASE_CLOSE) && feedback.isClosable(id),
                me.can(Permission.CONTACT_RECORD) && suggestion.isHandledBy(me.unitId())
                        && suggestion.status() != Suggestion.Status.REGISTERED
                        && suggestion.status() != Suggestion.Status.CONCLUDED);
        var timeline = me.role() == Role.DEPUTY
                ? details.timeline().stream().filter(e -> e.action() != cn.jianyi.suggestion.CaseAction.DRAFT_REPLY).toList()
                : details.timeline();
        return new CaseView(details, timeline, replies, contacts, feedbacks, deputyNames, unitNames, actions,
                assignments.replyDeadlineOf(id).orElse(null), clock.getZone());
    }
}
