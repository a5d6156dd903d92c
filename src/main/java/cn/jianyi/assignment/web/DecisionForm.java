package cn.jianyi.assignment.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.jianyi.assignment.DecideRequestCommand;
import cn.jianyi.shared.Actor;

/** The office's decision on a unit's request: approve or not, the unit taking over a return, and the reasons. */
record DecisionForm(
        @NotNull(message = "{validation.select}") Boolean approve,
        Long newUnitId,
        @Size(max = 1000, message = "{validation.tooLong}") String note) {

    DecideRequestCommand toCommand(long requestId, Actor actor) {
        return new DecideRequestCommand(requestId, approve, newUnitId, note, actor);
    }
}
