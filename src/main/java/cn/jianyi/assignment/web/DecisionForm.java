package cn.jianyi.assignment.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.jianyi.assignment.DecideRequestCommand;
import cn.jianyi.shared.Actor;

/**
 * The office's decision on a unit's request: approve or not, the unit taking over a return, and the reasons.
 * {@code version} is the request's when the page was read (hidden): decided by another clerk since, it refuses this
 * decision (ADR 0065).
 */
record DecisionForm(
        @NotNull(message = "{validation.select}") Boolean approve,
        Long newUnitId,
        @Size(max = 1000, message = "{validation.tooLong}") String note,
        Integer version) {

    /** What was typed, as if read now at the request's {@code latest} version (ADR 0065). */
    DecisionForm withVersion(Integer latest) {
        return new DecisionForm(approve, newUnitId, note, latest);
    }

    DecideRequestCommand toCommand(long requestId, Actor actor) {
        return new DecideRequestCommand(requestId, approve, newUnitId, note, actor, version);
    }
}
