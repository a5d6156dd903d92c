package cn.jianyi.workbench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.assignment.Assignment;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.assignment.UnitRequests;
import cn.jianyi.feedback.FeedbackManagement;
import cn.jianyi.handling.Commitment;
import cn.jianyi.handling.Commitments;
import cn.jianyi.handling.ReplyQueries;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.DataScope;
import cn.jianyi.identity.Role;
import cn.jianyi.suggestion.CaseDeadline;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionFilter;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.suggestion.SuggestionQueries;
import cn.jianyi.suggestion.SuggestionSummary;
import cn.jianyi.supervision.DeadlineMonitor;

/** Each role's to-do lists, always inside the person's data scope (a deputy's home is {@link DeputyPortal}). */
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

    private static final int LIMIT = 100;

    private final SuggestionQueries queries;
    private final SuggestionManagement suggestions;
    private final Commitments commitments;
    private final ReplyQueries replyQueries;
    private final FeedbackManagement feedback;
    private final Assignments assignments;
    private final UnitRequests requests;
    private final DeadlineMonitor deadlines;
    private final Clock clock;

    WorkList(SuggestionQueries queries, SuggestionManagement suggestions, Commitments commitments,
             ReplyQueries replyQueries, FeedbackManagement feedback, Assignments assignments,
             UnitRequests requests, DeadlineMonitor deadlines, Clock clock) {
        this.assignments = assignments;
        this.requests = requests;
        this.deadlines = deadlines;
        this.queries = queries;
        this.suggestions = suggestions;
        this.commitments = commitments;
        this.replyQueries = replyQueries;
        this.feedback = feedback;
        this.clock = clock;
    }

    public Home homeOf(CurrentUser me) {
        DataScope scope = me.dataScope();
        LocalDate today = LocalDate.now(clock);
        var sections = new ArrayList<Section>();
        for (Role role : me.roles()) {       // weightiest first; a section two roles share is shown once
            sectionsOf(role, me, scope, today).stream()
                    .filter(section -> sections.stream().noneMatch(s -> s.titleKey().equals(section.titleKey())))
                    .forEach(sections::add);
        }
        var listed = new java.util.HashSet<Long>();
        sections.forEach(section -> section.items().forEach(item -> listed.add(item.id())));
        return new Home(queries.countByStatus(scope), List.copyOf(sections), today,
                deadlines.forReader(listed, me.unitId()), me.unitId() != null);
    }

    private List<Section> sectionsOf(Role role, CurrentUser me, DataScope scope, LocalDate today) {
        var sections = new ArrayList<Section>();
        switch (role) {
            case CLERK -> {
                sections.add(new Section("home.key", keyItems(scope)));
                sections.add(new Section("home.clerk.toAssign", find(scope, Suggestion.Status.REGISTERED, s -> true)));
                sections.add(new Section("home.clerk.toClose",
                        find(scope, Suggestion.Status.REPLIED, s -> feedback.isClosable(s.id()))));
                java.util.Set<Long> withRequests = new java.util.HashSet<>();
                requests.pendingReturnRequests().forEach(r -> withRequests.add(r.suggestionId()));
                requests.pendingExtensionRequests().forEach(r -> withRequests.add(r.suggestionId()));
                sections.add(new Section("home.clerk.requests", inHandling(scope, s -> withRequests.contains(s.id()))));
                sections.add(new Section("home.clerk.rehandlingDecision",
                        find(scope, Suggestion.Status.REPLIED, s -> feedback.awaitsRehandlingDecision(s.id()))));
                sections.add(new Section("home.clerk.rehandling", find(scope, Suggestion.Status.REHANDLING, s -> true)));
                sections.add(new Section("home.clerk.commitmentsDue", queries.summariesOf(commitments.openCommitments()
                        .stream().filter(c -> c.isDueBy(today)).map(Commitment::suggestionId)
                        .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)), scope)));
            }
            case HANDLER -> {
                long unit = me.unitId();
                sections.add(new Section("home.unit.toAcknowledge", inHandling(scope, s -> hasTask(s, unit,
                        Assignment.Status.PENDING))));
                sections.add(new Section("home.unit.commitmentsDue", commitmentsDue(scope, unit, today)));
                List<SuggestionSummary> leading = inHandling(scope, s -> suggestions.get(s.id()).isAnsweringUnit(unit)
                        && !hasTask(s, unit, Assignment.Status.REPLIED));
                sections.add(new Section("home.handler.toDraft",
                        leading.stream().filter(s -> replyQueries.draftOf(s.id(), unit).isEmpty()).toList()));
                sections.add(new Section("home.handler.returned", leading.stream()
                        .filter(s -> replyQueries.draftOf(s.id(), unit).filter(replyQueries::returnedForRevision)
                                .isPresent())
                        .toList()));
                sections.add(new Section("home.handler.drafts", leading.stream()
                        .filter(s -> replyQueries.draftOf(s.id(), unit)
                                .filter(r -> !r.isSubmitted() && !replyQueries.returnedForRevision(r)).isPresent())
                        .toList()));
                sections.add(new Section("home.handler.submitted", leading.stream()
                        .filter(s -> replyQueries.draftOf(s.id(), unit).filter(r -> r.isSubmitted()).isPresent())
                        .toList()));
                sections.add(new Section("home.handler.toOpine", inHandling(scope,
                        s -> !suggestions.get(s.id()).isAnsweringUnit(unit)
                                && hasTask(s, unit, Assignment.Status.PENDING, Assignment.Status.IN_HANDLING))));
                sections.add(new Section("home.handler.coHandling",
                        inHandling(scope, s -> !suggestions.get(s.id()).isAnsweringUnit(unit))));
            }
            case HEAD -> {
                long unit = me.unitId();
                sections.add(new Section("home.unit.toAcknowledge", inHandling(scope, s -> hasTask(s, unit,
                        Assignment.Status.PENDING))));
                sections.add(new Section("home.unit.commitmentsDue", commitmentsDue(scope, unit, today)));
                // 送签 drafts (ADR 0045): the head may still sign an unsubmitted draft from the case page
                sections.add(new Section("home.head.toSign", inHandling(scope,
                        s -> replyQueries.draftOf(s.id(), unit).filter(r -> r.isSubmitted()).isPresent())));
                sections.add(new Section("home.head.inHandling", inHandling(scope, s -> true)));
            }
            case DEPUTY -> {
                // a deputy's home is the portal (DeputyPortal): invitations, submissions and their suggestions
            }
            case ADMIN -> sections.add(new Section("home.admin.key", keyItems(scope)));
            case SECURITY_ADMIN, AUDIT_ADMIN -> {
                // no case: their pages are the accounts and the audit log
            }
            case SUPERVISOR -> {
                sections.add(new Section("home.key", keyItems(scope)));
                sections.add(new Section("home.supervisor.overdue",
                        inHandling(scope, s -> s.dueOn() != null && s.dueOn().isBefore(today))));
                sections.add(new Section("home.supervisor.inHandling", inHandling(scope, s -> true)));
            }
        }
        return sections;
    }

    /** Cases with an open commitment of the unit due within 30 days or overdue (跟踪办理). */
    private List<SuggestionSummary> commitmentsDue(DataScope scope, long unitId, LocalDate today) {
        return queries.summariesOf(commitments.openCommitments().stream()
                .filter(c -> c.unitId() == unitId && c.isDueBy(today.plusDays(30)))
                .map(Commitment::suggestionId)
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)), scope);
    }

    /** 重点督办 items not yet closed. */
    private List<SuggestionSummary> keyItems(DataScope scope) {
        return queries.search(SuggestionFilter.keyItems(), scope, 1, LIMIT).items().stream()
                .filter(s -> s.status() != Suggestion.Status.CONCLUDED).toList();
    }

    private boolean hasTask(SuggestionSummary summary, long unitId, Assignment.Status... statuses) {
        return assignments.taskOf(summary.id(), unitId).map(t -> List.of(statuses).contains(t.status())).orElse(false);
    }

    private List<SuggestionSummary> inHandling(DataScope scope, Predicate<SuggestionSummary> condition) {
        var result = new ArrayList<SuggestionSummary>(find(scope, Suggestion.Status.ASSIGNED, condition));
        result.addAll(find(scope, Suggestion.Status.REHANDLING, condition));
        return List.copyOf(result);
    }

    private List<SuggestionSummary> find(DataScope scope, Suggestion.Status status,
                                         Predicate<SuggestionSummary> condition) {
        return queries.search(new SuggestionFilter(null, status, null, null), scope, 1, LIMIT).items().stream()
                .filter(condition).toList();
    }
}
