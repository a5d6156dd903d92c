package cn.jianyi.feedback.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 重新办理 decision form: the office's reasons, passed to the lead unit. */
record RehandlingForm(
        @NotBlank(message = "{validation.required}") @Size(max = 400, message = "{validation.tooLong}") String reason) {
}
