package cn.jianyi.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.jianyi.shared.Actor;
import cn.jianyi.suggestion.Congress;
import cn.jianyi.suggestion.CongressLevel;
import cn.jianyi.suggestion.SaveCongressCommand;

/** 人大: what the form holds as typed; the command checks it. */
record CongressForm(
        @NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.tooLong}") String name,
        @NotBlank(message = "{validation.required}") @Size(max = 20, message = "{validation.tooLong}") String shortName,
        @NotNull(message = "{validation.select}") CongressLevel level,
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String replyCopyTo,
        Long parentId) {

    static CongressForm empty() {
        return new CongressForm(null, null, null, null, null);
    }

    /**
     * A new congress for this administrator: below its own congress when it keeps some congresses only (a congress at
     * the top would be out of its reach, ADR 0042), at the top for an administrator of the whole installation.
     */
    static CongressForm emptyFor(cn.jianyi.identity.CurrentUser me) {
        boolean everywhere = me.congressScope() instanceof cn.jianyi.identity.DataScope.All;
        return new CongressForm(null, null, null, null, everywhere ? null : me.congressId());
    }

    static CongressForm of(Congress congress) {
        return new CongressForm(congress.name(), congress.shortName(), congress.level(), congress.replyCopyTo(),
                congress.parentId());
    }

    SaveCongressCommand toCommand(Long id, Actor actor) {
        return new SaveCongressCommand(id, name, shortName, level, replyCopyTo, parentId, actor);
    }
}
