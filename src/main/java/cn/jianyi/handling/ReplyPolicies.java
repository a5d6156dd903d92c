package cn.jianyi.handling;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.jianyi.assignment.Assignment;
import cn.jianyi.rules.ClassificationScheme;
import cn.jianyi.shared.Decision;
import cn.jianyi.suggestion.Suggestion;

/** Named rules for drafting and signing; each returns a reason users see when it refuses. */
final class ReplyPolicies {

    private ReplyPolicies() {
    }

    /**
     * The lead unit answers the deputy (co-units send their opinions to it); under 分办 each unit answers its own
     * part.
     */
    static Decision onlyLeadUnitReplies(Suggestion suggestion, long unitId) {
        return suggestion.isAnsweringUnit(unitId) ? Decision.allowed()
                : Decision.rejected("handling.reply.notLeadUnit");
    }

    /** 分办: a unit that has answered its part waits for the others (and for a re-handling decision, if any). */
    static Decision partNotYetAnswered(Assignment task) {
        return task.status() == Assignment.Status.REPLIED ? Decision.rejected("handling.reply.partAnswered")
                : Decision.allowed();
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

    /**
     * 会办: the lead unit signs only once every co-unit's written opinion is in or its opinion window has passed;
     * the refusal names the units still awaited and their dates.
     */
    static Decision coUnitOpinionsInOrOverdue(List<Assignment> tasks, Map<Long, String> unitNames, LocalDate today) {
        List<String> awaited = tasks.stream()
                .filter(Assignment::isCoUnit)
                .filter(t -> t.status() == Assignment.Status.PENDING || t.status() == Assignment.Status.IN_HANDLING
                        || t.status() == Assignment.Status.RETURN_REQUESTED)
                .filter(t -> t.opinionDueOn() != null && !today.isAfter(t.opinionDueOn()))
                .map(t -> unitNames.get(t.unitId()) + "（" + t.opinionDueOn() + "前）")
                .toList();
        return awaited.isEmpty() ? Decision.allowed()
                : Decision.rejected("handling.sign.awaitingOpinions", String.join("、", awaited));
    }

    /** 会签, where the rules require it: every current co-unit countersigned the draft as it now stands. */
    static Decision coUnitsCountersigned(List<Assignment> tasks, List<Long> countersigned,
                                         Map<Long, String> unitNames) {
        List<String> awaited = tasks.stream()
                .filter(t -> t.isCoUnit() && t.status() != Assignment.Status.RETURNED)
                .filter(t -> !countersigned.contains(t.unitId()))
                .map(t -> unitNames.get(t.unitId()))
                .toList();
        return awaited.isEmpty() ? Decision.allowed()
                : Decision.rejected("handling.sign.awaitingCountersign", String.join("、", awaited));
    }

    /** 送签: a draft with the unit's head is not edited until the head signs it or returns it (ADR 0045). */
    static Decision draftWithTheHandler(java.util.Optional<Reply> draft) {
        return draft.filter(Reply::isSubmitted).isPresent() ? Decision.rejected("handling.draft.submitted")
                : Decision.allowed();
    }

    /** A co-unit gives its opinion while the lead unit has not yet answered (first or again, at 重新办理). */
    static Decision opinionBeforeTheReply(Suggestion suggestion) {
        return suggestion.status() == Suggestion.Status.ASSIGNED || suggestion.status() == Suggestion.Status.REHANDLING
                ? Decision.allowed()
                : Decision.rejected("handling.opinion.caseReplied");
    }

    /** The class is one of the congress's scheme (a three-class scheme has no D). */
    static Decision classInScheme(ResolutionCategory classification, ClassificationScheme scheme) {
        return classification != null && scheme.byLetter(classification.name()).isPresent() ? Decision.allowed()
                : Decision.rejected("handling.reply.classNotInScheme", scheme.name());
    }

    /** The office changes a unit's class only with a reason the unit and later readers can see. */
    static Decision reasonForAChangedClass(boolean changed, String reason) {
        return !changed || reason != null ? Decision.allowed() : Decision.rejected("handling.review.reasonRequired");
    }

    /** 跟踪办理: a reply in a class that implies a commitment (B, C) states at least one, what and by when. */
    static Decision commitmentsForAPromisingClass(boolean classImpliesCommitment, boolean hasCommitments) {
        return !classImpliesCommitment || hasCommitments ? Decision.allowed()
                : Decision.rejected("handling.sign.noCommitment");
    }

    /**
     * The letter needs the unit's 机关代字 (for the document number), phone and postcode (for the contact line and the
     * form): one refusal lists everything still to fill in.
     */
    static Decision unitReadyForLetters(cn.jianyi.identity.HandlingUnit unit) {
        var missing = new java.util.ArrayList<String>();
        if (unit.docCode() == null || unit.docCode().isBlank()) {
            missing.add("机关代字");
        }
        if (unit.phone() == null || unit.phone().isBlank()) {
            missing.add("联系电话");
        }
        if (unit.postcode() == null || unit.postcode().isBlank()) {
            missing.add("邮政编码");
        }
        return missing.isEmpty() ? Decision.allowed()
                : Decision.rejected("handling.sign.unitIncomplete", unit.shortName(), String.join("、", missing));
    }

    /** Where the rules make it mandatory, the unit contacts the deputy before it replies (办前面商). */
    static Decision contactBeforeReplying(boolean mandatory, boolean contacted) {
        return !mandatory || contacted ? Decision.allowed() : Decision.rejected("handling.sign.noContact");
    }

    /** A reply cannot be dated before its case was assigned. */
    static Decision signedOnOrAfterAssignment(java.time.LocalDate signedOn, java.time.LocalDate assignedOn) {
        return assignedOn == null || !signedOn.isBefore(assignedOn) ? Decision.allowed()
                : Decision.rejected("handling.reply.signedBeforeAssignment");
    }

    /** 申请退回 pending: the unit's task waits for the office's decision, so the unit does not work on it meanwhile. */
    static Decision taskNotAwaitingReturn(Assignment task) {
        return task != null && task.status() == Assignment.Status.RETURN_REQUESTED
                ? Decision.rejected("assignment.task.returnPending") : Decision.allowed();
    }

    /**
     * 拟写答复 now: the case is in handling, the unit answers the deputy, its task is not awaiting a return decision
     * and its part is not answered yet (the task may be {@code null} for a unit without one).
     */
    static Decision unitMayDraft(Suggestion suggestion, long unitId, Assignment task) {
        return firstRejected(caseIsInHandling(suggestion), onlyLeadUnitReplies(suggestion, unitId),
                taskNotAwaitingReturn(task), task == null ? Decision.allowed() : partNotYetAnswered(task));
    }

    /** The first rejected of the decisions, in order, or allowed when none is. */
    static Decision firstRejected(Decision... decisions) {
        for (Decision decision : decisions) {
            if (decision instanceof Decision.Rejected) {
                return decision;
            }
        }
        return Decision.allowed();
    }
}
