package cn.jianyi.identity;

import cn.jianyi.shared.Actor;
import cn.jianyi.shared.FieldChecks;

/**
 * 新增或修改承办单位: its congress, full name as on the letterhead, short name (区卫健委), 机关代字 (新卫提字), contact
 * phone, postcode and address printed on letters, and its duties (职能). Refuses a missing, too long or malformed
 * field beside it.
 *
 * @param id          the unit to change, or {@code null} for a new unit
 * @param readVersion the unit's version when its form was read: a change made since refuses the save
 *                    ({@code StaleVersion}); {@code null}, not checked (an import that reads and saves at once)
 */
public record SaveUnitCommand(Long id, Long congressId, String fullName, String shortName, String docCode,
                              String phone, String postcode, String address, String responsibilities, Actor actor,
                              Integer readVersion) {

    /** Without a version read: a new unit, or a change that reads and saves at once. */
    public SaveUnitCommand(Long id, Long congressId, String fullName, String shortName, String docCode, String phone,
                           String postcode, String address, String responsibilities, Actor actor) {
        this(id, congressId, fullName, shortName, docCode, phone, postcode, address, responsibilities, actor, null);
    }

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
