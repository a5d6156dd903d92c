package cn.jianyi.intake.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** 批量登记: the meeting, the receipt date of rows without their own, the assignment date (交办会) and the sheet. */
record ImportForm(
        @NotNull(message = "{validation.select}") Long meetingId,
        @NotNull(message = "{validation.required}") @PastOrPresent(message = "{validation.date.future}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
        @NotNull(message = "{validation.required}") @PastOrPresent(message = "{validation.date.future}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate assignedOn,
        MultipartFile file) {

    boolean hasFile() {
        return file != null && !file.isEmpty();
    }
}
