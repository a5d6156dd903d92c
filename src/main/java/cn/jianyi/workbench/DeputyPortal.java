package cn.jianyi.workbench;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.calendar.WorkingDays;
import cn.jianyi.feedback.FeedbackConditions;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.DataScope;
import cn.jianyi.identity.Role;
import cn.jianyi.submission.Invitation;
import cn.jianyi.submission.Submission;
import cn.jianyi.submission.SubmissionManagement;
import cn.jianyi.suggestion.CaseCondition;
import cn.jianyi.suggestion.HandlingRole;
import cn.jianyi.suggestion.ListedCases;
import cn.jianyi.suggestion.ListedUnit;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionFilter;
import cn.jianyi.suggestion.SuggestionQueries;
import cn.jianyi.suggestion.SuggestionSummary;
import cn.jianyi.suggestion.TimelineEntry;

/**
 * 我的建议: a deputy's home on the phone — what waits for them (invitations to co-sign, withdrawals to agree to,
 * replies to rate), their submissions on the way in, and every suggestion they lead or co-signed with its live
 * status, units, reply deadline (working days left) and latest step. The suggestions are read in a fixed number of
 * statements, whatever their number: the replies to rate by their condition in SQL, the units and latest steps of
 * the listed cases each in one batch.
 */
@Service
@Transactional(readOnly = true)
public class DeputyPortal {

    /** At most this many suggestions listed (the latest meetings' first), and as many replies to rate. */
    private static final int LIMIT = 100;

    /** A suggestion of the deputy as the portal lists it, with its units (主办, 协办, 分办). */
    public record CaseCard(SuggestionSummary summary, List<ListedUnit> units, boolean lead, boolean awaitsMyFeedback,
                           LocalDate dueOn, Integer workingDaysLeft, boolean overdue, TimelineEntry latest) {

        /** Whether units are still working on it (the deadline matters). */
        public boolean inHandling() {
            Suggestion.Status status = summary.status();
            return status == Suggestion.Status.ASSIGNED || status == Suggestion.Status.REHANDLING;
        }

        /** The lead unit (主办), if the case has one. */
        public ListedUnit leadUnit() {
            return units.stream().filter(u -> u.role() == HandlingRole.LEAD).findFirst().orElse(null);
        }
    }

    /** A submission of (or to) the deputy as the portal lists it. */
    public record SubmissionCard(Submission submission, boolean lead, Invitation myInvitation) {
    }

    /**
     * @param invitations     submissions the deputy is invited to co-sign and may still answer
     * @param withdrawals     joint suggestions whose lead asks the deputy to agree to withdraw
     * @param submissions     the deputy's own submissions not (yet) cases: drafts, in co-signing, queued, declined
     * @param cases           suggestions the deputy leads or co-signed, those waiting for them first
     */
    public record Portal(List<SubmissionCard> invitations, List<SubmissionCard> withdrawals,
                         List<SubmissionCard> submissions, List<CaseCard> cases, LocalDate today, ZoneId zone) {

        /** The replies waiting for her rating: what needs her first. */
        public List<CaseCard> toRate() {
            return cases.stream().filter(CaseCard::awaitsMyFeedback).toList();
        }
    }

    private final SuggestionQueries queries;
    private final ListedCases listedCases;
    private final SubmissionManagement submissions;
    private final FeedbackConditions feedback;
    private final WorkingDays workingDays;
    private final Clock clock;

    DeputyPortal(SuggestionQueries queries, ListedCases listedCases, SubmissionManagement submissions,
                 FeedbackConditions feedback, WorkingDays workingDays, Clock clock) {
        this.queries = queries;
        this.listedCases = listedCases;
        this.submissions = submissions;
        this.feedback = feedback;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    public Portal of(CurrentUser me) {
        long deputy = me.deputyId();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<Submission> mine = submissions.concerning(deputy);
        List<SubmissionCard> invitations = mine.stream()
                .filter(s -> s.status() == Submission.Status.COSIGNING && now.isBefore(s.cosignCutoff()))
                .filter(s -> s.invitationOf(deputy).map(Invitation::isPending).orElse(false))
                .map(s -> new SubmissionCard(s, false, s.invitationOf(deputy).orElseThrow())).toList();
        List<SubmissionCard> withdrawals = mine.stream()
                .filter(Submission::isWithdrawalRequested)
                .filter(s -> s.invitationOf(deputy).map(i -> i.isCoSigner() && !i.hasConsentedToWithdrawal())
                        .orElse(false))
                .map(s -> new SubmissionCard(s, false, s.invitationOf(deputy).orElseThrow())).toList();
        List<SubmissionCard> own = mine.stream()
                .filter(s -> s.leadDeputyId() == deputy && s.status() != Submission.Status.REGISTERED)
                .map(s -> new SubmissionCard(s, true, null)).toList();
        var calendar = workingDays.calendar();
        DataScope scope = me.dataScope();
        List<SuggestionSummary> toRate = queries.firstMatching(new SuggestionFilter(null, Suggestion.Status.REPLIED,
                null, null), feedback.awaitingAnswerFrom(deputy), scope, LIMIT);
        var listed = new LinkedHashMap<Long, SuggestionSummary>();
        queries.firstMatching(SuggestionFilter.none(), CaseCondition.always(), scope, LIMIT)
                .forEach(summary -> listed.put(summary.id(), summary));
        toRate.forEach(summary -> listed.putIfAbsent(summary.id(), summary));
        Set<Long> awaiting = toRate.stream().map(SuggestionSummary::id).collect(Collectors.toSet());
        Map<Long, List<ListedUnit>> units = listedCases.unitsOf(listed.keySet());
        // the latest step she may read (TimelineVisibility): no draft, notice, reminder or deliberation
        Map<Long, TimelineEntry> latest = listedCases.latestEntriesReadBy(Role.DEPUTY, listed.keySet());
        List<CaseCard> cases = listed.values().stream()
                .map(summary -> {
                    LocalDate due = summary.dueOn();
                    boolean running = summary.status() == Suggestion.Status.ASSIGNED
                            || summary.status() == Suggestion.Status.REHANDLING;
                    Integer left = running && due != null && !due.isBefore(today)
                            ? calendar.workingDaysAfter(today, due) : null;
                    return new CaseCard(summary, units.getOrDefault(summary.id(), List.of()),
                            summary.leadDeputyId() == deputy, awaiting.contains(summary.id()), due, left,
                            running && due != null && due.isBefore(today), latest.get(summary.id()));
                })
                .sorted(Comparator.comparing((CaseCard c) -> !c.awaitsMyFeedback())
                        .thenComparing(c -> c.latest() == null ? Instant.EPOCH : c.latest().occurredAt(),
                                Comparator.reverseOrder()))
                .toList();
        return new Portal(invitations, withdrawals, own, cases, today, clock.getZone());
    }
}
