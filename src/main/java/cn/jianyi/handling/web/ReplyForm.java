package cn.jianyi.handling.web;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.jianyi.handling.Publicity;
import cn.jianyi.handling.ReplyContent;
import cn.jianyi.handling.ResolutionCategory;

/** 拟写答复 form; the copy list is one unit per line; the commitments are the draft's whole list (ADR 0045). */
record ReplyForm(
        @NotNull(message = "{validation.select}") ResolutionCategory classification,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String title,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String salutation,
        @NotBlank(message = "{validation.required}") @Size(max = 20000, message = "{validation.tooLong}") String body,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String contactUnit,
        @NotBlank(message = "{validation.required}") @Pattern(regexp = "[0-9][0-9\\- ]{5,18}[0-9]", message = "{validation.phone}") String contactPhone,
        @NotBlank(message = "{validation.required}") @Pattern(regexp = "\\d{6}", message = "{validation.postcode}") String postcode,
        @Size(max = 500, message = "{validation.tooLong}") String copyTo,
        @NotNull(message = "{validation.select}") Publicity publicity,
        List<@Valid CommitmentRow> commitments,
        Integer version) {

    ReplyForm {
        // rows removed in the browser leave gaps in the indexes: no row, no commitment
        commitments = commitments == null ? List.of()
                : commitments.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** The form of a draft read at {@code version} ({@link cn.jianyi.handling.SaveDraftCommand#NO_DRAFT}: none yet). */
    static ReplyForm of(ReplyContent content, List<cn.jianyi.handling.Commitment> commitments, int version) {
        return new ReplyForm(content.classification(), content.title(), content.salutation(), content.body(),
                content.contactUnit(), content.contactPhone(), content.postcode(), String.join("\n", content.copyTo()),
                content.publicity(), commitments.stream().map(CommitmentRow::of).toList(), version);
    }

    /** What was typed, as if read now at the draft's {@code latest} version (ADR 0065). */
    ReplyForm withVersion(int latest) {
        return new ReplyForm(classification, title, salutation, body, contactUnit, contactPhone, postcode, copyTo,
                publicity, commitments, latest);
    }

    List<cn.jianyi.handling.DraftCommitment> toDraftCommitments() {
        return commitments.stream().map(CommitmentRow::toDraftCommitment).toList();
    }

    ReplyContent toContent() {
        List<String> copies = copyTo == null ? List.of() : Arrays.asList(copyTo.split("\\R"));
        return new ReplyContent(classification, title, salutation, body, contactUnit, contactPhone, postcode, copies,
                publicity);
    }
}
