package cn.jianyi.suggestion;

import java.util.List;

import cn.jianyi.identity.Role;

/**
 * Who reads which timeline entry (流转记录), in one place (ADR 0037). The units' and the office's internal
 * deliberations — co-unit opinions, countersignatures, drafts, return and extension requests with their reasons and
 * refusals, the supervision office's class review, reminders and notices — are not for the deputy; the outcomes the
 * deputy is told of (a new unit, a new deadline, re-handling, a key item, a merge) are shown to the deputy without
 * the office's note. Every other role reads every entry of the cases its data scope lets it open.
 * <p>
 * The entries a deputy reads are the milestones of her case: her own case page and her home tell each in plain words
 * ({@code deputy.step.<ACTION>}, ADR 0048), so an action a deputy reads also needs that text.
 */
public final class TimelineVisibility {

    /** How much of an entry a reader sees. */
    public enum Reading {
        /** the entry with its remark */
        FULL,
        /** that it happened, who and when, without the remark */
        WITHOUT_REMARK,
        /** nothing */
        NONE
    }

    private TimelineVisibility() {
    }

    /** How much of an entry of this kind a person in this role reads; a new kind must be decided here. */
    public static Reading of(CaseAction action, Role role) {
        if (role != Role.DEPUTY) {
            return Reading.FULL;
        }
        return switch (action) {
            case REGISTER, WITHDRAW, ASSIGN, ACKNOWLEDGE, CONTACT_DEPUTY, SIGN_REPLY, FOLLOW_UP, GIVE_FEEDBACK,
                 CONCLUDE, ARCHIVE_IMPORT, DECIDE_PUBLICATION, WITHDRAW_PUBLICATION -> Reading.FULL;
            case MERGE, MERGE_IN, DESIGNATE_KEY, APPROVE_RETURN, REASSIGN, APPROVE_EXTENSION, RESCHEDULE,
                 REOPEN_FOR_REHANDLING -> Reading.WITHOUT_REMARK;
            case REQUEST_RETURN, REJECT_RETURN, REQUEST_EXTENSION, REJECT_EXTENSION, GIVE_OPINION, COUNTERSIGN,
                 DRAFT_REPLY, SUBMIT_DRAFT, RETURN_DRAFT, COMMENT_DRAFT, REVIEW_CLASS, REMIND, NOTIFY,
                 PREPARE_PUBLICATION -> Reading.NONE;
        };
    }

    /** Whether a person in this role reads the remarks of entries of this kind (e.g. countersign remarks). */
    public static boolean readsRemarksOf(CaseAction action, Role role) {
        return of(action, role) == Reading.FULL;
    }

    /** Whether a person in this role reads entries of this kind at all. */
    public static boolean reads(CaseAction action, Role role) {
        return of(action, role) != Reading.NONE;
    }

    /** The timeline as a person in this role reads it: entries left out or without their remark, as decided above. */
    public static List<TimelineEntry> as(Role role, List<TimelineEntry> timeline) {
        return timeline.stream().filter(e -> reads(e.action(), role))
                .map(e -> readsRemarksOf(e.action(), role) || e.remark() == null ? e
                        : new TimelineEntry(e.id(), e.suggestionId(), e.occurredAt(), e.action(), e.fromStatus(),
                                e.toStatus(), e.actorUsername(), e.actorName(), e.actorRole(), e.actorUnit(), null))
                .toList();
    }
}
