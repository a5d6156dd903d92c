package cn.jianyi.workbench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.assignment.Assignment;
import cn.jianyi.assignment.ExtensionRequest;
import cn.jianyi.assignment.RequestOutcome;
import cn.jianyi.assignment.ReturnRequest;
import cn.jianyi.feedback.Feedback;
import cn.jianyi.feedback.FeedbackManagement;
import cn.jianyi.handling.CoUnitOpinion;
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
    private final cn.jianyi.assignment.Assignments assignments;
    private final cn.jianyi.assignment.UnitRequests unitRequests;
    private final java.time.Clock clock;
    private final cn.jianyi.rules.RuleSets ruleSets;
    private final cn.jianyi.suggestion.SuggestionManagement suggestionManagement;
    private final cn.jianyi.submission.SubmissionManagement submissions;
    private final cn.jianyi.supervision.DeadlineMonitor deadlines;

    CaseFiles(SuggestionQueries queries, HandlingManagement handling, FeedbackManagement feedback,
              Directory directory, cn.jianyi.assignment.Assignments assignments,
              cn.jianyi.assignment.UnitRequests unitRequests, java.time.Clock clock,
              cn.jianyi.rules.RuleSets ruleSets, cn.jianyi.suggestion.SuggestionManagement suggestionManagement,
              cn.jianyi.submission.SubmissionManagement submissions,
              cn.jianyi.supervision.DeadlineMonitor deadlines) {
        this.submissions = submissions;
        this.deadlines = deadlines;
        this.ruleSets = ruleSets;
        this.suggestionManagement = suggestionManagement;
        this.assignments = assignments;
        this.unitRequests = unitRequests;
        this.clock = clock;
        this.queries = queries;
        this.handling = handling;
        this.feedback = feedback;
        this.directory = directory;
    }

    /** The lead unit's draft the user's co-unit is to countersign now, if the rules require 会签. */
    private Long countersignReplyId(Suggestion suggestion, CurrentUser me) {
        if (me.unitId() == null || !me.can(Permission.OPINION_GIVE)) {
            return null;
        }
        Long leadUnit = suggestion.units().stream().filter(u -> u.role() == cn.jianyi.suggestion.HandlingRole.LEAD)
                .map(cn.jianyi.suggestion.CaseUnit::unitId).findFirst().orElse(null);
        if (leadUnit == null) {
            return null;
        }
        return handling.draftOf(suggestion.id(), leadUnit).filter(draft -> handling.mayCountersign(draft, me.unitId()))
                .map(Reply::id).orElse(null);
    }

    private CaseView.MergeInfo mergeInfo(Suggestion suggestion) {
        List<Suggestion> merged = suggestionManagement.mergedInto(suggestion.id());
        Map<Long, String> names = new HashMap<>();
        merged.forEach(m -> names.put(m.id(), directory.deputy(m.leadDeputyId()).name()));
        Integer targetNumber = suggestion.mergedInto() == null ? null
                : suggestionManagement.get(suggestion.mergedInto()).number();
        return new CaseView.MergeInfo(suggestion.mergedInto(), targetNumber, merged, names);
    }

    /** The commitments of the case's signed replies (and, for its own unit, of its draft). */
    private List<CaseView.CommitmentRow> commitmentRows(long id, CurrentUser me, List<Reply> visibleReplies) {
        int year = LocalDate.now(clock).getYear();
        Map<Long, Reply> byId = new HashMap<>();
        visibleReplies.forEach(r -> byId.put(r.id(), r));
        return handling.commitmentsOf(id).stream()
                .filter(c -> byId.containsKey(c.replyId()))
                .map(c -> {
                    Reply reply = byId.get(c.replyId());
                    boolean signed = reply.isSigned();
                    return new CaseView.CommitmentRow(c, directory.unit(c.unitId()).shortName(),
                            signed && c.isOpen() && me.can(Permission.FOLLOW_UP) && c.unitId().equals(me.unitId()),
                            signed && c.isOpen() && reply.signedOn().getYear() < year);
                })
                .toList();
    }

    private Map<Long, String> classMarks(List<Reply> replies) {
        Map<Long, String> marks = new HashMap<>();
        for (Reply r : replies) {
            var scheme = ruleSets.scheme(r.classificationScheme());
            String own = scheme.codeOf(r.classification().name());
            String effective = scheme.codeOf(r.effectiveClassification().name());
            marks.put(r.id(), effective.equals(own) ? own : effective + "（原报" + own + "）");
        }
        return marks;
    }

    public CaseView caseFor(long id, CurrentUser me) {
        SuggestionDetails details = queries.details(id, me.dataScope());
        Suggestion suggestion = details.suggestion();
        boolean seesDrafts = me.role() == Role.CLERK || me.role() == Role.SUPERVISOR || me.role() == Role.ADMIN;
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
        boolean draft = me.can(Permission.REPLY_DRAFT) && inHandling && me.unitId() != null
                && suggestion.isAnsweringUnit(me.unitId())
                && assignments.taskOf(id, me.unitId()).map(t -> t.status() != Assignment.Status.REPLIED).orElse(false);
        Long signReplyId = me.can(Permission.REPLY_SIGN) && inHandling ? ownDraft.map(Reply::id).orElse(null) : null;
        boolean giveFeedback = me.can(Permission.FEEDBACK_SUBMIT) && me.deputyId() != null
                && feedback.awaitsAnswerFrom(id, me.deputyId());

        List<Assignment> tasks = assignments.of(id);
        tasks.forEach(t -> unitNames.put(t.unitId(), directory.unit(t.unitId()).shortName()));
        Optional<Assignment> ownTask = me.unitId() == null ? Optional.empty() : assignments.taskOf(id, me.unitId());
        boolean handlesTask = me.can(Permission.TASK_HANDLE) && ownTask.isPresent();
        Assignment.Status ownStatus = ownTask.map(Assignment::status).orElse(null);
        LocalDate today = LocalDate.now(clock);
        boolean acknowledge = handlesTask && ownStatus == Assignment.Status.PENDING;
        boolean requestReturn = handlesTask && suggestion.status() == Suggestion.Status.ASSIGNED
                && (ownStatus == Assignment.Status.PENDING || ownStatus == Assignment.Status.IN_HANDLING)
                && !today.isAfter(unitRequests.returnWindowEnd(ownTask.get()));
        List<ExtensionRequest> extensionRequests = unitRequests.extensionRequestsOf(id);
        boolean requestExtension = handlesTask && ownTask.get().answersDeputy()
                && (ownStatus == Assignment.Status.PENDING || ownStatus == Assignment.Status.IN_HANDLING
                    || ownStatus == Assignment.Status.REHANDLING)
                && !today.isAfter(ownTask.get().dueOn())
                && extensionRequests.stream().noneMatch(r -> r.assignmentId().equals(ownTask.get().id())
                        && r.outcome() == RequestOutcome.PENDING);
        boolean giveOpinion = me.can(Permission.OPINION_GIVE) && ownTask.isPresent() && ownTask.get().isCoUnit()
                && suggestion.status() == Suggestion.Status.ASSIGNED
                && (ownStatus == Assignment.Status.PENDING || ownStatus == Assignment.Status.IN_HANDLING);
        boolean seesInternals = me.role() != Role.DEPUTY;
        List<CaseView.RequestRow> requests = new ArrayList<>();
        for (ReturnRequest r : unitRequests.returnRequestsOf(id)) {
            requests.add(new CaseView.RequestRow(r.id(), "case.request.return", unitNames.get(r.unitId()),
                    directory.unit(r.proposedUnitId()).shortName(), r.reason(), r.outcome(), r.decisionNote(),
                    "/return-requests/" + r.id()));
        }
        for (ExtensionRequest r : extensionRequests) {
            unitNames.putIfAbsent(r.unitId(), directory.unit(r.unitId()).shortName());
            requests.add(new CaseView.RequestRow(r.id(), "case.request.extension", unitNames.get(r.unitId()),
                    r.currentDueOn() + " → " + r.requestedDueOn(), r.reason(), r.outcome(), r.decisionNote(),
                    "/extension-requests/" + r.id()));
        }
        List<CaseView.RequestRow> toDecide = me.can(Permission.REQUEST_DECIDE)
                ? requests.stream().filter(r -> r.outcome() == RequestOutcome.PENDING).toList() : List.of();
        var actions = new CaseView.Actions(
                me.can(Permission.ASSIGNMENT_ASSIGN) && suggestion.status() == Suggestion.Status.REGISTERED,
                draft, draft ? ownDraft.map(Reply::id).orElse(null) : null, signReplyId, giveFeedback,
                me.can(Permission.CASE_CLOSE) && feedback.isClosable(id),
                me.can(Permission.CONTACT_RECORD) && suggestion.isHandledBy(me.unitId())
                        && suggestion.status() != Suggestion.Status.REGISTERED
                        && suggestion.status() != Suggestion.Status.CONCLUDED
                        && ownStatus != Assignment.Status.RETURN_REQUESTED,
                acknowledge, requestReturn, requestExtension, giveOpinion,
                me.can(Permission.REHANDLING_DECIDE) && feedback.awaitsRehandlingDecision(id), toDecide,
                me.can(Permission.KEY_DESIGNATE) && suggestion.status() != Suggestion.Status.CONCLUDED
                        && suggestion.status() != Suggestion.Status.MERGED && !suggestion.isArchived(),
                me.can(Permission.ASSIGNMENT_ASSIGN) && suggestion.status() == Suggestion.Status.REGISTERED,
                countersignReplyId(suggestion, me),
                me.can(Permission.FEEDBACK_PAPER_RECORD) && !feedback.pendingAnswerers(id).isEmpty(),
                me.can(Permission.FEEDBACK_SUBMIT) && me.deputyId() != null && feedback.mayCorrect(id, me.deputyId()));
        var running = deadlines.ofCase(id);
        List<CaseView.TaskRow> taskRows = tasks.stream().map(t -> new CaseView.TaskRow(unitNames.get(t.unitId()),
                t.role(), t.status(), t.dueOn(), t.opinionDueOn(),
                t.status().isRunning() ? running.get(t.unitId()) : null)).toList();
        List<CoUnitOpinion> opinions = seesInternals ? handling.opinionsOf(id) : List.of();
        opinions.forEach(o -> unitNames.putIfAbsent(o.unitId(), directory.unit(o.unitId()).shortName()));
        Optional<Assignment> lead = tasks.stream()
                .filter(t -> t.answersDeputy() && t.status() != Assignment.Status.RETURNED).findFirst();
        String ruleKey = lead.map(t -> switch (t.dueBasis()) {
                    case ASSIGNMENT -> "deadline.explain.rule";
                    case EXTENSION -> "deadline.explain.rule.extension";
                    case REHANDLING -> "deadline.explain.rule.rehandling";
                })
                .orElse("deadline.explain.rule");
        var timeline = me.role() == Role.DEPUTY
                ? details.timeline().stream().filter(e -> e.action() != cn.jianyi.suggestion.CaseAction.DRAFT_REPLY).toList()
                : details.timeline();
        return new CaseView(details, timeline, replies, contacts, handling.attachmentsOf(id), feedbacks, deputyNames,
                unitNames, actions, assignments.replyDeadlineOf(id).orElse(null), ruleKey, taskRows,
                seesInternals ? opinions : List.of(), seesInternals ? requests : List.of(), classMarks(replies),
                commitmentRows(id, me, replies), mergeInfo(suggestion), clock.getZone(),
                me.role().hasUnit() ? null : submissions.ofSuggestion(id)
                        .map(s -> new CaseView.Origin(s.id(), s.proposedUnit())).orElse(null));
    }
}
