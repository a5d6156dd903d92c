package cn.jianyi.feedback.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.jianyi.feedback.RehandlingCommand;
import cn.jianyi.shared.Actor;

/**
 * 重新办理 decision form: the office's requirement, passed to the lead unit; the new reply deadline (offered at the
 * rule's date; left empty, the rule's date); the co-units asked for their opinion again and by when.
 */
record RehandlingForm(
        @NotBlank(message = "{validation.required}") @Size(max = 400, message = "{validation.tooLong}") String reason,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
        List<Long> coUnitIds,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opinionDueOn) {

    RehandlingForm {
        coUnitIds = coUnitIds == null ? List.of() : coUnitIds.stream().filter(Objects::nonNull).toList();
    }

    RehandlingCommand toCommand(long suggestionId, Actor actor) {
        return new RehandlingCommand(suggestionId, reason, dueOn, coUnitIds, opinionDueOn, actor);
    }
}
