package cn.jianyi.directory.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.jianyi.identity.Deputy;
import cn.jianyi.identity.SaveDeputyCommand;
import cn.jianyi.shared.Actor;

/** 代表: what the form holds as typed; the command checks it. */
record DeputyForm(
        @NotNull(message = "{validation.select}") Long congressId,
        @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.tooLong}") String name,
        @NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.tooLong}") String delegation,
        @NotEmpty(message = "{directory.deputy.termRequired}") List<Long> termIds,
        String mobile,
        @Size(max = 200, message = "{validation.tooLong}") String address,
        String postcode) {

    DeputyForm {
        termIds = termIds == null ? List.of() : termIds;
    }

    static DeputyForm empty(Long congressId) {
        return new DeputyForm(congressId, null, null, List.of(), null, null, null);
    }

    static DeputyForm of(Deputy deputy, List<Long> termIds) {
        return new DeputyForm(deputy.congressId(), deputy.name(), deputy.delegation(), termIds, deputy.phone(),
                deputy.address(), deputy.postcode());
    }

    SaveDeputyCommand toCommand(Long id, Actor actor) {
        return new SaveDeputyCommand(id, congressId, name, delegation, termIds, mobile, address, postcode, actor);
    }
}
