package cn.jianyi.insight;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The similarity ranking's quality on the task (not part of the build: tag {@code benchmark}): find a corpus
 * letter from the title of the suggestion it answers, the title cut out of every letter. Top-1 and MRR of the ranker
 * and of the bigram TF-IDF baseline, on the tuning half (every second titled letter from the first), the held-out
 * half and all; then a grid over the ranker's weights run on the tuning half only, its best weights reported on the
 * held-out half; and the ranker without its word lists. Run: {@code bin/benchmark similarity} (docs/benchmarks.md).
 */
@Tag("benchmark")
class SimilarityBenchmark {

    @Test
    void similarity() throws Exception {
        var all = LetterRetrieval.corpus();
        var tuning = LetterRetrieval.half(all, 0);
        var heldOut = LetterRetrieval.half(all, 1);
        StringBuilder report = new StringBuilder();
        report.append(String.format("Corpus: %d letters, %d with a stated suggestion title (the queries); tuning half"
                + " %d, held-out half %d.%n%n", all.size(), tuning.size() + heldOut.size(), tuning.size(),
                heldOut.size()));
        report.append("| Ranking | Tuning half top-1 / MRR | Held-out half top-1 / MRR | All top-1 / MRR |\n");
        report.append("|---|---|---|---|\n");
        row(report, "Bigram TF-IDF (baseline)", all, tuning, heldOut, BigramTfIdf::rank);
        row(report, "SimilarityRanker, standard weights", all, tuning, heldOut, new SimilarityRanker()::rank);
        row(report, "SimilarityRanker without word lists", all, tuning, heldOut,
                new SimilarityRanker(Vocabulary.none(), SimilarityRanker.Weights.STANDARD)::rank);
        Vocabulary vocabulary = Vocabulary.standard();
        SimilarityRanker.Weights best = SimilarityRanker.Weights.STANDARD;
        var standard = LetterRetrieval.Figures.of(LetterRetrieval.run(all, tuning,
                new SimilarityRanker(vocabulary, best)::rank));
        double bestScore = standard.mrr() + standard.top1() / 100;      // a grid point must do strictly better
        for (double b : new double[] {0.3, 0.5, 0.75}) {
            for (double title : new double[] {1, 2}) {
                for (double head : new double[] {1, 2, 3}) {
                    for (int headChars : new int[] {100, 200, 400}) {
                        for (double triple : new double[] {0, 0.5, 1}) {
                            for (double group : new double[] {0, 0.5, 1, 2}) {
                                for (double abbreviation : new double[] {0, 0.3, 0.6}) {
                                    var weights = new SimilarityRanker.Weights(1.2, b, title, head, headChars,
                                            triple, group, abbreviation, 2.0);
                                    var figures = LetterRetrieval.Figures.of(LetterRetrieval.run(all, tuning,
                                            new SimilarityRanker(vocabulary, weights)::rank));
                                    double score = figures.mrr() + figures.top1() / 100;
                                    if (score > bestScore + 1e-9) {
                                        bestScore = score;
                                        best = weights;
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        row(report, "SimilarityRanker, best of the grid on the tuning half", all, tuning, heldOut,
                new SimilarityRanker(vocabulary, best)::rank);
        report.append("\nBest weights on the tuning half (the standard ones unless a grid point did strictly better): ")
                .append(best == SimilarityRanker.Weights.STANDARD ? "the standard " + best : best).append("\n\nMisses (file #rank, ranked first):\n");
        for (var outcome : LetterRetrieval.run(all, all, new SimilarityRanker()::rank)) {
            if (outcome.rank() > 1) {
                report.append(String.format("- %s #%d (%s): %s%n", outcome.file(), outcome.rank(), outcome.first(),
                        outcome.title()));
            }
        }
        System.out.println("\n" + report);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "similarity.md"), report, StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder report, String name, List<LetterRetrieval.Letter> all,
                            List<LetterRetrieval.Letter> tuning, List<LetterRetrieval.Letter> heldOut,
                            BiFunction<String, List<Candidate>, List<Ranked>> ranking) {
        List<String> cells = new ArrayList<>();
        for (var queries : List.of(tuning, heldOut, all)) {
            var figures = LetterRetrieval.Figures.of(LetterRetrieval.run(all, queries, ranking));
            cells.add(String.format("%.2f / %.3f", figures.top1(), figures.mrr()));
        }
        report.append("| ").append(name).append(" | ").append(String.join(" | ", cells)).append(" |\n");
    }
}
