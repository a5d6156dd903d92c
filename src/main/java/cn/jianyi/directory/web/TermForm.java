package cn.jianyi.directory.web;

import jakarta.validation.constraints.NotNull;

import cn.jianyi.shared.Actor;
import cn.jianyi.suggestion.CongressTerm;
import cn.jianyi.suggestion.SaveTermCommand;

/** 届次: the term's number and years as typed; the command checks them. */
record TermForm(@NotNull(message = "{validation.required}") Integer number,
                @NotNull(message = "{validation.required}") Integer firstYear,
                @NotNull(message = "{validation.required}") Integer lastYear) {

    static TermForm empty() {
        return new TermForm(null, null, null);
    }

    static TermForm of(CongressTerm term) {
        return new TermForm(term.number(), term.firstYear(), term.lastYear());
    }

    SaveTermCommand toCommand(Long id, long congressId, Actor actor) {
        return new SaveTermCommand(id, congressId, number, firstYear, lastYear, actor);
    }
}
