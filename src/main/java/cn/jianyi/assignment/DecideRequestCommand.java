package cn.jianyi.assignment;

import cn.jianyi.shared.Actor;
import cn.jianyi.shared.RuleViolation;

/**
 * The congress office's decision on a unit's request (退回 or 延期). A blank note counts as none; a rejection needs
 * one.
 *
 * @param newUnitId   for an approved return: the unit that takes over (usually the one proposed); ignored otherwise
 * @param readVersion the request's version when the decision page was read: a request decided since (by another
 *                    clerk) refuses this decision as a concurrent change ({@code StaleVersion}); {@code null}, not
 *                    checked (a decided request is still refused, as an illegal transition)
 */
public record DecideRequestCommand(long requestId, boolean approve, Long newUnitId, String note, Actor actor,
                                   Integer readVersion) {

    /** Without a version read: a caller that reads and decides at once. */
    public DecideRequestCommand(long requestId, boolean approve, Long newUnitId, String note, Actor actor) {
        this(requestId, approve, newUnitId, note, actor, null);
    }

    public DecideRequestCommand {
        note = note == null || note.isBlank() ? null : note.strip();
        if (!approve && note == null) {
            throw RuleViolation.onField("note", "assignment.decision.reasonRequired");
        }
    }
}
