package cn.jianyi.directory.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSourceResolvable;

import cn.jianyi.identity.Deputy;
import cn.jianyi.identity.SaveDeputyCommand;
import cn.jianyi.shared.Actor;
import cn.jianyi.shared.web.LatestState;

/**
 * 代表: what the form holds as typed; the command checks it. {@code version} is the deputy's when the page was read
 * (hidden; none on the form that adds a deputy), so a change saved since refuses this one (ADR 0065).
 */
record DeputyForm(
        @NotNull(message = "{validation.select}") Long congressId,
        @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.tooLong}") String name,
        @NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.tooLong}") String delegation,
        @NotEmpty(message = "{directory.deputy.termRequired}") List<Long> termIds,
        String mobile,
        @Size(max = 200, message = "{validation.tooLong}") String address,
        String postcode,
        Integer version) {

    DeputyForm {
        termIds = termIds == null ? List.of() : termIds;
    }

    static DeputyForm empty(Long congressId) {
        return new DeputyForm(congressId, null, null, List.of(), null, null, null, null);
    }

    static DeputyForm of(Deputy deputy, List<Long> termIds) {
        return new DeputyForm(deputy.congressId(), deputy.name(), deputy.delegation(), termIds, deputy.phone(),
                deputy.address(), deputy.postcode(), deputy.version());
    }

    /** What was typed, as if read now at the deputy's {@code latest} version (ADR 0065). */
    DeputyForm withVersion(Integer latest) {
        return new DeputyForm(congressId, name, delegation, termIds, mobile, address, postcode, latest);
    }

    /** The deputy as saved now (with the names of the terms), for a form refused because it changed meanwhile. */
    static MessageSourceResolvable latest(Deputy deputy, List<String> terms) {
        return LatestState.of("form.fault.latest.deputy", deputy.name(), deputy.delegation(), String.join("、", terms),
                deputy.phone(), deputy.address(), deputy.postcode(),
                LatestState.label(deputy.active() ? "directory.active" : "directory.inactive"));
    }

    SaveDeputyCommand toCommand(Long id, Actor actor) {
        return new SaveDeputyCommand(id, congressId, name, delegation, termIds, mobile, address, postcode, actor,
                version);
    }
}
