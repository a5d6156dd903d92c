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

import cn.jianyi.assignment.CaseAssigned;
import cn.jianyi.assignment.ExtensionDecided;
import cn.jianyi.assignment.ExtensionRequested;
import cn.jianyi.assignment.ReturnDecided;
import cn.jianyi.assignment.ReturnRequested;
import cn.jianyi.feedback.FeedbackGiven;
import cn.jianyi.feedback.FeedbackManagement;
import cn.jianyi.feedback.CoUnitsRecalled;
import cn.jianyi.feedback.RehandlingDecided;
import cn.jianyi.handling.CoUnitOpinionGiven;
import cn.jianyi.handling.DraftReturned;
import cn.jianyi.handling.DraftSubmitted;
import cn.jianyi.handling.ReplySigned;
import cn.jianyi.identity.AccountContact;
import cn.jianyi.identity.Directory;
import cn.jianyi.identity.Role;
import cn.jianyi.suggestion.CaseClosed;
import cn.jianyi.suggestion.CaseMerged;
import cn.jianyi.suggestion.CaseUnit;
import cn.jianyi.suggestion.KeyDesignated;
import cn.jianyi.suggestion.Meetings;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.suggestion.UnitDeadlineMoved;
import cn.jianyi.suggestion.UnitReplaced;

