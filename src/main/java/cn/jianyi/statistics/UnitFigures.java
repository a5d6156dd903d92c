package cn.jianyi.statistics;

import java.util.List;

/**
 * One answering unit's figures (its 主办 and 分办 cases), as the dashboard shows them for that unit.
 *
 * @param cases       cases it answers, whatever their status
 * @param replied     办复: cases with a signed reply ÷ its assigned cases
 * @param onTime      按期办复 ÷ its assigned cases
 * @param classes     classified cases per class letter A, B, C, D (the reviewed class wins)
 * @param classified  cases with a signed reply
 * @param firstRound  the current first-round feedback forms on its cases
 */
public record UnitFigures(long unitId, String unitName, long cases, Rate replied, Rate onTime, List<Long> classes,
                          long classified, StatisticsReport.Satisfactions firstRound) {

    public UnitFigures {
        classes = List.copyOf(classes);
    }
}
