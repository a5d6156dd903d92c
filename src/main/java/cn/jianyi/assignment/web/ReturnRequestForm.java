package cn.jianyi.assignment.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.jianyi.assignment.RequestReturnCommand;
import cn.jianyi.shared.Actor;

/**
 * 申请退回 form. {@code @NotBlank} only marks every empty field at once (the command refuses a blank reason itself,
 * for every caller).
 */
record ReturnRequestForm(
        @NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.tooLong}") String reason,
        @NotNull(message = "{validation.select}") Long proposedUnitId) {

    RequestReturnCommand toCommand(long suggestionId, long unitId, Actor actor) {
        return new RequestReturnCommand(suggestionId, unitId, reason, proposedUnitId, actor);
    }
}
