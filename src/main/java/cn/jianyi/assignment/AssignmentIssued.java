package cn.jianyi.assignment;

import java.time.LocalDate;
import java.util.List;

/** A case was assigned to its units. */
public record AssignmentIssued(long suggestionId, long leadUnitId, List<Long> coUnitIds, LocalDate assignedOn,
                               LocalDate dueOn) {
}
