package cn.jianyi.assignment.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import org.springframework.format.annotation.DateTimeFormat;

import cn.jianyi.assignment.AssignCommand;
import cn.jianyi.shared.Actor;

/** 交办 form. */
record AssignmentForm(
        @NotNull(message = "{validation.select}") Long leadUnitId,
        List<Long> coUnitIds,
        @NotNull(message = "{validation.required}") @PastOrPresent(message = "{validation.date.future}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate assignedOn,
        boolean complex) {

    AssignmentForm {
        coUnitIds = coUnitIds == null ? List.of() : coUnitIds.stream().filter(Objects::nonNull).toList();
    }

    AssignCommand toCommand(long suggestionId, Actor actor) {
        return new AssignCommand(suggestionId, leadUnitId, coUnitIds, assignedOn, actor, complex);
    }
}
