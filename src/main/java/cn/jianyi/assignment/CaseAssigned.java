package cn.jianyi.assignment;

import java.time.LocalDate;
import java.util.List;

import cn.jianyi.suggestion.CaseUnit;

/**
 * 交办: the congress office assigned a registered case to its units (ADR 0031). Published by the assignment module in
 * the act's transaction, after the case file recorded the units; inside that transaction the units and the deputies
 * are notified, the statistics projection is updated and a withdrawal still waiting for consents lapses.
 *
 * @param units   every unit on the case with its role (主办, 协办, 分办) and reply deadline
 * @param dueOn   the lead unit's reply deadline
 * @param summary the assignment as the timeline line reads (主办：区卫健委；协办：区教体局；答复期限：…), repeated to the
 *                people notified; no listener branches on it
 */
public record CaseAssigned(long suggestionId, List<CaseUnit> units, LocalDate assignedOn, LocalDate dueOn,
                           String actorUsername, String summary) {

    public CaseAssigned {
        units = List.copyOf(units);
    }
}
