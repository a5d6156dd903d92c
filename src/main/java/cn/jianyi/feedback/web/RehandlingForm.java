package cn.jianyi.feedback.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.jianyi.feedback.RehandlingCommand;
import cn.jianyi.shared.Actor;

/**
 * 重新办理 decision form: the office's requirement, passed to the lead unit, and the new reply deadline (offered at the
 * rule's date; left empty, the rule's date).
 */
record RehandlingForm(
        @NotBlank(message = "{validation.required}") @Size(max = 400, message = "{validation.tooLong}") String reason,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn) {

    RehandlingCommand toCommand(long suggestionId, Actor actor) {
        return new RehandlingCommand(suggestionId, reason, dueOn, actor);
    }
}
