package cn.jianyi.suggestion;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import cn.jianyi.identity.Role;

/**
 * What became of a case meanwhile, for a form refused because someone changed it (ADR 0065): the latest act on the
 * timeline the reader may read (who, when, what, and the remark where the reader reads remarks; not the notices and
 * reminders the system sent after it) and the case's status,
 * e.g. 最新情况：王晓燕于 2024-03-05 10:32 交办（主办：区卫健委；答复期限：2024-06-04），该建议当前状态为“已交办”。
 */
public final class LatestCaseState {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Entries the system adds after an act (its notices, reminders): the state is what people did. */
    private static final java.util.Set<CaseAction> BOOKKEEPING = java.util.EnumSet.of(CaseAction.NOTIFY,
            CaseAction.REMIND);

    private LatestCaseState() {
    }

    /** The message of the case's latest state as a person in {@code role} reads it. */
    public static MessageSourceResolvable of(SuggestionDetails details, Role role, ZoneId zone) {
        return of(details.status(), details.timeline(), role, zone);
    }

    /** The message of a case in {@code current} status with this timeline, as a person in {@code role} reads it. */
    static MessageSourceResolvable of(Suggestion.Status current, List<TimelineEntry> timeline, Role role,
                                      ZoneId zone) {
        MessageSourceResolvable status = new DefaultMessageSourceResolvable("Suggestion.Status." + current.name());
        List<TimelineEntry> readable = TimelineVisibility.as(role, timeline).stream()
                .filter(e -> !BOOKKEEPING.contains(e.action())).toList();
        if (readable.isEmpty()) {
            return new DefaultMessageSourceResolvable(new String[] {"form.fault.latest.status"},
                    new Object[] {status});
        }
        TimelineEntry latest = readable.get(readable.size() - 1);
        Object[] args = {latest.actorName(), AT.format(latest.occurredAt().atZone(zone)),
                new DefaultMessageSourceResolvable("CaseAction." + latest.action().name()),
                latest.remark() == null ? "" : latest.remark(), status};
        return new DefaultMessageSourceResolvable(new String[] {latest.remark() == null
                ? "form.fault.latest.case" : "form.fault.latest.caseWithRemark"}, args);
    }
}
