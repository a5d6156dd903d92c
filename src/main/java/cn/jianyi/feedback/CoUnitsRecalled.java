package cn.jianyi.feedback;

import java.time.LocalDate;
import java.util.List;

/**
 * 重新办理 brought co-units back in: the units asked for their opinion again (new to the case or not), by when, and
 * the new reply deadline they work to. Published in the decision's transaction after {@link RehandlingDecided};
 * inside it those units are notified.
 */
public record CoUnitsRecalled(long suggestionId, List<Long> unitIds, LocalDate opinionDueOn, LocalDate replyDueOn,
                              String requirement, String actorUsername) {

    public CoUnitsRecalled {
        unitIds = List.copyOf(unitIds);
    }
}
