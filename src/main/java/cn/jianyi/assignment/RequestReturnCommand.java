package cn.jianyi.assignment;

import cn.jianyi.shared.Actor;

/** 申请退回: the unit's reasons (required, kept without surrounding blanks) and the unit it proposes instead. */
public record RequestReturnCommand(long suggestionId, long unitId, String reason, long proposedUnitId, Actor actor) {

    public RequestReturnCommand {
        reason = UnitRequests.reasonGiven(reason);
    }
}
