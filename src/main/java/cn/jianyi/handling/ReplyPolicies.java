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

    /** Contacts are recorded by a unit handling the case, from 交办 until the case is closed (办前、办中、办后). */
    static Decision contactByAUnitOnAnOpenCase(Suggestion suggestion, long unitId) {
        if (!suggestion.isHandledBy(unitId)) {
            return Decision.rejected("handling.contact.notOnCase");
        }
        return suggestion.status() == Suggestion.Status.REGISTERED || suggestion.status() == Suggestion.Status.CONCLUDED
                ? Decision.rejected("handling.contact.caseNotOpen") : Decision.allowed();
    }

    /** A reply cannot be dated before its case was assigned. */
    static Decision signedOnOrAfterAssignment(java.time.LocalDate signedOn, java.time.LocalDate assignedOn) {
        return assignedOn == null || !signedOn.isBefore(assignedOn) ? Decision.allowed()
                : Decision.rejected("handling.reply.signedBeforeAssignment");
    }
}
