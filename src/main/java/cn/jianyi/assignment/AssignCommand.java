package cn.jianyi.assignment;

import java.time.LocalDate;
import java.util.List;

import cn.jianyi.shared.Actor;

/**
 * 交办: one lead unit, any number of co-units, on a date.
 *
 * @param complex  涉及面广、处理难度大: the reply window is the rule set's complex one (6 months by default)
 * @param separate 分办: the "lead" and the "co-units" all answer their own part; no unit leads
 * @param readVersion the case's version when the clerk read it (the form's hidden field), refused if the case changed
 *                 since (ADR 0065); {@code null}: not checked
 */
public record AssignCommand(long suggestionId, long leadUnitId, List<Long> coUnitIds, LocalDate assignedOn,
                            Actor actor, boolean complex, boolean separate, Integer readVersion) {

    public AssignCommand(long suggestionId, long leadUnitId, List<Long> coUnitIds, LocalDate assignedOn, Actor actor,
                         boolean complex, boolean separate) {
        this(suggestionId, leadUnitId, coUnitIds, assignedOn, actor, complex, separate, null);
    }

    public AssignCommand {
        coUnitIds = coUnitIds == null ? List.of() : List.copyOf(coUnitIds);
    }

    public AssignCommand(long suggestionId, long leadUnitId, List<Long> coUnitIds, LocalDate assignedOn, Actor actor) {
        this(suggestionId, leadUnitId, coUnitIds, assignedOn, actor, false, false);
    }

    public AssignCommand(long suggestionId, long leadUnitId, List<Long> coUnitIds, LocalDate assignedOn, Actor actor,
                         boolean complex) {
        this(suggestionId, leadUnitId, coUnitIds, assignedOn, actor, complex, false);
    }

    public static AssignCommand leadOnly(long suggestionId, long leadUnitId, LocalDate assignedOn, Actor actor) {
        return new AssignCommand(suggestionId, leadUnitId, List.of(), assignedOn, actor);
    }
}
