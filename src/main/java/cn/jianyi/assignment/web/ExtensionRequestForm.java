package cn.jianyi.assignment.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.jianyi.assignment.RequestExtensionCommand;
import cn.jianyi.shared.Actor;

/**
 * 申请延期 form. {@code @NotNull}/{@code @NotBlank} only mark every empty field at once (the command refuses a missing
 * date or a blank reason itself, for every caller).
 */
record ExtensionRequestForm(
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate requestedDueOn,
        @NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.tooLong}") String reason) {

    RequestExtensionCommand toCommand(long suggestionId, long unitId, Actor actor) {
        return new RequestExtensionCommand(suggestionId, unitId, requestedDueOn, reason, actor);
    }
}
