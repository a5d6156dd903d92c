package cn.jianyi.assignment;

import java.time.LocalDate;
import java.util.List;

import cn.jianyi.suggestion.CaseUnit;

/**
 * 重新办理 bringing co-units back in: every unit asked for its opinion again (in the order chosen), those among them
 * new to the case (their places on the case file), and the date their opinion is due.
 */
public record CoUnitsRecall(List<Long> unitIds, List<CaseUnit> newToTheCase, LocalDate opinionDueOn) {

    public CoUnitsRecall {
        unitIds = List.copyOf(unitIds);
        newToTheCase = List.copyOf(newToTheCase);
    }

    /** No co-unit brought back in. */
    public static CoUnitsRecall none() {
        return new CoUnitsRecall(List.of(), List.of(), null);
    }

    public boolean isEmpty() {
        return unitIds.isEmpty();
    }
}
