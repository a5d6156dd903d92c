package cn.jianyi.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.jianyi.archive.MatchingText;

/**
 * The baseline: plain character-bigram TF-IDF with cosine similarity (raw counts, idf = ln((1+N)/(1+df))+1, vectors
 * scaled to length 1), over the candidate's title and text together, on the same folded text the ranker reads (so
 * the comparison is not about traditional characters). Bigrams of every two adjacent non-space characters.
 */
final class BigramTfIdf {

    private BigramTfIdf() {
    }

    static List<Ranked> rank(String query, List<Candidate> candidates) {
        List<Map<String, Integer>> docs = candidates.stream()
                .map(c -> bigrams(c.title() + "\n" + c.text())).toList();
        Map<String, Integer> df = new HashMap<>();
        docs.forEach(d -> d.keySet().forEach(t -> df.merge(t, 1, Integer::sum)));
        int n = docs.size();
        Map<String, Double> q = vector(bigrams(query), df, n);
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Double> d = vector(docs.get(i), df, n);
            double dot = 0;
            for (var e : q.entrySet()) {
                dot += e.getValue() * d.getOrDefault(e.getKey(), 0.0);
            }
            ranked.add(new Ranked(candidates.get(i), dot));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed());
        return ranked;
    }

    private static Map<String, Double> vector(Map<String, Integer> counts, Map<String, Integer> df, int n) {
        Map<String, Double> v = new HashMap<>();
        double norm = 0;
        for (var e : counts.entrySet()) {
            double w = e.getValue() * (Math.log((1.0 + n) / (1.0 + df.getOrDefault(e.getKey(), 0))) + 1);
            v.put(e.getKey(), w);
            norm += w * w;
        }
        double length = Math.sqrt(norm);
        v.replaceAll((k, w) -> length == 0 ? 0 : w / length);
        return v;
    }

    static Map<String, Integer> bigrams(String text) {
        String folded = MatchingText.of(text).replaceAll("\\s+", "");
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + 1 < folded.length(); i++) {
            counts.merge(folded.substring(i, i + 2), 1, Integer::sum);
        }
        return counts;
    }
}
