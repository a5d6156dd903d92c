package cn.jianyi.assignment;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import cn.jianyi.suggestion.HandlingRole;

/**
 * 交办记录: a unit's assignment to a case, with its role and reply deadline. Who assigned, when and to whom never
 * changes; the deadline moves only when it is recomputed (calendar change), which the case timeline records.
 */
@Table("assignments")
public record Assignment(@Id Long id, Long suggestionId, Long unitId, HandlingRole role, LocalDate assignedOn,
                         LocalDate dueOn, String assignedBy, Instant assignedAt) {

    Assignment withDueOn(LocalDate newDueOn) {
        return new Assignment(id, suggestionId, unitId, role, assignedOn, newDueOn, assignedBy, assignedAt);
    }
}
