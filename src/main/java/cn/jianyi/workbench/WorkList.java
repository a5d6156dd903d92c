package cn.jianyi.workbench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.assignment.Assignment;
import cn.jianyi.assignment.TaskConditions;
import cn.jianyi.feedback.FeedbackConditions;
import cn.jianyi.handling.ReplyConditions;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.DataScope;
import cn.jianyi.identity.Role;
import cn.jianyi.suggestion.CaseCondition;
import cn.jianyi.suggestion.CaseConditions;
import cn.jianyi.suggestion.CaseDeadline;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionFilter;
import cn.jianyi.suggestion.SuggestionQueries;
import cn.jianyi.suggestion.SuggestionSummary;
import cn.jianyi.supervision.DeadlineMonitor;

/**
 * Each role's to-do lists, always inside the person's data scope (a deputy's home is {@link DeputyPortal}). Every list
 * is one statement per status it lists, its condition in SQL before its limit ({@link SuggestionQueries#firstMatching},
 * the conditions from the modules that own the tables): a page's statements do not grow with the number of cases.
 */
@Service
@Transactional(readOnly = true)
public class WorkList {

    /** One list on the home page, titled by a message key. */
    public record Section(String titleKey, List<SuggestionSummary> items) {
    }

    /**
     * The home page: counts by status in the person's scope, and the to-do lists.
     *
     * @param deadlines the running deadlines of each listed case as the reader sees them (a unit's people: their own
     *                  task's, a co-unit's 协办意见期限; the office: each kind), the most urgent first
     * @param unitReader whether the reader works for a unit (then only the unit's own deadlines are shown)
     */
    public record Home(Map<Suggestion.Status, Long> counts, List<Section> sections, LocalDate today,
                       Map<Long, List<CaseDeadline>> deadlines, boolean unitReader) {
    }

    /** A list to show, read only if no weightier role of the person shows it already. */
    private record Planned(String titleKey, Supplier<List<SuggestionSummary>> items) {
    }

    /** At most this many cases per list and status. */
    private static final int LIMIT = 100;

    private final SuggestionQueries queries;
    private final FeedbackConditions feedback;
    private final DeadlineMonitor deadlines;
    private final Clock clock;

