package cn.jianyi.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSourceResolvable;

import cn.jianyi.shared.Actor;
import cn.jianyi.shared.web.LatestState;
import cn.jianyi.suggestion.Congress;
import cn.jianyi.suggestion.CongressLevel;
import cn.jianyi.suggestion.SaveCongressCommand;

/**
 * 人大: what the form holds as typed; the command checks it. {@code version} is the congress's when its page was read
 * (hidden; none on the form that adds a congress), so a change saved since refuses this one (ADR 0065).
 */
record CongressForm(
        @NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.tooLong}") String name,
        @NotBlank(message = "{validation.required}") @Size(max = 20, message = "{validation.tooLong}") String shortName,
        @NotNull(message = "{validation.select}") CongressLevel level,
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String replyCopyTo,
        Long parentId,
        Integer version) {

    static CongressForm empty() {
        return new CongressForm(null, null, null, null, null, null);
    }

    /**
     * A new congress for this administrator: below its own congress when it keeps some congresses only (a congress at
     * the top would be out of its reach, ADR 0042), at the top for an administrator of the whole installation.
     */
    static CongressForm emptyFor(cn.jianyi.identity.CurrentUser me) {
        boolean everywhere = me.congressScope() instanceof cn.jianyi.identity.DataScope.All;
        return new CongressForm(null, null, null, null, everywhere ? null : me.congressId(), null);
    }

    static CongressForm of(Congress congress) {
        return new CongressForm(congress.name(), congress.shortName(), congress.level(), congress.replyCopyTo(),
                congress.parentId(), congress.version());
    }

    /** What was typed, as if read now at the congress's {@code latest} version (ADR 0065). */
    CongressForm withVersion(Integer latest) {
        return new CongressForm(name, shortName, level, replyCopyTo, parentId, latest);
    }

    /** The congress as saved now (with the name of the one above it), for a form refused as changed meanwhile. */
    static MessageSourceResolvable latest(Congress congress, Object parentName) {
        return LatestState.of("form.fault.latest.congress", congress.name(), congress.shortName(),
                LatestState.label("CongressLevel." + congress.level().name()), parentName, congress.replyCopyTo());
    }

    SaveCongressCommand toCommand(Long id, Actor actor) {
        return new SaveCongressCommand(id, name, shortName, level, replyCopyTo, parentId, actor, version);
    }
}
