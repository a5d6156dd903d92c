package cn.jianyi.handling;

import java.time.LocalDate;

/**
 * One commitment as the drafting form holds it (ADR 0045): {@code id} {@code null} for a new one, the id of one the
 * draft already states (its own, editable, or one carried from the unit's earlier reply, as it stands).
 */
public record DraftCommitment(Long id, String description, LocalDate dueOn) {

    public DraftCommitment {
        description = description == null ? null : description.strip();
    }
}
