package cn.jianyi.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSourceResolvable;

import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.identity.SaveUnitCommand;
import cn.jianyi.shared.Actor;
import cn.jianyi.shared.web.LatestState;

/**
 * 承办单位: what the form holds as typed; the command checks it. {@code version} is the unit's when its page was read
 * (hidden; none on the form that adds a unit), so a change saved since refuses this one (ADR 0065).
 */
record UnitForm(
        @NotNull(message = "{validation.select}") Long congressId,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String fullName,
        @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.tooLong}") String shortName,
        @NotBlank(message = "{validation.required}") @Size(max = 20, message = "{validation.tooLong}") String docCode,
        @NotBlank(message = "{validation.required}") String phone,
        @NotBlank(message = "{validation.required}") String postcode,
        @Size(max = 200, message = "{validation.tooLong}") String address,
        @Size(max = 2000, message = "{validation.tooLong}") String responsibilities,
        Integer version) {

    static UnitForm empty(Long congressId) {
        return new UnitForm(congressId, null, null, null, null, null, null, null, null);
    }

    static UnitForm of(HandlingUnit unit) {
        return new UnitForm(unit.congressId(), unit.fullName(), unit.shortName(), unit.docCode(), unit.phone(),
                unit.postcode(), unit.address(), unit.responsibilities(), unit.version());
    }

    /** What was typed, as if read now at the unit's {@code latest} version (ADR 0065). */
    UnitForm withVersion(Integer latest) {
        return new UnitForm(congressId, fullName, shortName, docCode, phone, postcode, address, responsibilities,
                latest);
    }

    /** The unit as saved now, for a form refused because it changed meanwhile. */
    static MessageSourceResolvable latest(HandlingUnit unit) {
        return LatestState.of("form.fault.latest.unit", unit.fullName(), unit.shortName(), unit.docCode(),
                unit.phone(), unit.postcode(), unit.address(), unit.responsibilities(),
                LatestState.label(unit.active() ? "directory.active" : "directory.inactive"));
    }

    SaveUnitCommand toCommand(Long id, Actor actor) {
        return new SaveUnitCommand(id, congressId, fullName, shortName, docCode, phone, postcode, address,
                responsibilities, actor, version);
    }
}
