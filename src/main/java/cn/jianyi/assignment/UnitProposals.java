package cn.jianyi.assignment;

import java.util.List;
import java.util.Optional;

/**
 * 智能分办 as the assign form sees it (ADR 0063): a lead unit and co-units proposed for a case, with reasons. Owned
 * here and implemented downstream (module {@code insight}), so that 交办 does not depend on how the proposal is made;
 * absent when no implementation is present. Only a proposal: the clerk accepts or changes it, nothing is assigned.
 */
public interface UnitProposals {

    /**
     * The proposal for the case's text among the active units of its congress (and only those), or empty when nothing
     * speaks for any unit.
     */
    Optional<Proposal> propose(long suggestionId, String text, long congressId);

    /** The proposed lead unit first, then the proposed co-units. */
    record Proposal(ProposedUnit lead, List<ProposedUnit> coUnits) {

        public Proposal {
            coUnits = List.copyOf(coUnits);
        }

        /** The lead unit, then the co-units. */
        public List<ProposedUnit> units() {
            var units = new java.util.ArrayList<ProposedUnit>();
            units.add(lead);
            units.addAll(coUnits);
            return List.copyOf(units);
        }

        public List<Long> coUnitIds() {
            return coUnits.stream().map(ProposedUnit::unitId).toList();
        }
    }

    /**
     * A proposed unit: its score (0–1, relative to the best unit), the words of the case its duties (职能) name, and
     * the similar cases it handled before (number and title).
     */
    record ProposedUnit(long unitId, String name, double score, List<String> dutyWords, List<String> pastCases) {

        public ProposedUnit {
            dutyWords = List.copyOf(dutyWords);
            pastCases = List.copyOf(pastCases);
        }
    }
}
