package cn.jianyi.assignment;

import java.time.LocalDate;
import java.util.List;

import cn.jianyi.shared.Actor;

/**
 * 交办: one lead unit, any number of co-units, on a date.
 *
 * @param complex 涉及面广、处理难度大: the reply window is the rule set's complex one (6 months by default)
 */
public record AssignCommand(long suggestionId, long leadUnitId, List<Long> coUnitIds, LocalDate assignedOn,
                            Actor actor, boolean complex) {

    public AssignCommand {
        coUnitIds = coUnitIds == null ? List.of() : List.copyOf(coUnitIds);
    }

    public AssignCommand(long suggestionId, long leadUnitId, List<Long> coUnitIds, LocalDate assignedOn, Actor actor) {
        this(suggestionId, leadUnitId, coUnitIds, assignedOn, actor, false);
    }

    public static AssignCommand leadOnly(long suggestionId, long leadUnitId, LocalDate assignedOn, Actor actor) {
        return new AssignCommand(suggestionId, leadUnitId, List.of(), assignedOn, actor);
    }
}
