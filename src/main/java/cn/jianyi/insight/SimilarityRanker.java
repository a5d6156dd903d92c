package cn.jianyi.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks candidates (letters, cases) by their likeness to a text, a title or a draft (ADR 0063): BM25 over the
 * candidates' {@link Terms}, with three fields weighted apart (the candidate's title, the head of its text where a
 * letter restates the matter, and the rest), synonym groups and abbreviations matched as well as the characters,
 * and rare shared names (a village, a road number) weighing most through their rarity among the candidates. A
 * re-ranker: the caller supplies the candidates (from a search index, a folder of letters); term rarity is taken
 * among them. Thread-safe and without state beyond its word lists.
 */
public final class SimilarityRanker {

    /**
     * The tunable figures: BM25's {@code k1} and {@code b}; the weights of a term found in the title and in the first
     * {@code headChars} characters of the text (the rest weighs 1); the weights of shared character triples, synonym
     * groups and abbreviation pairs relative to a shared pair; the power of a term's rarity (its idf), above 1 so that
     * a rare shared name outweighs several common words.
     */
    record Weights(double k1, double b, double title, double head, int headChars, double triple, double group,
                   double abbreviation, double rarity) {

        /** The figures chosen on the tuning half of the corpus letters (docs/benchmarks.md). */
        static final Weights STANDARD = new Weights(1.2, 0.5, 2.0, 2.0, 200, 0.5, 1.0, 0.3, 2.0);
    }

    private final Vocabulary vocabulary;
    private final Weights weights;

    /** The ranker with its standard word lists and weights. */
    public SimilarityRanker() {
        this(Vocabulary.standard(), Weights.STANDARD);
    }

    SimilarityRanker(Vocabulary vocabulary, Weights weights) {
        this.vocabulary = vocabulary;
        this.weights = weights;
    }

    /**
     * The candidates best first with their scores (ties keep the given order); those sharing nothing with the query
     * score 0 and come last. An empty query ranks everything 0.
     */
    public List<Ranked> rank(String query, List<Candidate> candidates) {
        Map<String, Integer> asked = Terms.of(query, vocabulary).counts();
        List<Fielded> docs = candidates.stream().map(this::fielded).toList();
        Map<String, Integer> df = new HashMap<>();
        double totalLength = 0;
        for (Fielded doc : docs) {
            doc.all.keySet().forEach(term -> df.merge(term, 1, Integer::sum));
            totalLength += doc.length;
        }
        double averageLength = docs.isEmpty() ? 1 : Math.max(1, totalLength / docs.size());
        int n = docs.size();
        List<Ranked> ranked = new ArrayList<>(n);
        for (Fielded doc : docs) {
            double lengthNorm = 1 - weights.b() + weights.b() * doc.length / averageLength;
            double score = 0;
            for (String term : asked.keySet()) {
                double family = familyWeight(term);
                if (family > 0) {
                    score += family * bm25(doc.weighted(term), df.getOrDefault(term, 0), n, lengthNorm);
                }
                String cross = abbreviationOf(term);
                if (cross != null && weights.abbreviation() > 0) {
                    score += weights.abbreviation() * bm25(doc.weighted(cross), df.getOrDefault(cross, 0), n,
                            lengthNorm);
                }
            }
            ranked.add(new Ranked(doc.candidate, score));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed());
        return ranked;
    }

    private double bm25(double tf, int df, int n, double lengthNorm) {
        if (tf <= 0 || df == 0) {
            return 0;
        }
        double idf = Math.pow(Math.log(1 + (n - df + 0.5) / (df + 0.5)), weights.rarity());
        return idf * tf * (weights.k1() + 1) / (tf + weights.k1() * lengthNorm);
    }

    private double familyWeight(String term) {
        if (term.startsWith(Terms.TRIPLE)) {
            return weights.triple();
        }
        if (term.startsWith(Terms.GROUP)) {
            return weights.group();
        }
        if (term.startsWith(Terms.SKIP)) {
            return 0;               // matched only against pairs, below
        }
        return 1;
    }

    /**
     * A pair one character apart on one side meets the same two characters side by side on the other (卫生健康委员会
     * and 卫健委, whichever of the two the query holds).
     */
    private static String abbreviationOf(String term) {
        if (term.startsWith(Terms.SKIP)) {
            return Terms.PAIR + term.substring(Terms.SKIP.length());
        }
        if (term.startsWith(Terms.PAIR)) {
            return Terms.SKIP + term.substring(Terms.PAIR.length());
        }
        return null;
    }

    private Fielded fielded(Candidate candidate) {
        String text = candidate.text();
        int cut = Math.min(text.length(), weights.headChars());
        return new Fielded(candidate, Terms.of(candidate.title(), vocabulary), Terms.of(text.substring(0, cut),
                vocabulary), Terms.of(text.substring(cut), vocabulary), weights);
    }

    /** A candidate's terms by field, with the weighted count of each term and the weighted length. */
    private static final class Fielded {

        final Candidate candidate;
        final Map<String, Double> all = new HashMap<>();
        final double length;

        Fielded(Candidate candidate, Terms.Bag title, Terms.Bag head, Terms.Bag body, Weights weights) {
            this.candidate = candidate;
            add(title, weights.title());
            add(head, weights.head());
            add(body, 1);
            this.length = weights.title() * title.length() + weights.head() * head.length() + body.length();
        }

        private void add(Terms.Bag bag, double weight) {
            bag.counts().forEach((term, count) -> all.merge(term, weight * count, Double::sum));
        }

        double weighted(String term) {
            return all.getOrDefault(term, 0.0);
        }
    }
}
