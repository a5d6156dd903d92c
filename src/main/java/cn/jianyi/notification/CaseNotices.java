package cn.jianyi.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.feedback.FeedbackManagement;
import cn.jianyi.identity.AccountContact;
import cn.jianyi.identity.Directory;
import cn.jianyi.identity.Role;
import cn.jianyi.suggestion.CaseAction;
import cn.jianyi.suggestion.CaseTransitioned;
import cn.jianyi.suggestion.CaseUnit;
import cn.jianyi.suggestion.Meetings;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionManagement;

/**
 * Turns case events into notices for the people they concern, never the person who acted:
 * <table>
 * <caption>Who is notified of what</caption>
 * <tr><th>Timeline entry</th><th>Notified</th></tr>
 * <tr><td>交办 (ASSIGN)</td><td>every unit on the case (handlers and heads); the case's deputies</td></tr>
 * <tr><td>调整承办单位 (REASSIGN)</td><td>the unit that takes over</td></tr>
 * <tr><td>列为重点督办 (DESIGNATE_KEY)</td><td>every unit on the case</td></tr>
 * <tr><td>并案 (MERGE)</td><td>the merged suggestion's deputies</td></tr>
 * <tr><td>申请退回, 申请延期</td><td>the congress office (clerks)</td></tr>
 * <tr><td>同意/不同意退回, 不同意延期, 期限调整 (an approved extension, a calendar change)</td><td>the unit concerned</td></tr>
 * <tr><td>签发答复 (SIGN_REPLY)</td><td>the case's deputies (asked to rate when the form is theirs to answer)</td></tr>
 * <tr><td>代表评价 (GIVE_FEEDBACK)</td><td>the units that answered, without the rating</td></tr>
 * <tr><td>重新办理</td><td>the units that answer, the deputies</td></tr>
 * <tr><td>办结 (CONCLUDE)</td><td>the deputies</td></tr>
 * </table>
 * Other entries notify nobody; {@link CaseAction#NOTIFY}, written by the notices themselves, is ignored. The case's
 * deputies are its lead deputy and co-signers and those of the suggestions merged into it.
 * <p>
 * Runs inside the transaction that wrote the timeline entry: the notices and the timeline line are committed with
 * the act, or not at all.
 */
@Component
class CaseNotices {

    private enum Audience { UNIT, DEPUTY, CLERK }

    private final Notifications notifications;
    private final SuggestionManagement suggestions;
    private final Meetings meetings;
    private final FeedbackManagement feedback;
    private final Directory directory;
    private final MessageSource messages;

    CaseNotices(Notifications notifications, SuggestionManagement suggestions, Meetings meetings,
                FeedbackManagement feedback, Directory directory, MessageSource messages) {
        this.notifications = notifications;
        this.suggestions = suggestions;
        this.meetings = meetings;
        this.feedback = feedback;
        this.directory = directory;
        this.messages = messages;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CaseTransitioned event) {
        if (event.action() == CaseAction.NOTIFY) {
            return;
        }
        Suggestion suggestion = suggestions.get(event.suggestionId());
        var requests = new ArrayList<NoticeRequest>();
        switch (event.action()) {
            case ASSIGN -> {
                add(requests, event, suggestion, NoticeKind.ASSIGNED, Audience.UNIT, unitsOf(suggestion, false));
                add(requests, event, suggestion, NoticeKind.ASSIGNED, Audience.DEPUTY, deputiesOf(suggestion));
            }
            case REASSIGN -> add(requests, event, suggestion, NoticeKind.REASSIGNED, Audience.UNIT, unit(event));
            case DESIGNATE_KEY -> add(requests, event, suggestion, NoticeKind.KEY_DESIGNATED, Audience.UNIT,
                    unitsOf(suggestion, false));
            case MERGE -> add(requests, event, suggestion, NoticeKind.MERGED, Audience.DEPUTY, deputiesOf(suggestion));
            case REQUEST_RETURN -> add(requests, event, suggestion, NoticeKind.RETURN_REQUESTED, Audience.CLERK,
                    directory.accountsWithRole(Role.CLERK));
            case APPROVE_RETURN, REJECT_RETURN -> add(requests, event, suggestion, NoticeKind.RETURN_DECIDED,
                    Audience.UNIT, unit(event));
            case REQUEST_EXTENSION -> add(requests, event, suggestion, NoticeKind.EXTENSION_REQUESTED, Audience.CLERK,
                    directory.accountsWithRole(Role.CLERK));
            case APPROVE_EXTENSION, REJECT_EXTENSION -> add(requests, event, suggestion, NoticeKind.EXTENSION_DECIDED,
                    Audience.UNIT, unit(event));
            case RESCHEDULE -> add(requests, event, suggestion, NoticeKind.DEADLINE_CHANGED, Audience.UNIT, unit(event));
            case SIGN_REPLY -> replied(requests, event, suggestion);
            case GIVE_FEEDBACK -> add(requests, event, suggestion, NoticeKind.FEEDBACK_GIVEN, Audience.UNIT,
                    unitsOf(suggestion, true));
            case REOPEN_FOR_REHANDLING -> {
                add(requests, event, suggestion, NoticeKind.REHANDLING, Audience.UNIT, unitsOf(suggestion, true));
                add(requests, event, suggestion, NoticeKind.REHANDLING, Audience.DEPUTY, deputiesOf(suggestion));
            }
            case CONCLUDE -> add(requests, event, suggestion, NoticeKind.CONCLUDED, Audience.DEPUTY,
                    deputiesOf(suggestion));
            default -> {
                return;
            }
        }
        if (!requests.isEmpty()) {
            notifications.notify(requests);
        }
    }

