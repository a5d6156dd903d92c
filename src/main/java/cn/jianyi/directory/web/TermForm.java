package cn.jianyi.directory.web;

import jakarta.validation.constraints.NotNull;

import org.springframework.context.MessageSourceResolvable;

import cn.jianyi.shared.Actor;
import cn.jianyi.shared.web.LatestState;
import cn.jianyi.suggestion.CongressTerm;
import cn.jianyi.suggestion.SaveTermCommand;

/**
 * 届次: the term's number and years as typed; the command checks them. {@code version} is the term's when its page
 * was read (hidden; none on the form that adds a term), so a change saved since refuses this one (ADR 0065).
 */
record TermForm(@NotNull(message = "{validation.required}") Integer number,
                @NotNull(message = "{validation.required}") Integer firstYear,
                @NotNull(message = "{validation.required}") Integer lastYear,
                Integer version) {

    static TermForm empty() {
        return new TermForm(null, null, null, null);
    }

    static TermForm of(CongressTerm term) {
        return new TermForm(term.number(), term.firstYear(), term.lastYear(), term.version());
    }

    /** What was typed, as if read now at the term's {@code latest} version (ADR 0065). */
    TermForm withVersion(Integer latest) {
        return new TermForm(number, firstYear, lastYear, latest);
    }

    /** The term as saved now, for a form refused because it changed meanwhile. */
    static MessageSourceResolvable latest(CongressTerm term) {
        return LatestState.of("form.fault.latest.term", term.name());
    }

    SaveTermCommand toCommand(Long id, long congressId, Actor actor) {
        return new SaveTermCommand(id, congressId, number, firstYear, lastYear, actor, version);
    }
}
