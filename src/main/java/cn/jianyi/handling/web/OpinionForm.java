package cn.jianyi.handling.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import cn.jianyi.handling.GiveOpinionCommand;
import cn.jianyi.shared.Actor;

/** 协办意见 form; {@code version} is the co-unit's task's version when the form was read (hidden, ADR 0065). */
record OpinionForm(
        @NotBlank(message = "{validation.required}") @Size(max = 5000, message = "{validation.tooLong}") String opinion,
        Integer version) {

    GiveOpinionCommand toCommand(long suggestionId, long unitId, Actor actor) {
        return new GiveOpinionCommand(suggestionId, unitId, opinion, actor, version);
    }
}
