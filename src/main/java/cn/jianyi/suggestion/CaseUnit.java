package cn.jianyi.suggestion;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/** A unit handling the case, with its role and reply deadline; kept on the case file for lists and data scope. */
@Table("suggestion_units")
public record CaseUnit(Long unitId, HandlingRole role, LocalDate dueOn) {
}