    WorkList(SuggestionQueries queries, FeedbackConditions feedback, DeadlineMonitor deadlines, Clock clock) {
        this.queries = queries;
        this.feedback = feedback;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public Home homeOf(CurrentUser me) {
        DataScope scope = me.dataScope();
        LocalDate today = LocalDate.now(clock);
        var sections = new ArrayList<Section>();
        var shown = new HashSet<String>();
        for (Role role : me.roles()) {       // weightiest first; a list two roles share is read and shown once
            for (Planned planned : sectionsOf(role, me, scope, today)) {
                if (shown.add(planned.titleKey())) {
                    sections.add(new Section(planned.titleKey(), planned.items().get()));
                }
            }
        }
        var listed = new HashSet<Long>();
        sections.forEach(section -> section.items().forEach(item -> listed.add(item.id())));
        return new Home(queries.countByStatus(scope), List.copyOf(sections), today,
                deadlines.forReader(listed, me.unitId()), me.unitId() != null);
    }

    private List<Planned> sectionsOf(Role role, CurrentUser me, DataScope scope, LocalDate today) {
        CaseCondition always = CaseCondition.always();
        return switch (role) {
            case CLERK -> List.of(
                    new Planned("home.key", () -> keyItems(scope)),
                    new Planned("home.clerk.toAssign", () -> find(scope, Suggestion.Status.REGISTERED, always)),
                    new Planned("home.clerk.toClose",
                            () -> find(scope, Suggestion.Status.REPLIED, feedback.closable())),
                    new Planned("home.clerk.requests", () -> inHandling(scope, TaskConditions.requestPending())),
                    new Planned("home.clerk.rehandlingDecision",
                            () -> find(scope, Suggestion.Status.REPLIED, feedback.awaitingRehandlingDecision())),
                    new Planned("home.clerk.rehandling", () -> find(scope, Suggestion.Status.REHANDLING, always)),
                    new Planned("home.clerk.commitmentsDue",
                            () -> anyStatus(scope, ReplyConditions.commitmentDueBy(today))));
            case HANDLER -> {
                long unit = me.unitId();
                // 本单位主办 (or 分办) and not yet answered
                CaseCondition leading = CaseConditions.answeredBy(unit)
                        .and(TaskConditions.taskOf(unit, Assignment.Status.REPLIED).negate());
                CaseCondition coHandling = CaseConditions.answeredBy(unit).negate();
                yield List.of(
                        toAcknowledge(scope, unit),
                        commitmentsDue(scope, unit, today),
                        new Planned("home.handler.toDraft",
                                () -> inHandling(scope, leading.and(ReplyConditions.noDraftOf(unit)))),
                        new Planned("home.handler.returned",
                                () -> inHandling(scope, leading.and(ReplyConditions.draftReturned(unit)))),
                        new Planned("home.handler.drafts",
                                () -> inHandling(scope, leading.and(ReplyConditions.draftBeingWritten(unit)))),
                        new Planned("home.handler.submitted",
                                () -> inHandling(scope, leading.and(ReplyConditions.draftSubmitted(unit)))),
                        new Planned("home.handler.toOpine", () -> inHandling(scope, coHandling.and(
                                TaskConditions.taskOf(unit, Assignment.Status.PENDING, Assignment.Status.IN_HANDLING)))),
                        new Planned("home.handler.coHandling", () -> inHandling(scope, coHandling)));
            }
            case HEAD -> {
                long unit = me.unitId();
                yield List.of(
                        toAcknowledge(scope, unit),
                        commitmentsDue(scope, unit, today),
                        // 送签 drafts (ADR 0045): the head may still sign an unsubmitted draft from the case page
                        new Planned("home.head.toSign", () -> inHandling(scope, ReplyConditions.draftSubmitted(unit))),
                        new Planned("home.head.inHandling", () -> inHandling(scope, always)));
            }
            // a deputy's home is the portal (DeputyPortal): invitations, submissions and their suggestions; the
            // security and audit administrators see no case: their pages are the accounts and the audit log
            case DEPUTY, SECURITY_ADMIN, AUDIT_ADMIN -> List.of();
            case ADMIN -> List.of(new Planned("home.admin.key", () -> keyItems(scope)));
            case SUPERVISOR -> List.of(
                    new Planned("home.key", () -> keyItems(scope)),
                    new Planned("home.supervisor.overdue",
                            () -> inHandling(scope, CaseConditions.replyDueBefore(today))),
                    new Planned("home.supervisor.inHandling", () -> inHandling(scope, always)));
        };
    }

    /** Cases whose unit's task waits for 签收. */
    private Planned toAcknowledge(DataScope scope, long unitId) {
        return new Planned("home.unit.toAcknowledge",
                () -> inHandling(scope, TaskConditions.taskOf(unitId, Assignment.Status.PENDING)));
    }

    /** Cases with an open commitment of the unit due within 30 days or overdue (跟踪办理). */
    private Planned commitmentsDue(DataScope scope, long unitId, LocalDate today) {
        return new Planned("home.unit.commitmentsDue", () -> anyStatus(scope, ReplyConditions.commitmentDueBy(unitId,
                today.plusDays(DeadlineMonitor.COMMITMENT_HORIZON_DAYS))));
    }

    /** 重点督办 items not yet closed. */
    private List<SuggestionSummary> keyItems(DataScope scope) {
        return queries.firstMatching(SuggestionFilter.keyItems(), CaseConditions.notIn(Suggestion.Status.CONCLUDED),
                scope, LIMIT);
    }

    /** The cases in handling (已交办, then 重新办理) that meet the condition. */
    private List<SuggestionSummary> inHandling(DataScope scope, CaseCondition condition) {
        var result = new ArrayList<SuggestionSummary>(find(scope, Suggestion.Status.ASSIGNED, condition));
        result.addAll(find(scope, Suggestion.Status.REHANDLING, condition));
        return List.copyOf(result);
    }

    private List<SuggestionSummary> find(DataScope scope, Suggestion.Status status, CaseCondition condition) {
        return queries.firstMatching(new SuggestionFilter(null, status, null, null), condition, scope, LIMIT);
    }

    private List<SuggestionSummary> anyStatus(DataScope scope, CaseCondition condition) {
        return queries.firstMatching(SuggestionFilter.none(), condition, scope, LIMIT);
    }
}
