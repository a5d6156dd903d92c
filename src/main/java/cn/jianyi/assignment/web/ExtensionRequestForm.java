package cn.jianyi.assignment.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.jianyi.assignment.RequestExtensionCommand;
import cn.jianyi.shared.Actor;

/** 申请延期 form; the command refuses a missing date or a blank reason beside the field. */
record ExtensionRequestForm(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate requestedDueOn,
        @Size(max = 1000, message = "{validation.tooLong}") String reason) {

    RequestExtensionCommand toCommand(long suggestionId, long unitId, Actor actor) {
        return new RequestExtensionCommand(suggestionId, unitId, requestedDueOn, reason, actor);
    }
}
