package cn.jianyi.handling.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.jianyi.handling.Commitment;
import cn.jianyi.handling.DraftCommitment;

/** One commitment row of the drafting form: new ({@code id} empty), the draft's own, or carried (ADR 0045). */
record CommitmentRow(Long id,
                     @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.tooLong}") String description,
                     @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn) {

    static CommitmentRow of(Commitment commitment) {
        return new CommitmentRow(commitment.id(), commitment.description(), commitment.dueOn());
    }

    DraftCommitment toDraftCommitment() {
        return new DraftCommitment(id, description, dueOn);
    }
}
