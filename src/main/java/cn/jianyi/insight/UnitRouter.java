package cn.jianyi.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.jianyi.archive.MatchingText;

/**
 * 智能分办 (ADR 0063): ranks units for a suggestion from two kinds of evidence, each scaled to the best unit's: how well
 * the suggestion matches the unit's duties ({@link SimilarityRanker} over the units' duty texts), and how similar
 * the cases it handled before are (the {@value #NEIGHBOURS} most similar past cases of all units vote for their units
 * by similarity, a co-unit's case at half weight), the history weighing more the more of it there is. Each proposal
 * carries its reasons. Never assigns anything.
 */
public final class UnitRouter {

    static final int NEIGHBOURS = 5;
    static final int CASES_SHOWN = 3;
    /**
     * How many past cases make the history weigh as much as the duties: with {@code n} past cases its share of the
     * score is n / (n + this), so a few cases barely move a proposal and a meeting's hundreds decide most of it.
     */
    static final double HISTORY_HALF_WEIGHT = 50;
    static final double CO_UNIT_VOTE = 0.5;

    private final SimilarityRanker ranker;
    private final Vocabulary vocabulary;

    public UnitRouter() {
        this(new SimilarityRanker(), Vocabulary.standard());
    }

    UnitRouter(SimilarityRanker ranker, Vocabulary vocabulary) {
        this.ranker = ranker;
        this.vocabulary = vocabulary;
    }

    /** Every unit, best first; units with no evidence at all score 0 and come last, in the order given. */
    public List<RoutingProposal> propose(String text, List<UnitProfile> units) {
        Map<Long, Double> duty = new HashMap<>();
        List<Candidate> duties = units.stream()
                .map(u -> new Candidate(String.valueOf(u.unitId()), u.name(), u.duties())).toList();
        double bestDuty = 0;
        for (Ranked r : ranker.rank(text, duties)) {
            duty.put(Long.valueOf(r.candidate().id()), r.score());
            bestDuty = Math.max(bestDuty, r.score());
        }
        List<Candidate> past = new ArrayList<>();
        Map<String, UnitProfile.PastCase> pastById = new HashMap<>();
        Map<String, Long> unitOfPast = new HashMap<>();
        for (UnitProfile unit : units) {
            for (int i = 0; i < unit.pastCases().size(); i++) {
                UnitProfile.PastCase c = unit.pastCases().get(i);
                String id = unit.unitId() + "/" + i;
                past.add(new Candidate(id, c.title(), c.text()));
                pastById.put(id, c);
                unitOfPast.put(id, unit.unitId());
            }
        }
        Map<Long, Double> history = new HashMap<>();
        Map<Long, List<UnitProfile.PastCase>> similar = new HashMap<>();
        List<Ranked> neighbours = past.isEmpty() ? List.of() : ranker.rank(text, past);
        double top = neighbours.isEmpty() ? 0 : neighbours.get(0).score();
        for (int i = 0; i < neighbours.size() && i < NEIGHBOURS && neighbours.get(i).score() > 0; i++) {
            Ranked r = neighbours.get(i);
            UnitProfile.PastCase c = pastById.get(r.candidate().id());
            long unit = unitOfPast.get(r.candidate().id());
            history.merge(unit, r.score() / top * (c.lead() ? 1 : CO_UNIT_VOTE), Double::sum);
            List<UnitProfile.PastCase> shown = similar.computeIfAbsent(unit, u -> new ArrayList<>());
            if (shown.size() < CASES_SHOWN) {
                shown.add(c);
            }
        }
        double bestHistory = history.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double historyShare = past.size() / (past.size() + HISTORY_HALF_WEIGHT);
        List<RoutingProposal> proposals = new ArrayList<>();
        for (UnitProfile unit : units) {
            double d = bestDuty > 0 ? duty.getOrDefault(unit.unitId(), 0.0) / bestDuty : 0;
            double h = bestHistory > 0 ? history.getOrDefault(unit.unitId(), 0.0) / bestHistory : 0;
            double score = bestHistory > 0 ? (1 - historyShare) * d + historyShare * h : d;
            List<String> words = d > 0 ? distinctive(sharedWords(text, unit.duties()), units) : List.of();
            proposals.add(new RoutingProposal(unit.unitId(), unit.name(), score, words,
                    similar.getOrDefault(unit.unitId(), List.of())));
        }
        proposals.sort(Comparator.comparingDouble(RoutingProposal::score).reversed());
        return proposals;
    }

    /**
     * The words that tell this unit apart: named in the duties of at most a third of the units (at least one), so
     * that 建设 or 安全, which every unit's duties say, is no reason.
     */
    private static List<String> distinctive(List<String> words, List<UnitProfile> units) {
        int most = Math.max(1, units.size() / 3);
        return words.stream().filter(word -> units.stream()
                .filter(u -> MatchingText.of(u.duties()).contains(word)).count() <= most).toList();
    }

    /**
     * The words the suggestion and the duties share, as the duties write them: the longest runs of two or more
     * characters of the suggestion found in the duties (boilerplate left out), then the duties' words of each synonym
     * group both texts name (养老服务 in the text, 敬老院 in the duties).
     */
    List<String> sharedWords(String text, String duties) {
        String query = vocabulary.withoutStopWords(MatchingText.of(text));
        String target = MatchingText.of(duties);
        Set<String> words = new LinkedHashSet<>();
        int i = 0;
        while (i < query.length()) {
            int longest = 0;
            for (int end = i + 2; end <= query.length(); end++) {
                String piece = query.substring(i, end);
                if (!piece.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                        || !target.contains(piece)) {
                    break;
                }
                longest = end - i;
            }
            if (longest >= 2 && !vocabulary.stops(query.substring(i, i + 2))) {
                words.add(query.substring(i, i + longest));
                i += longest;
            } else {
                i++;
            }
        }
        String folded = MatchingText.of(text);
        for (List<String> group : vocabulary.groups()) {
            if (group.stream().anyMatch(folded::contains)) {
                group.stream().filter(target::contains).findFirst().ifPresent(words::add);
            }
        }
        List<String> result = new ArrayList<>(words);
        result.removeIf(word -> result.stream().anyMatch(other -> !other.equals(word) && other.contains(word)));
        return result;
    }
}
