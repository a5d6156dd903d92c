package cn.jianyi.notification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.identity.AccountContact;
import cn.jianyi.identity.DataScope;
import cn.jianyi.identity.Directory;
import cn.jianyi.identity.Role;
import cn.jianyi.submission.Submission;
import cn.jianyi.submission.SubmissionChanged;
import cn.jianyi.submission.SubmissionManagement;

/**
 * Turns what happens to an online submission into notices, never for the person who acted:
 * <table>
 * <caption>Who is notified of what</caption>
 * <tr><th>Submission history</th><th>Notified</th></tr>
 * <tr><td>邀请联名</td><td>the invited deputies</td></tr>
 * <tr><td>同意 / 谢绝联名, 同意撤回</td><td>the lead deputy</td></tr>
 * <tr><td>提交</td><td>the congress office (clerks)</td></tr>
 * <tr><td>受理, 不予受理 (and 转为来信)</td><td>the lead deputy and the co-signers</td></tr>
 * <tr><td>申请撤回 (joint)</td><td>the co-signers, whose consent it needs</td></tr>
 * <tr><td>撤回 done, 撤回申请取消 or lapsed</td><td>the lead deputy and the co-signers; the office for a withdrawal
 * once the submission had reached it</td></tr>
 * </table>
 * A notice about a registered submission is also a notice about its case (on the case timeline). Runs inside the
 * transaction of the act.
 */
@Component
class SubmissionNotices {

    private final Notifications notifications;
    private final SubmissionManagement submissions;
    private final Directory directory;
    private final cn.jianyi.suggestion.Meetings meetings;
    private final MessageSource messages;

    SubmissionNotices(Notifications notifications, SubmissionManagement submissions, Directory directory,
                      MessageSource messages, cn.jianyi.suggestion.Meetings meetings) {
        this.meetings = meetings;
        this.notifications = notifications;
        this.submissions = submissions;
        this.directory = directory;
        this.messages = messages;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(SubmissionChanged event) {
        var requests = new ArrayList<NoticeRequest>();
        String page = "/submissions/" + event.submissionId();
        switch (event.action()) {
            case INVITE -> add(requests, event, NoticeKind.CO_SIGN_INVITED,
                    directory.accountsOfDeputies(event.invitedDeputyIds()), page);
            case ACCEPT_INVITATION -> add(requests, event, NoticeKind.CO_SIGN_ACCEPTED, lead(event), page);
            case DECLINE_INVITATION -> add(requests, event, NoticeKind.CO_SIGN_DECLINED, lead(event), page);
            case SUBMIT -> add(requests, event, NoticeKind.SUBMITTED, clerksOf(event),
                    page + "/decide");
            case REGISTER, DECLINE, KEEP_AS_LETTER -> add(requests, event, NoticeKind.SUBMISSION_DECIDED,
                    leadAndCoSigners(event), event.suggestionId() == null ? page : null);
            case REQUEST_WITHDRAWAL -> add(requests, event, NoticeKind.WITHDRAWAL,
                    directory.accountsOfDeputies(submission(event).coSignerIds()), page);
            case CONSENT_TO_WITHDRAWAL -> add(requests, event, NoticeKind.WITHDRAWAL, lead(event), page);
            case CANCEL_WITHDRAWAL -> add(requests, event, NoticeKind.WITHDRAWAL, leadAndCoSigners(event), page);
            case WITHDRAW -> {
                List<AccountContact> recipients = new ArrayList<>(leadAndCoSigners(event));
                recipients.addAll(clerksOf(event));
                add(requests, event, NoticeKind.WITHDRAWAL, recipients, page);
            }
            default -> {
                return;
            }
        }
        if (!requests.isEmpty()) {
            notifications.notify(requests);
        }
    }

    /**
     * Adds a notice for the recipients but the actor, its texts from {@code notification.submission.<action>.title/body}
     * with the arguments: {0} title, {1} the actor's name, {2} the history line's remark, {3} the lead deputy's name.
     */
    private void add(List<NoticeRequest> requests, SubmissionChanged event, NoticeKind kind,
                     List<AccountContact> recipients, String link) {
        Set<Long> ids = new LinkedHashSet<>();
        recipients.stream().filter(r -> !r.username().equals(event.actorUsername())).map(AccountContact::userId)
                .forEach(ids::add);
        if (ids.isEmpty()) {
            return;
        }
        Object[] args = {event.title(), event.actorName(), event.remark() == null ? "" : event.remark(),
                directory.deputy(event.leadDeputyId()).name()};
        String action = event.action().name();
        var request = NoticeRequest.to(List.copyOf(ids), kind,
                message("notification.submission.%s.title".formatted(action), args),
                message("notification.submission.%s.body".formatted(action), args));
        if (link != null) {
            request = request.linkingTo(link);
        }
        requests.add(event.suggestionId() == null ? request : request.aboutCase(event.suggestionId()));
    }

    private List<AccountContact> lead(SubmissionChanged event) {
        return directory.accountsOfDeputies(List.of(event.leadDeputyId()));
    }

    private List<AccountContact> leadAndCoSigners(SubmissionChanged event) {
        var deputies = new ArrayList<Long>();
        deputies.add(event.leadDeputyId());
        deputies.addAll(submission(event).coSignerIds());
        return directory.accountsOfDeputies(deputies);
    }

    /** The clerks whose congresses cover the submission's meeting's congress (ADR 0042). */
    private List<AccountContact> clerksOf(SubmissionChanged event) {
        return meetings.find(submission(event).meetingId())
                .map(m -> directory.accountsWithRole(Role.CLERK, m.congressId())).orElse(List.of());
    }

    private Submission submission(SubmissionChanged event) {
        return submissions.visible(event.submissionId(), DataScope.all());
    }

    private String message(String key, Object[] args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
