package cn.jianyi.workbench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.assignment.Assignment;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.assignment.ExtensionRequest;
import cn.jianyi.assignment.RequestOutcome;
import cn.jianyi.assignment.ReturnRequest;
import cn.jianyi.assignment.TaskActions;
import cn.jianyi.assignment.UnitRequests;
import cn.jianyi.feedback.Feedback;
import cn.jianyi.feedback.FeedbackManagement;
import cn.jianyi.handling.CoUnitOpinion;
import cn.jianyi.handling.CoUnitOpinions;
import cn.jianyi.handling.Commitments;
import cn.jianyi.handling.ContactLog;
import cn.jianyi.handling.ContactRecord;
import cn.jianyi.handling.Reply;
import cn.jianyi.handling.ReplyQueries;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.Directory;
import cn.jianyi.identity.Permission;
import cn.jianyi.identity.Role;
import cn.jianyi.rules.RuleSets;
import cn.jianyi.submission.SubmissionManagement;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionDetails;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.suggestion.SuggestionQueries;
import cn.jianyi.suggestion.TimelineVisibility;
import cn.jianyi.supervision.DeadlineMonitor;

/** Assembles the case page from the workflow modules, within the user's scope. */
@Service
@Transactional(readOnly = true)
public class CaseFiles {

    private final SuggestionQueries queries;
    private final ReplyQueries replyQueries;
    private final ContactLog contactLog;
    private final Commitments commitments;
    private final CoUnitOpinions coUnitOpinions;
    private final FeedbackManagement feedback;
    private final Directory directory;
    private final Assignments assignments;
    private final UnitRequests unitRequests;
    private final Clock clock;
    private final RuleSets ruleSets;
    private final SuggestionManagement suggestionManagement;
    private final SubmissionManagement submissions;
    private final DeadlineMonitor deadlines;