    /**
     * 已答复: deputies who are to answer the feedback form are asked to rate and sent to it; the others are told.
     * Under 分办 a unit's reply before the last one only tells the deputies that a part was answered.
     */
    private void replied(List<NoticeRequest> requests, CaseTransitioned event, Suggestion suggestion) {
        List<AccountContact> deputies = deputiesOf(suggestion);
        if (event.toStatus() != Suggestion.Status.REPLIED) {
            add(requests, event, suggestion, NoticeKind.REPLIED, "SIGN_REPLY.part", deputies, null);
            return;
        }
        List<AccountContact> rating = deputies.stream()
                .filter(d -> feedback.awaitsAnswerFrom(suggestion.id(), d.deputyId())).toList();
        add(requests, event, suggestion, NoticeKind.REPLIED, "SIGN_REPLY.rate", rating,
                "/suggestions/" + suggestion.id() + "/feedback");
        add(requests, event, suggestion, NoticeKind.REPLIED, "SIGN_REPLY.read",
                deputies.stream().filter(d -> !rating.contains(d)).toList(), null);
    }

    private void add(List<NoticeRequest> requests, CaseTransitioned event, Suggestion suggestion, NoticeKind kind,
                     Audience audience, List<AccountContact> recipients) {
        add(requests, event, suggestion, kind, event.action().name() + "." + audience.name().toLowerCase(),
                recipients, null);
    }

    /**
     * Adds a notice for the recipients but the actor, its texts from {@code notification.case.<key>.title/body} with
     * the arguments: {0} number, {1} title, {2} meeting (区人大二届四次会议), {3} the timeline entry's remark.
     */
    private void add(List<NoticeRequest> requests, CaseTransitioned event, Suggestion suggestion, NoticeKind kind,
                     String key, List<AccountContact> recipients, String link) {
        List<Long> ids = recipients.stream().filter(r -> !r.username().equals(event.actorUsername()))
                .map(AccountContact::userId).toList();
        if (ids.isEmpty()) {
            return;
        }
        Object[] args = {String.valueOf(suggestion.number()), suggestion.title(),
                meetings.find(suggestion.meetingId()).map(m -> m.shortTitle()).orElse(""),
                event.remark() == null ? "" : event.remark()};
        var request = NoticeRequest.to(ids, kind, message("notification.case.%s.title".formatted(key), args),
                message("notification.case.%s.body".formatted(key), args));
        requests.add((link == null ? request : request.linkingTo(link)).aboutCase(suggestion.id()));
    }

    private List<AccountContact> unit(CaseTransitioned event) {
        return event.unitId() == null ? List.of() : directory.accountsOfUnits(List.of(event.unitId()));
    }

    /** The units on the case, or only those that answer the deputy (主办, 分办). */
    private List<AccountContact> unitsOf(Suggestion suggestion, boolean answeringOnly) {
        return directory.accountsOfUnits(suggestion.units().stream()
                .filter(u -> !answeringOnly || u.role().answersDeputy()).map(CaseUnit::unitId).sorted().toList());
    }

    /** Lead deputy and co-signers, and those of the suggestions merged into the case. */
    private List<AccountContact> deputiesOf(Suggestion suggestion) {
        Set<Long> deputies = new LinkedHashSet<>();
        addDeputies(deputies, suggestion);
        suggestions.mergedInto(suggestion.id()).forEach(merged -> addDeputies(deputies, merged));
        return directory.accountsOfDeputies(deputies);
    }

    private static void addDeputies(Collection<Long> deputies, Suggestion suggestion) {
        deputies.add(suggestion.leadDeputyId());
        deputies.addAll(suggestion.coSignerIds());
    }

    private String message(String key, Object[] args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
