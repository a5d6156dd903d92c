package cn.jianyi.handling.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.jianyi.handling.Commitment;

/** 再次答复 / 说明情况 form on an open commitment. */
record FollowUpForm(
        @NotNull(message = "{validation.select}") Commitment.Status outcome,
        @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.tooLong}") String text,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
}
