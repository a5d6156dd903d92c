package cn.jianyi.assignment.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import org.springframework.format.annotation.DateTimeFormat;

import cn.jianyi.assignment.AssignCommand;
import cn.jianyi.shared.Actor;

/** 交办 form; {@code version} is the case's version when the form was read (hidden, ADR 0065). */
record AssignmentForm(
        @NotNull(message = "{validation.select}") Long leadUnitId,
        List<Long> coUnitIds,
        @NotNull(message = "{validation.required}") @PastOrPresent(message = "{validation.date.future}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate assignedOn,
        Boolean complex, Boolean separate, Integer version) {

    AssignmentForm {
        coUnitIds = coUnitIds == null ? List.of() : coUnitIds.stream().filter(Objects::nonNull).toList();
        complex = Boolean.TRUE.equals(complex);              // an unticked checkbox sends nothing
        separate = Boolean.TRUE.equals(separate);
    }

    /** What was typed, as if read now at the case's {@code latest} version (ADR 0065). */
    AssignmentForm withVersion(Integer latest) {
        return new AssignmentForm(leadUnitId, coUnitIds, assignedOn, complex, separate, latest);
    }

    AssignCommand toCommand(long suggestionId, Actor actor) {
        return new AssignCommand(suggestionId, leadUnitId, coUnitIds, assignedOn, actor, complex, separate, version);
    }
}
