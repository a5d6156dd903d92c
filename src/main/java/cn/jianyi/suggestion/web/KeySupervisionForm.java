package cn.jianyi.suggestion.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 重点督办 form: the leading official and the supervising committee. */
record KeySupervisionForm(
        @NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.tooLong}") String leader,
        @NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.tooLong}") String committee) {
}
