package cn.jianyi.insight;

import java.util.List;

/**
 * A unit proposed to handle a suggestion, with its score (0–1, relative to the best unit) and its reasons: the words
 * of the suggestion that its duties name, and the similar cases it handled before. A proposal only: the clerk decides.
 */
public record RoutingProposal(long unitId, String name, double score, List<String> dutyWords,
                              List<UnitProfile.PastCase> similarCases) {

    public RoutingProposal {
        dutyWords = List.copyOf(dutyWords);
        similarCases = List.copyOf(similarCases);
    }

    /** Whether anything speaks for this unit at all. */
    public boolean hasReasons() {
        return !dutyWords.isEmpty() || !similarCases.isEmpty();
    }
}
