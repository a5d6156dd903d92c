package cn.jianyi.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import cn.jianyi.archive.LetterParser;
import cn.jianyi.archive.LetterText;

/**
 * Throughput of the field extractor of historical reply letters (not part of the build: tag {@code benchmark} is
 * excluded): the letters of ../shared/corpus/replies parsed on one thread, after a warm-up, for several rounds;
 * letters per second as the median of the rounds, at least 500. Run: {@code bin/benchmark parse}
 * (see docs/benchmarks.md).
 */
@Tag("benchmark")
class ParseBenchmark {

    static final Path CORPUS = Path.of("..", "shared", "corpus", "replies");
    static final int WARM_UP_SECONDS = 6;
    static final int ROUNDS = 7;
    static final int PASSES_PER_ROUND = 200;
    static final double TARGET = 500;

    @Test
    void parse() throws Exception {
        List<LetterText> letters = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                letters.add(new LetterText(file.getFileName().toString(), "txt",
                        Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        assertThat(letters).as("the corpus letters").isNotEmpty();
        long characters = letters.stream().mapToLong(l -> l.text().length()).sum();
        LetterParser parser = new LetterParser();
        long sink = 0;
        long warmUntil = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            for (LetterText letter : letters) {
                sink += parser.parse(letter).fields().size();
            }
        }
        double[] perSecond = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            for (int pass = 0; pass < PASSES_PER_ROUND; pass++) {
                for (LetterText letter : letters) {
                    sink += parser.parse(letter).fields().size();
                }
            }
            perSecond[round] = (double) PASSES_PER_ROUND * letters.size() / ((System.nanoTime() - start) / 1e9);
        }
        double[] sorted = perSecond.clone();
        Arrays.sort(sorted);
        double median = sorted[ROUNDS / 2];
        String report = "| What | Median of " + ROUNDS + " rounds |\n|---|---|\n"
                + String.format("| parsing %d corpus letters (%,d characters) %d times per round, one thread | %,.0f"
                        + " letters/s (%.2f ms per letter; rounds %s) |%n", letters.size(), characters,
                        PASSES_PER_ROUND, median, 1000 / median,
                        Arrays.stream(perSecond).mapToObj(r -> String.format("%,.0f", r)).toList())
                + "\nTarget: at least " + (int) TARGET + " letters/s; " + Runtime.getRuntime().availableProcessors()
                + " processors, Java " + System.getProperty("java.version") + " (checksum " + sink + ").\n";
        System.out.println("\n" + report);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "parse.md"), report, StandardCharsets.UTF_8);
        assertThat(median).as("letters per second").isGreaterThanOrEqualTo(TARGET);
    }
}
