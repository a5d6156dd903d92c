package cn.jianyi.feedback.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

import cn.jianyi.feedback.RecordPaperFeedbackCommand;
import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.handling.AttachmentUpload;
import cn.jianyi.shared.Actor;

/** A paper 征询意见表 as the office copies it in, with the form's scan. */
record PaperFeedbackForm(
        @NotNull(message = "{validation.select}") Long deputyId,
        @NotNull(message = "{validation.select}") Satisfaction satisfaction,
        @NotNull(message = "{validation.select}") Satisfaction resultRating,
        @NotNull(message = "{validation.select}") Satisfaction attitudeRating,
        @Size(max = 1000, message = "{validation.tooLong}") String comment,
        @NotNull(message = "{validation.required}") @PastOrPresent(message = "{validation.date.future}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate givenOn,
        MultipartFile scan) {

    RecordPaperFeedbackCommand toCommand(long suggestionId, Actor actor) {
        return new RecordPaperFeedbackCommand(suggestionId, deputyId, satisfaction, resultRating, attitudeRating,
                comment, givenOn, upload(), actor);
    }

    private AttachmentUpload upload() {
        if (scan == null || scan.isEmpty()) {
            return null;
        }
        try {
            return new AttachmentUpload(scan.getOriginalFilename(), scan.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
