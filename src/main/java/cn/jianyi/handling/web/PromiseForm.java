package cn.jianyi.handling.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** 办理承诺 form on a draft reply: what the unit promises and by when. */
record PromiseForm(
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.tooLong}") String description,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn) {
}
