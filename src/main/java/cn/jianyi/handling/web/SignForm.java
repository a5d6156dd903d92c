package cn.jianyi.handling.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import org.springframework.format.annotation.DateTimeFormat;

/** 签发 form: the signing date (defaults to today), and the reply's version the head read (hidden, ADR 0065). */
record SignForm(@NotNull(message = "{validation.required}") @PastOrPresent(message = "{validation.date.future}")
                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn, Integer version) {
}
