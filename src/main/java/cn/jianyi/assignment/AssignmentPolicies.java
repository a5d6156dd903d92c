package cn.jianyi.assignment;

import java.time.LocalDate;

import cn.jianyi.shared.Decision;

/** Named rules for a unit's requests to the congress office; each returns the reason users see when it refuses. */
final class AssignmentPolicies {

    private AssignmentPolicies() {
    }

    /** 逾期未提出退办申请的，不作调整: a return is asked for within the window counted from 交办. */
    static Decision returnWithinWindow(LocalDate today, LocalDate windowEnd) {
        return today.isAfter(windowEnd) ? Decision.rejected("assignment.return.windowClosed", windowEnd)
                : Decision.allowed();
    }

    /** The unit proposed instead must be another unit, not yet on the case. */
    static Decision proposedUnitIsNewToTheCase(boolean alreadyOnCase) {
        return alreadyOnCase ? Decision.rejected("assignment.return.unitOnCase") : Decision.allowed();
    }

    /** An extension is asked for before the deadline passes. */
    static Decision extensionBeforeDeadline(LocalDate today, LocalDate dueOn) {
        return today.isAfter(dueOn) ? Decision.rejected("assignment.extension.afterDeadline", dueOn)
                : Decision.allowed();
    }

    /** The new date lies after the current deadline and no further than the extension limit beyond it. */
    static Decision extensionWithinLimit(LocalDate requested, LocalDate dueOn, LocalDate limit) {
        if (!requested.isAfter(dueOn)) {
            return Decision.rejected("assignment.extension.notLater", dueOn);
        }
        return requested.isAfter(limit) ? Decision.rejected("assignment.extension.beyondLimit", limit)
                : Decision.allowed();
    }

    /** 重新办理: the deadline the office sets lies within the bounds of the case's rules. */
    static Decision rehandlingWithinBounds(LocalDate dueOn, RehandlingTerms terms) {
        return dueOn.isBefore(terms.earliest()) || dueOn.isAfter(terms.latest())
                ? Decision.rejected("assignment.rehandling.dueOutsideBounds", terms.earliest(), terms.latest())
                : Decision.allowed();
    }

    /** 重新办理 with co-units: their opinion is due after the decision and no later than the new reply deadline. */
    static Decision opinionDueWithinRehandling(LocalDate opinionDueOn, LocalDate decidedOn, LocalDate replyDueOn) {
        if (opinionDueOn == null) {
            return Decision.rejected("assignment.rehandling.opinionDueRequired");
        }
        return !opinionDueOn.isAfter(decidedOn) || opinionDueOn.isAfter(replyDueOn)
                ? Decision.rejected("assignment.rehandling.opinionDueOutside", decidedOn, replyDueOn)
                : Decision.allowed();
    }

    /** One open request of a kind per task at a time. */
    static Decision noOpenRequest(boolean open) {
        return open ? Decision.rejected("assignment.request.open") : Decision.allowed();
    }
}
