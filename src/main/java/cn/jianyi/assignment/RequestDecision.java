package cn.jianyi.assignment;

import java.time.Instant;

import cn.jianyi.shared.IllegalTransitionException;

/**
 * The congress office's answer to a unit's request (退回, 延期): pending until decided once, then approved or
 * rejected with who, when and the note given.
 */
public record RequestDecision(RequestOutcome outcome, String decidedBy, Instant decidedAt, String decisionNote) {

    static RequestDecision pending() {
        return new RequestDecision(RequestOutcome.PENDING, null, null, null);
    }

    /** Decides a pending request; a request is decided only once. */
    RequestDecision decide(RequestOutcome to, String note, String by, Instant at) {
        if (outcome != RequestOutcome.PENDING) {
            throw new IllegalTransitionException(outcome, to == RequestOutcome.APPROVED ? "approve" : "reject");
        }
        return new RequestDecision(to, by, at, note);
    }
}
