package cn.jianyi.workbench;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.calendar.WorkingDays;
import cn.jianyi.feedback.FeedbackManagement;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.DataScope;
import cn.jianyi.submission.Invitation;
import cn.jianyi.submission.Submission;
import cn.jianyi.submission.SubmissionManagement;
import cn.jianyi.suggestion.CaseAction;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionDetails;
import cn.jianyi.suggestion.SuggestionFilter;
import cn.jianyi.suggestion.SuggestionQueries;
import cn.jianyi.suggestion.TimelineEntry;

/**
 * 我的建议: a deputy's home on the phone — what waits for them (invitations to co-sign, withdrawals to agree to,
 * replies to rate), their submissions on the way in, and every suggestion they lead or co-signed with its live
 * status, units, reply deadline (working days left) and latest step.
 */
@Service
@Transactional(readOnly = true)
public class DeputyPortal {

    private static final int LIMIT = 200;

    /**
     * Timeline lines that are not a step of the case for the deputy's card: a draft, and the system's notices and
     * reminders, which follow the step they announce (after 签发, the card says 签发答复, not 发送通知).
     */
    private static final java.util.Set<CaseAction> NOT_A_STEP =
            java.util.EnumSet.of(CaseAction.DRAFT_REPLY, CaseAction.SUBMIT_DRAFT, CaseAction.RETURN_DRAFT,
                    CaseAction.COMMENT_DRAFT, CaseAction.NOTIFY, CaseAction.REMIND);

    /** A suggestion of the deputy as the portal lists it. */
    public record CaseCard(SuggestionDetails details, boolean lead, boolean awaitsMyFeedback, LocalDate dueOn,
                           Integer workingDaysLeft, boolean overdue, TimelineEntry latest) {

        /** Whether units are still working on it (the deadline matters). */
        public boolean inHandling() {
            Suggestion.Status status = details.status();
            return status == Suggestion.Status.ASSIGNED || status == Suggestion.Status.REHANDLING;
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
    }

    private final SuggestionQueries queries;
    private final SubmissionManagement submissions;
    private final FeedbackManagement feedback;
    private final WorkingDays workingDays;
    private final Clock clock;

    DeputyPortal(SuggestionQueries queries, SubmissionManagement submissions, FeedbackManagement feedback,
                 WorkingDays workingDays, Clock clock) {
        this.queries = queries;
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
        List<CaseCard> cases = queries.search(SuggestionFilter.none(), scope, 1, LIMIT).items().stream()
                .map(summary -> {
                    SuggestionDetails details = queries.details(summary.id(), scope);
                    boolean awaits = details.status() == Suggestion.Status.REPLIED
                            && feedback.awaitsAnswerFrom(summary.id(), deputy);
                    LocalDate due = summary.dueOn();
                    boolean running = details.status() == Suggestion.Status.ASSIGNED
                            || details.status() == Suggestion.Status.REHANDLING;
                    Integer left = running && due != null && !due.isBefore(today)
                            ? calendar.workingDaysAfter(today, due) : null;
                    TimelineEntry latest = details.timeline().stream()
                            .filter(e -> !NOT_A_STEP.contains(e.action()))
                            .reduce((a, b) -> b).orElse(null);
                    return new CaseCard(details, details.suggestion().leadDeputyId() == deputy, awaits, due, left,
                            running && due != null && due.isBefore(today), latest);
                })
                .sorted(Comparator.comparing((CaseCard c) -> !c.awaitsMyFeedback())
                        .thenComparing(c -> c.latest() == null ? Instant.EPOCH : c.latest().occurredAt(),
                                Comparator.reverseOrder()))
                .toList();
        return new Portal(invitations, withdrawals, own, cases, today, clock.getZone());
    }
}
