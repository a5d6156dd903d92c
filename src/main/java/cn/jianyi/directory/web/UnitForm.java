package cn.jianyi.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.identity.SaveUnitCommand;
import cn.jianyi.shared.Actor;

/** 承办单位: what the form holds as typed; the command checks it. */
record UnitForm(
        @NotNull(message = "{validation.select}") Long congressId,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String fullName,
        @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.tooLong}") String shortName,
        @NotBlank(message = "{validation.required}") @Size(max = 20, message = "{validation.tooLong}") String docCode,
        @NotBlank(message = "{validation.required}") String phone,
        @NotBlank(message = "{validation.required}") String postcode,
        @Size(max = 200, message = "{validation.tooLong}") String address,
        @Size(max = 2000, message = "{validation.tooLong}") String responsibilities) {

    static UnitForm empty(Long congressId) {
        return new UnitForm(congressId, null, null, null, null, null, null, null);
    }

    static UnitForm of(HandlingUnit unit) {
        return new UnitForm(unit.congressId(), unit.fullName(), unit.shortName(), unit.docCode(), unit.phone(),
                unit.postcode(), unit.address(), unit.responsibilities());
    }

    SaveUnitCommand toCommand(Long id, Actor actor) {
        return new SaveUnitCommand(id, congressId, fullName, shortName, docCode, phone, postcode, address,
                responsibilities, actor);
    }
}