    CaseFiles(SuggestionQueries queries, ReplyQueries replyQueries, ContactLog contactLog, Commitments commitments,
              CoUnitOpinions coUnitOpinions, FeedbackManagement feedback, Directory directory,
              Assignments assignments, UnitRequests unitRequests, Clock clock,
              RuleSets ruleSets, SuggestionManagement suggestionManagement,
              SubmissionManagement submissions,
              DeadlineMonitor deadlines) {
        this.submissions = submissions;
        this.deadlines = deadlines;
        this.ruleSets = ruleSets;
        this.suggestionManagement = suggestionManagement;
        this.assignments = assignments;
        this.unitRequests = unitRequests;
        this.clock = clock;
        this.queries = queries;
        this.replyQueries = replyQueries;
        this.contactLog = contactLog;
        this.commitments = commitments;
        this.coUnitOpinions = coUnitOpinions;
        this.feedback = feedback;
        this.directory = directory;
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
        return commitments.commitmentsOf(id).stream()
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

    /**
     * The acts on the user's unit's own task, as the assignment module answers them from its guard table and the
     * policies its commands check; the page adds the case's own conditions: a return while the case is 已交办, a
     * co-unit's opinion while it is 已交办 or 重新办理 (a co-unit asked again), a contact while the case is open (the contact command's {@code ReplyPolicies} rule).
     */
    private CaseView.TaskActions taskActions(Suggestion suggestion, CurrentUser me, LocalDate today) {
        TaskActions task = unitRequests.actionsFor(suggestion.id(), me, today);
        boolean assigned = suggestion.status() == Suggestion.Status.ASSIGNED;
        boolean caseOpen = suggestion.status() != Suggestion.Status.REGISTERED
                && suggestion.status() != Suggestion.Status.CONCLUDED;
        boolean recordContact = me.can(Permission.CONTACT_RECORD) && suggestion.isHandledBy(me.unitId()) && caseOpen
                && task.startWork();
        return new CaseView.TaskActions(task.acknowledge(), task.requestReturn() && assigned, task.requestExtension(),
                task.giveOpinion() && (assigned || suggestion.status() == Suggestion.Status.REHANDLING), recordContact);
    }

    /**
     * The congress office's acts: 交办, 并案 and 重点督办 as the case's own guard table allows them ({@link Suggestion.Act}),
     * and the units' requests waiting for its decision.
     */
    private static CaseView.OfficeActions officeActions(Suggestion suggestion, CurrentUser me,
                                                        List<CaseView.RequestRow> toDecide) {
        boolean assigns = me.can(Permission.ASSIGNMENT_ASSIGN);
        return new CaseView.OfficeActions(assigns && suggestion.allows(Suggestion.Act.ASSIGN),
                assigns && suggestion.allows(Suggestion.Act.MERGE),
                me.can(Permission.KEY_DESIGNATE) && suggestion.allows(Suggestion.Act.DESIGNATE_KEY), toDecide);
    }

    public CaseView caseFor(long id, CurrentUser me) {
        SuggestionDetails details = queries.details(id, me.dataScope());
        Suggestion suggestion = details.suggestion();
        boolean seesDrafts = me.readsEveryCase();
        List<Reply> replies = replyQueries.repliesOf(id).stream()
                .filter(r -> r.isSigned() || seesDrafts || r.unitId().equals(me.unitId()))
                .toList();
        List<Feedback> feedbacks = feedback.of(id);
        Map<Long, String> deputyNames = new HashMap<>();
        feedbacks.forEach(f -> deputyNames.put(f.deputyId(), directory.deputy(f.deputyId()).name()));
        Map<Long, String> unitNames = new HashMap<>();
        replies.forEach(r -> unitNames.put(r.unitId(), directory.unit(r.unitId()).shortName()));
        List<ContactRecord> contacts = contactLog.contactsOf(id);
        contacts.forEach(c -> unitNames.put(c.unitId(), directory.unit(c.unitId()).shortName()));

        List<Assignment> tasks = assignments.of(id);
        tasks.forEach(t -> unitNames.put(t.unitId(), directory.unit(t.unitId()).shortName()));
        LocalDate today = LocalDate.now(clock);
        List<ExtensionRequest> extensionRequests = unitRequests.extensionRequestsOf(id);
        boolean seesInternals = !me.has(Role.DEPUTY);
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
        var actions = new CaseView.Actions(officeActions(suggestion, me, toDecide),
                taskActions(suggestion, me, today),
                replyQueries.actionsFor(id, me, today), feedback.actionsFor(id, me));
        var running = deadlines.ofCase(id);
        List<CaseView.TaskRow> taskRows = tasks.stream().map(t -> new CaseView.TaskRow(unitNames.get(t.unitId()),
                t.role(), t.status(), t.dueOn(), t.opinionDueOn(),
                t.status().isRunning() ? running.get(t.unitId()) : null)).toList();
        List<CoUnitOpinion> opinions = seesInternals ? coUnitOpinions.opinionsOf(id) : List.of();
        opinions.forEach(o -> unitNames.putIfAbsent(o.unitId(), directory.unit(o.unitId()).shortName()));
        Optional<Assignment> lead = tasks.stream()
                .filter(t -> t.answersDeputy() && t.status() != Assignment.Status.RETURNED).findFirst();
        String ruleKey = lead.map(t -> switch (t.dueBasis()) {
                    case ASSIGNMENT -> "deadline.explain.rule";
                    case EXTENSION -> "deadline.explain.rule.extension";
                    case REHANDLING -> "deadline.explain.rule.rehandling";
                })
                .orElse("deadline.explain.rule");
        // who reads which entry: TimelineVisibility; a deputy's account holds no other role (RoleSet), so its
        // weightiest role is DEPUTY
        var timeline = TimelineVisibility.as(me.roles().primary(), details.timeline());
        return new CaseView(details, timeline, replies, contacts, contactLog.attachmentsOf(id), feedbacks, deputyNames,
                unitNames, actions, assignments.replyDeadlineOf(id).orElse(null), ruleKey, taskRows,
                seesInternals ? opinions : List.of(), seesInternals ? requests : List.of(), classMarks(replies),
                commitmentRows(id, me, replies), mergeInfo(suggestion), clock.getZone(),
                me.unitId() != null ? null : submissions.ofSuggestion(id)
                        .map(s -> new CaseView.Origin(s.id(), s.proposedUnit())).orElse(null));
    }
}
