package cn.jianyi.identity;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * 承办单位: a government department or other body that handles suggestions and answers them.
 *
 * @param docCode          the issuer code of its reply numbers (机关代字), e.g. 新卫提字; unique within its congress
 * @param responsibilities its duties (职能), free text, for routing suggestions to it
 * @param active           offered for new assignments; a unit that has cases is deactivated instead of deleted
 * @param congressId       the congress it answers to ({@code null} for units set up before the directory, in an
 *                         installation that had several congresses)
 * @param version          raised by every save; two administrators' changes never overwrite each other (ADR 0065):
 *                         {@code null} for a unit not saved yet
 */
@Table("units")
public record HandlingUnit(@Id Long id, String fullName, String shortName, String docCode, String phone,
                           String postcode, String address, String responsibilities, boolean active, Long congressId,
                           @Version Integer version) {

    HandlingUnit deactivated() {
        return withActive(false);
    }

    HandlingUnit activated() {
        return withActive(true);
    }

    private HandlingUnit withActive(boolean active) {
        return new HandlingUnit(id, fullName, shortName, docCode, phone, postcode, address, responsibilities, active,
                congressId, version);
    }
}
