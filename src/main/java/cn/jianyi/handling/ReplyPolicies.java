package cn.jianyi.handling;

import cn.jianyi.shared.Decision;
import cn.jianyi.suggestion.Suggestion;

/** Named rules for drafting and signing; each returns a reason users see when it refuses. */
final class ReplyPolicies {

    private ReplyPolicies() {
    }

    /** Only the lead unit answers the deputy; co-units send their opinions to it. */
    static Decision onlyLeadUnitReplies(Suggestion suggestion, long unitId) {
        return suggestion.isLeadUnit(unitId) ? Decision.allowed() : Decision.rejected("handling.reply.notLeadUnit");
    }

    /** A reply is written while the case is in handling: after 交办 and before the answer, or in re-handling. */
    static Decision caseIsInHandling(Suggestion suggestion) {
        return suggestion.status().acceptsReplies() ? Decision.allowed()
                : Decision.rejected("handling.reply.caseNotInHandling");
    }

    /** A reply cannot be dated before its case was assigned. */
    static Decision signedOnOrAfterAssignment(java.time.LocalDate signedOn, java.time.LocalDate assignedOn) {
        return assignedOn == null || !signedOn.isBefore(assignedOn) ? Decision.allowed()
                : Decision.rejected("handling.reply.signedBeforeAssignment");
    }
}
