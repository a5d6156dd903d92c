package cn.jianyi.handling.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

import cn.jianyi.handling.AttachmentUpload;
import cn.jianyi.handling.ContactKind;
import cn.jianyi.handling.RecordContactCommand;
import cn.jianyi.shared.Actor;

/** 记录联系 form, with the files chosen in its multiple file field (checked by the use case, not here). */
record ContactForm(
        @NotNull(message = "{validation.select}") ContactKind kind,
        @NotNull(message = "{validation.required}") @PastOrPresent(message = "{validation.date.future}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate contactedOn,
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String participants,
        @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.tooLong}") String summary,
        List<MultipartFile> attachments) {

    /**
     * The files the user chose. A file field left empty still sends one part without a name and without content:
     * that is no file.
     */
    List<AttachmentUpload> uploads() {
        if (attachments == null) {
            return List.of();
        }
        return attachments.stream()
                .filter(file -> file != null && !(file.isEmpty() && isBlank(file.getOriginalFilename())))
                .map(ContactForm::upload)
                .toList();
    }

    RecordContactCommand toCommand(long suggestionId, long unitId, Actor actor, List<AttachmentUpload> uploads) {
        return new RecordContactCommand(suggestionId, unitId, kind, contactedOn, participants, summary, actor, uploads);
    }

    private static AttachmentUpload upload(MultipartFile file) {
        try {
            return new AttachmentUpload(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isBlank(String name) {
        return name == null || name.isBlank();
    }
}
