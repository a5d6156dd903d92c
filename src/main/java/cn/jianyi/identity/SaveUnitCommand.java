package cn.jianyi.identity;

import cn.jianyi.shared.Actor;
import cn.jianyi.shared.FieldChecks;

/**
 * 新增或修改承办单位: its congress, full name as on the letterhead, short name (区卫健委), 机关代字 (新卫提字), contact
 * phone, postcode and address printed on letters, and its duties (职能). Refuses a missing, too long or malformed
 * field beside it.
 *
 * @param id the unit to change, or {@code null} for a new unit
 */
public record SaveUnitCommand(Long id, Long congressId, String fullName, String shortName, String docCode,
                              String phone, String postcode, String address, String responsibilities, Actor actor) {

    public SaveUnitCommand {
        FieldChecks.chosen("congressId", congressId);
        fullName = FieldChecks.required("fullName", fullName, 100);
        shortName = FieldChecks.required("shortName", shortName, 40);
        docCode = FieldChecks.required("docCode", docCode, 20);
        phone = FieldChecks.phone("phone", phone, true);
        postcode = FieldChecks.postcode("postcode", postcode, true);
        address = FieldChecks.optional("address", address, 200);
        responsibilities = FieldChecks.optional("responsibilities", responsibilities, 2000);
        if (actor == null) {
            throw new IllegalArgumentException("A unit is saved by someone");
        }
    }
}
