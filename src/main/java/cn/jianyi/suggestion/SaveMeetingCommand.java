package cn.jianyi.suggestion;

import java.time.LocalDate;

import cn.jianyi.shared.Actor;
import cn.jianyi.shared.FieldChecks;
import cn.jianyi.shared.RuleViolation;

/**
 * 新增或修改会议: the meeting's number within its term (四次会议) and its opening date. Suggestion numbers run per
 * meeting.
 *
 * @param id          the meeting to change, or {@code null} for a new meeting of {@code termId}
 * @param termId      the term of a new meeting (ignored when changing one)
 * @param readVersion the meeting's version when its form was read: a change made since refuses the save
 *                    ({@code StaleVersion}); {@code null}, not checked
 */
public record SaveMeetingCommand(Long id, long termId, Integer number, LocalDate openedOn, Actor actor,
                                 Integer readVersion) {

    /** Without a version read: a new meeting, or a change that reads and saves at once. */
    public SaveMeetingCommand(Long id, long termId, Integer number, LocalDate openedOn, Actor actor) {
        this(id, termId, number, openedOn, actor, null);
    }

    public SaveMeetingCommand {
        FieldChecks.number("number", number, 1, 99);
        if (openedOn == null) {
            throw RuleViolation.onField("openedOn", "field.required");
        }
        if (actor == null) {
            throw new IllegalArgumentException("A meeting is saved by someone");
        }
    }
}
