package cn.jianyi.handling;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.assignment.Assignment;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.identity.Directory;
import cn.jianyi.rules.RuleSets;
import cn.jianyi.shared.Decision;
import cn.jianyi.suggestion.Suggestion;

/**
 * 签发 readiness: the preconditions of signing a reply, in the order {@link Replies#sign} checks them, as one list of
 * decisions. The command refuses with the first rejected one; the case page shows the rejected ones (awaiting
 * countersign, awaiting co-unit opinions …) beside the sign button, so the button and the command cannot disagree.
 */
@Service
@Transactional(readOnly = true)
public class SignReadiness {

    /** One precondition: its decision and the form field a rejection is shown beside ({@code null}: the form). */
    public record Precondition(String field, Decision decision) {

        static Precondition of(Decision decision) {
            return new Precondition(null, decision);
        }

        public boolean isRejected() {
            return decision instanceof Decision.Rejected;
        }

        void orThrow() {
            if (field == null) {
                decision.orThrow();
            } else {
                decision.orThrowOn(field);
            }
        }
    }

    private final Assignments assignments;
    private final Directory directory;
    private final RuleSets ruleSets;
    private final Countersigning countersigning;
    private final Commitments commitments;
    private final ContactLog contacts;

    SignReadiness(Assignments assignments, Directory directory, RuleSets ruleSets,
                  Countersigning countersigning, Commitments commitments, ContactLog contacts) {
        this.assignments = assignments;
        this.directory = directory;
        this.ruleSets = ruleSets;
        this.countersigning = countersigning;
        this.commitments = commitments;
        this.contacts = contacts;
    }

    /** Every precondition of signing the reply of the case on {@code signedOn}, as things stand {@code today}. */
    public List<Precondition> of(Reply reply, Suggestion suggestion, LocalDate signedOn, LocalDate today) {
        List<Assignment> tasks = assignments.of(suggestion.id());
        Optional<Assignment> own = tasks.stream().filter(a -> a.unitId().equals(reply.unitId())).findFirst();
        Map<Long, String> names = new HashMap<>();
        tasks.forEach(t -> names.put(t.unitId(), directory.unit(t.unitId()).shortName()));
        boolean countersignRequired = ruleSets.forMeeting(suggestion.meetingId()).countersignRequired();
        boolean promisingClass = ruleSets.scheme(reply.classificationScheme())
                .byLetter(reply.classification().name()).map(c -> c.impliesCommitment()).orElse(false);
        return List.of(
                Precondition.of(reply.isSigned() ? Decision.rejected("handling.reply.alreadySigned")
                        : Decision.allowed()),
                Precondition.of(ReplyPolicies.caseIsInHandling(suggestion)),
                Precondition.of(ReplyPolicies.onlyLeadUnitReplies(suggestion, reply.unitId())),
                new Precondition("signedOn", ReplyPolicies.signedOnOrAfterAssignment(signedOn,
                        own.map(Assignment::assignedOn).orElse(null))),
                new Precondition("signedOn", signedOn.isAfter(today)
                        ? Decision.rejected("handling.reply.signedInFuture") : Decision.allowed()),
                Precondition.of(ReplyPolicies.taskNotAwaitingReturn(
                        assignments.taskOf(suggestion.id(), reply.unitId()).orElse(null))),
                Precondition.of(ReplyPolicies.coUnitOpinionsInOrOverdue(tasks, names, today)),
                Precondition.of(countersignRequired
                        ? ReplyPolicies.coUnitsCountersigned(tasks, countersigning.countersignedUnits(reply.id()), names)
                        : Decision.allowed()),
                Precondition.of(ReplyPolicies.unitReadyForLetters(directory.unit(reply.unitId()))),
                Precondition.of(ReplyPolicies.commitmentsForAPromisingClass(promisingClass,
                        commitments.anyOn(reply.id()))),
                Precondition.of(ReplyPolicies.contactBeforeReplying(
                        ruleSets.forMeeting(suggestion.meetingId()).contactMandatory(),
                        contacts.unitContacted(suggestion.id(), reply.unitId()))));
    }

    /** The rejected preconditions of signing the reply today: what the unit still awaits. */
    public List<Decision.Rejected> awaited(Reply reply, Suggestion suggestion, LocalDate today) {
        return of(reply, suggestion, today, today).stream().filter(Precondition::isRejected)
                .map(p -> (Decision.Rejected) p.decision()).toList();
    }

    /** Refuses, with the first rejected precondition, beside its field where it has one. */
    static void firstRejectedOrThrow(List<Precondition> preconditions) {
        preconditions.stream().filter(Precondition::isRejected).findFirst().ifPresent(Precondition::orThrow);
    }
}
