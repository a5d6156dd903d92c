package cn.jianyi.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import cn.jianyi.shared.Actor;

/**
 * 重新办理: the office's decision after 不满意.
 *
 * @param reason       what the office requires of the new reply (重新办理要求)
 * @param dueOn        the new reply deadline the office set, within the rule set's bounds; {@code null} for the
 *                     rule's date
 * @param coUnitIds    the units asked for their opinion again: co-units of the case, or units new to it
 * @param opinionDueOn when their opinion is due (required when {@code coUnitIds} is not empty)
 */
public record RehandlingCommand(long suggestionId, String reason, LocalDate dueOn, List<Long> coUnitIds,
                                LocalDate opinionDueOn, Actor actor) {

    public RehandlingCommand {
        Objects.requireNonNull(actor, "actor");
        coUnitIds = coUnitIds == null ? List.of() : coUnitIds.stream().filter(Objects::nonNull).toList();
    }

    /** The decision with the rule's deadline and no co-unit brought back in. */
    public static RehandlingCommand byTheRule(long suggestionId, String reason, Actor actor) {
        return new RehandlingCommand(suggestionId, reason, null, List.of(), null, actor);
    }

    /** The decision with a deadline the office set, and no co-unit brought back in. */
    public static RehandlingCommand dueOn(long suggestionId, String reason, LocalDate dueOn, Actor actor) {
        return new RehandlingCommand(suggestionId, reason, dueOn, List.of(), null, actor);
    }

    /** The decision bringing co-units back in, their opinion due by {@code opinionDueOn}. */
    public RehandlingCommand withCoUnits(List<Long> units, LocalDate opinionDue) {
        return new RehandlingCommand(suggestionId, reason, dueOn, units, opinionDue, actor);
    }
}
