package cn.jianyi.feedback;

import java.time.LocalDate;
import java.util.Objects;

import cn.jianyi.shared.Actor;

/**
 * 重新办理: the office's decision after 不满意.
 *
 * @param reason what the office requires of the new reply (重新办理要求)
 * @param dueOn  the new reply deadline the office set, within the rule set's bounds; {@code null} for the rule's date
 */
public record RehandlingCommand(long suggestionId, String reason, LocalDate dueOn, Actor actor) {

    public RehandlingCommand {
        Objects.requireNonNull(actor, "actor");
    }

    /** The decision with the rule's deadline. */
    public static RehandlingCommand byTheRule(long suggestionId, String reason, Actor actor) {
        return new RehandlingCommand(suggestionId, reason, null, actor);
    }
}
