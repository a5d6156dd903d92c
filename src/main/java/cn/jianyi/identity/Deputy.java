package cn.jianyi.identity;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * 代表: a deputy of the congress, with the postal details printed on the feedback form.
 *
 * @param phone      the mobile number
 * @param active     still a deputy; a deputy who has cases is deactivated instead of deleted
 * @param congressId the congress the deputy sits in ({@code null} for deputies set up before the directory, in an
 *                   installation that had several congresses)
 * @param version    raised by every save, so that two administrators' changes never overwrite each other (ADR 0065);
 *                   {@code null} for a deputy not saved yet
 */
@Table("deputies")
public record Deputy(@Id Long id, String name, String delegation, String address, String postcode, String phone,
                     boolean active, Long congressId, @Version Integer version) {

    Deputy withActive(boolean active) {
        return new Deputy(id, name, delegation, address, postcode, phone, active, congressId, version);
    }
}
