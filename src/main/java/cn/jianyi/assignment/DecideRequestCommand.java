package cn.jianyi.assignment;

import cn.jianyi.shared.Actor;
import cn.jianyi.shared.RuleViolation;

/**
 * The congress office's decision on a unit's request (退回 or 延期). A blank note counts as none; a rejection needs
 * one.
 *
 * @param newUnitId for an approved return: the unit that takes over (usually the one proposed); ignored otherwise
 */
public record DecideRequestCommand(long requestId, boolean approve, Long newUnitId, String note, Actor actor) {

    public DecideRequestCommand {
        note = note == null || note.isBlank() ? null : note.strip();
        if (!approve && note == null) {
            throw RuleViolation.onField("note", "assignment.decision.reasonRequired");
        }
    }
}
