package cn.jianyi.handling.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.jianyi.handling.ContactKind;
import cn.jianyi.handling.RecordContactCommand;
import cn.jianyi.shared.Actor;

/** 记录联系 form. */
record ContactForm(
        @NotNull(message = "{validation.select}") ContactKind kind,
        @NotNull(message = "{validation.required}") @PastOrPresent(message = "{validation.date.future}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate contactedOn,
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String participants,
        @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.tooLong}") String summary) {

    RecordContactCommand toCommand(long suggestionId, long unitId, Actor actor) {
        return new RecordContactCommand(suggestionId, unitId, kind, contactedOn, participants, summary, actor);
    }
}