/**
 * Turns what happened on a case into notices for the people it concerns, never the person who acted; one listener
 * method per event (ADR 0031):
 * <table>
 * <caption>Who is notified of what</caption>
 * <tr><th>Event</th><th>Notified</th></tr>
 * <tr><td>{@link CaseAssigned} 交办</td><td>every unit on the case (handlers and heads); the case's deputies</td></tr>
 * <tr><td>{@link UnitReplaced} 调整承办单位</td><td>the unit that takes over</td></tr>
 * <tr><td>{@link KeyDesignated} 列为重点督办</td><td>every unit on the case</td></tr>
 * <tr><td>{@link CaseMerged} 并案</td><td>the merged suggestion's deputies</td></tr>
 * <tr><td>{@link ReturnRequested} 申请退回, {@link ExtensionRequested} 申请延期</td><td>the congress office
 * (clerks)</td></tr>
 * <tr><td>{@link ReturnDecided} 同意/不同意退回, {@link ExtensionDecided} 不同意延期, {@link UnitDeadlineMoved} 期限调整
 * (an approved extension, a calendar change)</td><td>the unit concerned</td></tr>
 * <tr><td>{@link ReplySigned} 签发答复</td><td>the case's deputies: sent to the rating form when the form is theirs
 * to answer, else to the reply; a second round's says 再次答复</td></tr>
 * <tr><td>{@link DraftSubmitted} 送签</td><td>the unit's heads</td></tr>
 * <tr><td>{@link DraftReturned} 退回修改, the head's comment</td><td>the unit's handlers</td></tr>
 * <tr><td>{@link CoUnitOpinionGiven} 协办意见</td><td>the lead unit's handlers</td></tr>
 * <tr><td>{@link FeedbackGiven} 代表评价</td><td>the units that answered and the congress office, naming the result
 * (ADR 0045)</td></tr>
 * <tr><td>{@link RehandlingDecided} 重新办理</td><td>the units that answer, the deputies</td></tr>
 * <tr><td>{@link CoUnitsRecalled} 重新办理，再次征求协办意见</td><td>the co-units brought back in</td></tr>
 * <tr><td>{@link CaseClosed} 办结</td><td>the deputies</td></tr>
 * </table>
 * The case's deputies are its lead deputy and co-signers and those of the suggestions merged into it. Texts come from
 * {@code notification.case.<act>.<audience>.title/body} with {0} number, {1} title, {2} meeting (区人大二届四次会议) and
 * the event's own data from {3} on. A later round's notices (a reply after 重新办理) use the keys with {@code .again}
 * and say 再次答复.
 * <p>
 * Every event here is published inside the act's transaction, and this listener runs in it
 * ({@link Propagation#MANDATORY}, ADR 0019): the notices and their timeline line are committed with the act, or not at
 * all.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class CaseNotices {

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
    void on(CaseAssigned event) {
        var notices = about(event.suggestionId(), event.actorUsername());
        List<Long> units = event.units().stream().map(CaseUnit::unitId).sorted().toList();
        notices.add(NoticeKind.ASSIGNED, "ASSIGN.unit", directory.accountsOfUnits(units), event.summary());
        // to the deputies in plain words: who answers them by when, who helps (no 主办/协办)
        String answering = event.units().stream().filter(u -> u.role().answersDeputy())
                .map(u -> unitName(u.unitId())).collect(java.util.stream.Collectors.joining("、"));
        String helping = event.units().stream().filter(u -> !u.role().answersDeputy())
                .map(u -> unitName(u.unitId())).collect(java.util.stream.Collectors.joining("、"));
        notices.add(NoticeKind.ASSIGNED, "ASSIGN.deputy", notices.deputies(), answering,
                event.dueOn() == null ? null : java.sql.Date.valueOf(event.dueOn()),
                helping.isEmpty() ? "" : message("deputy.case.coUnits", new Object[] {helping}));
        notices.send();
    }

    @EventListener
    void on(UnitReplaced event) {
        var notices = about(event.suggestionId(), event.actorUsername());
        notices.add(NoticeKind.REASSIGNED, "REASSIGN.unit", unit(event.successor().unitId()),
                unitName(event.returningUnitId()), label("HandlingRole." + event.successor().role()),
                event.successor().dueOn());
        notices.send();
    }

    @EventListener
    void on(KeyDesignated event) {
        var notices = about(event.suggestionId(), event.actorUsername());
        notices.add(NoticeKind.KEY_DESIGNATED, "DESIGNATE_KEY.unit", notices.units(false), event.leader(),
                event.committee());
        notices.send();
    }

    @EventListener
    void on(CaseMerged event) {
        var notices = about(event.suggestionId(), event.actorUsername());
        notices.add(NoticeKind.MERGED, "MERGE.deputy", notices.deputies(), String.valueOf(event.targetNumber()));
        notices.send();
    }

    @EventListener
    void on(ReturnRequested event) {
        var notices = about(event.suggestionId(), event.actorUsername());
        notices.add(NoticeKind.RETURN_REQUESTED, "REQUEST_RETURN.clerk", notices.clerks(),
                unitName(event.unitId()), unitName(event.proposedUnitId()), event.reason());
        notices.send();
    }

    @EventListener
    void on(ReturnDecided event) {
        var notices = about(event.suggestionId(), event.actorUsername());
        notices.add(NoticeKind.RETURN_DECIDED, event.approved() ? "APPROVE_RETURN.unit" : "REJECT_RETURN.unit",
                unit(event.unitId()), unitName(event.unitId()), event.note() == null ? "" : event.note());
        notices.send();
    }

    @EventListener
    void on(ExtensionRequested event) {
        var notices = about(event.suggestionId(), event.actorUsername());
        notices.add(NoticeKind.EXTENSION_REQUESTED, "REQUEST_EXTENSION.clerk", notices.clerks(),
                unitName(event.unitId()), event.dueOn(), event.requestedDueOn(), event.reason());
        notices.send();
    }

    /** A refusal; an approval is told as the deadline that moved ({@link UnitDeadlineMoved}). */
    @EventListener(condition = "!#event.approved()")
    void on(ExtensionDecided event) {
        var notices = about(event.suggestionId(), event.actorUsername());
        notices.add(NoticeKind.EXTENSION_DECIDED, "REJECT_EXTENSION.unit", unit(event.unitId()),
                unitName(event.unitId()), event.note());
        notices.send();
    }

    @EventListener
    void on(UnitDeadlineMoved event) {
        var notices = about(event.suggestionId(), event.actorUsername());
        notices.add(NoticeKind.DEADLINE_CHANGED, "RESCHEDULE.unit", unit(event.unitId()), event.reason());
        notices.send();
    }

    /**
     * 已答复: deputies who are to answer the feedback form are asked to rate and sent to it; the others are told.
     * Under 分办 a unit's reply before the last one only tells the deputies that a part was answered.
     */
    @EventListener
    void on(ReplySigned event) {
        var notices = about(event.suggestionId(), event.actorUsername());
        List<AccountContact> deputies = notices.deputies();
        String reply = "/replies/" + event.replyId();   // a deputy's notice opens what it names: the reply
        String again = event.round() > 1 ? ".again" : "";
        if (!event.caseReplied()) {
            notices.addLinked(NoticeKind.REPLIED, "SIGN_REPLY.part", reply, deputies);
        } else {
            List<AccountContact> rating = deputies.stream()
                    .filter(d -> feedback.awaitsAnswerFrom(event.suggestionId(), d.deputyId())).toList();
            notices.addLinked(NoticeKind.REPLIED, "SIGN_REPLY.rate" + again,
                    "/suggestions/" + event.suggestionId() + "/feedback", rating);
            notices.addLinked(NoticeKind.REPLIED, "SIGN_REPLY.read" + again, reply,
                    deputies.stream().filter(d -> !rating.contains(d)).toList());
        }
        notices.send();
    }

    /** 代表评价, naming the result, to the answering units and the congress office. */
    @EventListener
    void on(FeedbackGiven event) {
        var notices = about(event.suggestionId(), event.actorUsername());
        String key = event.round() > 1 ? "GIVE_FEEDBACK.again" : "GIVE_FEEDBACK";
        String result = label("Satisfaction." + event.satisfaction());
        notices.add(NoticeKind.FEEDBACK_GIVEN, key + ".unit", notices.units(true), result);
        notices.add(NoticeKind.FEEDBACK_GIVEN, key + ".clerk", notices.clerks(), result);
        notices.send();
    }

    /** 送签: the unit's heads, linked to the draft they are to sign. */
    @EventListener
    void on(DraftSubmitted event) {
        var notices = about(event.suggestionId(), event.actorUsername());
        notices.addLinked(NoticeKind.DRAFT_SUBMITTED, event.round() > 1 ? "SUBMIT_DRAFT.again.head" : "SUBMIT_DRAFT.head",
                "/replies/" + event.replyId(), unitPeople(event.unitId(), Role.HEAD), unitName(event.unitId()));
        notices.send();
    }

    /** 退回修改 or the head's comment: the unit's handlers, with the comment, linked to the drafting page. */
    @EventListener
    void on(DraftReturned event) {
        var notices = about(event.suggestionId(), event.actorUsername());
        if (event.returned()) {
            notices.addLinked(NoticeKind.DRAFT_RETURNED, "RETURN_DRAFT.handler",
                    "/suggestions/" + event.suggestionId() + "/reply", unitPeople(event.unitId(), Role.HANDLER),
                    event.comment());
        } else {
            notices.addLinked(NoticeKind.DRAFT_COMMENTED, "COMMENT_DRAFT.handler", "/replies/" + event.replyId(),
                    unitPeople(event.unitId(), Role.HANDLER), event.comment());
        }
        notices.send();
    }

    /** 协办意见: the handlers of the units that answer the deputy (the lead unit). */
    @EventListener
    void on(CoUnitOpinionGiven event) {
        var notices = about(event.suggestionId(), event.actorUsername());
        List<Long> answering = notices.suggestion.units().stream().filter(u -> u.role().answersDeputy())
                .map(CaseUnit::unitId).sorted().toList();
        notices.add(NoticeKind.OPINION_GIVEN, "GIVE_OPINION.lead", directory.accountsOfUnits(answering).stream()
                .filter(a -> a.has(Role.HANDLER)).toList(), unitName(event.unitId()));
        notices.send();
    }

    @EventListener
    void on(RehandlingDecided event) {
        var notices = about(event.suggestionId(), event.actorUsername());
        notices.add(NoticeKind.REHANDLING, "REOPEN_FOR_REHANDLING.unit", notices.units(true), event.dueOn(),
                event.requirement());
        notices.add(NoticeKind.REHANDLING, "REOPEN_FOR_REHANDLING.deputy", notices.deputies());
        notices.send();
    }

    /** 重新办理 with co-units brought back in: each is asked for its opinion again by the date the office set. */
    @EventListener
    void on(CoUnitsRecalled event) {
        var notices = about(event.suggestionId(), event.actorUsername());
        notices.add(NoticeKind.REHANDLING, "REOPEN_FOR_REHANDLING.coUnit", directory.accountsOfUnits(event.unitIds()),
                event.opinionDueOn(), event.requirement(), event.replyDueOn());
        notices.send();
    }

    @EventListener
    void on(CaseClosed event) {
        var notices = about(event.suggestionId(), event.actorUsername());
        notices.add(NoticeKind.CONCLUDED, "CONCLUDE.deputy", notices.deputies());
        notices.send();
    }

    private CaseNoticeBatch about(long suggestionId, String actorUsername) {
        return new CaseNoticeBatch(suggestions.get(suggestionId), actorUsername);
    }

    /** The notices of one event on one case, sent together (one timeline line). */
    private final class CaseNoticeBatch {

        private final Suggestion suggestion;
        private final String actorUsername;
        private final List<NoticeRequest> requests = new ArrayList<>();

        CaseNoticeBatch(Suggestion suggestion, String actorUsername) {
            this.suggestion = suggestion;
            this.actorUsername = actorUsername;
        }

        /** The clerks whose congresses cover the case's (ADR 0042). */
        List<AccountContact> clerks() {
            return meetings.find(suggestion.meetingId())
                    .map(m -> directory.accountsWithRole(Role.CLERK, m.congressId())).orElse(List.of());
        }

        /** Adds a notice for the recipients but the actor, its texts from {@code notification.case.<key>.title/body}. */
        void add(NoticeKind kind, String key, List<AccountContact> recipients, Object... details) {
            addLinked(kind, key, null, recipients, details);
        }

        /** Adds a notice as {@link #add} does, linking to a page other than the case's. */
        void addLinked(NoticeKind kind, String key, String link, List<AccountContact> recipients, Object... details) {
            List<Long> ids = recipients.stream().filter(r -> !r.username().equals(actorUsername))
                    .map(AccountContact::userId).toList();
            if (ids.isEmpty()) {
                return;
            }
            Object[] args = new Object[3 + details.length];
            args[0] = String.valueOf(suggestion.number());
            args[1] = suggestion.title();
            args[2] = meetings.find(suggestion.meetingId()).map(m -> m.shortTitle()).orElse("");
            System.arraycopy(details, 0, args, 3, details.length);
            var request = NoticeRequest.to(ids, kind, message("notification.case.%s.title".formatted(key), args),
                    message("notification.case.%s.body".formatted(key), args));
            requests.add((link == null ? request : request.linkingTo(link)).aboutCase(suggestion.id()));
        }

        /** The units on the case, or only those that answer the deputy (主办, 分办). */
        List<AccountContact> units(boolean answeringOnly) {
            return directory.accountsOfUnits(suggestion.units().stream()
                    .filter(u -> !answeringOnly || u.role().answersDeputy()).map(CaseUnit::unitId).sorted().toList());
        }

        /** Lead deputy and co-signers, and those of the suggestions merged into the case. */
        List<AccountContact> deputies() {
            Set<Long> deputies = new LinkedHashSet<>();
            addDeputies(deputies, suggestion);
            suggestions.mergedInto(suggestion.id()).forEach(merged -> addDeputies(deputies, merged));
            return directory.accountsOfDeputies(deputies);
        }

        void send() {
            if (!requests.isEmpty()) {
                notifications.notify(requests);
            }
        }
    }

    /** The unit's people in the role (its heads, or its handlers). */
    private List<AccountContact> unitPeople(long unitId, Role role) {
        return directory.accountsOfUnits(List.of(unitId)).stream().filter(a -> a.has(role)).toList();
    }

    private List<AccountContact> unit(long unitId) {
        return directory.accountsOfUnits(List.of(unitId));
    }

    private String unitName(long unitId) {
        return directory.unit(unitId).shortName();
    }

    private static void addDeputies(Collection<Long> deputies, Suggestion suggestion) {
        deputies.add(suggestion.leadDeputyId());
        deputies.addAll(suggestion.coSignerIds());
    }

    private String label(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private String message(String key, Object[] args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
