package cn.jianyi.submission;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.Directory;
import cn.jianyi.identity.Permission;
import cn.jianyi.identity.Role;
import cn.jianyi.suggestion.Meetings;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionManagement;

/** Assembles the submission page for the person looking at it, inside their data scope. */
@Service
@Transactional(readOnly = true)
public class SubmissionPages {

    private final SubmissionManagement submissions;
    private final SuggestionManagement suggestions;
    private final Meetings meetings;
    private final Directory directory;
    private final Clock clock;

    SubmissionPages(SubmissionManagement submissions, SuggestionManagement suggestions, Meetings meetings,
                    Directory directory, Clock clock) {
        this.submissions = submissions;
        this.suggestions = suggestions;
        this.meetings = meetings;
        this.directory = directory;
        this.clock = clock;
    }

    public SubmissionPage pageFor(long id, CurrentUser me) {
        Submission s = submissions.visible(id, me.dataScope());
        Instant now = clock.instant();
        List<SubmissionPage.InvitationRow> rows = s.invitations().stream()
                .map(i -> new SubmissionPage.InvitationRow(directory.deputy(i.deputyId()).name(), i)).toList();
        Suggestion registered = s.suggestionId() == null ? null : suggestions.get(s.suggestionId());
        return new SubmissionPage(s, meetings.view(registered == null ? s.meetingId() : registered.meetingId()),
                directory.deputy(s.leadDeputyId()).name(), rows, submissions.historyOf(id, me.dataScope()),
                registered == null ? null : registered.number(), actions(s, registered, me, now), now,
                clock.getZone());
    }

    private SubmissionPage.Actions actions(Submission s, Suggestion registered, CurrentUser me, Instant now) {
        boolean deputy = me.has(Role.DEPUTY) && me.can(Permission.SUGGESTION_SUBMIT);
        boolean lead = deputy && s.leadDeputyId() == me.deputyId();
        Submission.Status status = s.status();
        boolean beforeAssignment = status == Submission.Status.SUBMITTED
                || status == Submission.Status.REGISTERED && registered.status() == Suggestion.Status.REGISTERED;
        Invitation mine = deputy ? s.invitationOf(me.deputyId()).orElse(null) : null;
        boolean cosignOpen = status == Submission.Status.COSIGNING && now.isBefore(s.cosignCutoff());
        boolean allAnswered = s.invitations().stream().noneMatch(Invitation::isPending);
        return new SubmissionPage.Actions(
                lead && status == Submission.Status.DRAFT,
                lead && status == Submission.Status.DRAFT,
                lead && status == Submission.Status.COSIGNING,
                lead && (status == Submission.Status.DRAFT
                        || status == Submission.Status.COSIGNING && (allAnswered || !cosignOpen)),
                lead && status == Submission.Status.DRAFT,
                mine != null && mine.isPending() && cosignOpen,
                lead && beforeAssignment && !s.isWithdrawalRequested(),
                mine != null && mine.isCoSigner() && beforeAssignment && s.isWithdrawalRequested()
                        && !mine.hasConsentedToWithdrawal(),
                lead && beforeAssignment && s.isWithdrawalRequested(),
                me.can(Permission.SUGGESTION_REGISTER) && status == Submission.Status.SUBMITTED);
    }
}
