package cn.jianyi.assignment;

import java.time.LocalDate;
import java.util.List;

import cn.jianyi.shared.Actor;

/** 交办: one lead unit, any number of co-units, on a date. */
public record AssignCommand(long suggestionId, long leadUnitId, List<Long> coUnitIds, LocalDate assignedOn,
                            Actor actor) {

    public AssignCommand {
        coUnitIds = coUnitIds == null ? List.of() : List.copyOf(coUnitIds);
    }

    public static AssignCommand leadOnly(long suggestionId, long leadUnitId, LocalDate assignedOn, Actor actor) {
        return new AssignCommand(suggestionId, leadUnitId, List.of(), assignedOn, actor);
    }
}
