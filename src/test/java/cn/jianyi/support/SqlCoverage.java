package cn.jianyi.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The statements one test run recorded ({@link SqlRecorder}): every file of one database in the run's folder (one per
 * test JVM) merged, the statements that ran on H2 but never on PostgreSQL, and which test classes sent those on H2.
 */
public record SqlCoverage(SortedSet<String> h2, SortedSet<String> postgres, Map<String, SortedSet<String>> h2Senders) {

    /** Reads the run's folder: {@code h2-*.txt} and {@code postgres-*.txt}, and who sent what on H2. */
    public static SqlCoverage read(Path folder) {
        var senders = new TreeMap<String, SortedSet<String>>();
        for (String line : lines(folder, "h2-", ".senders.tsv")) {
            int tab = line.indexOf('\t');
            if (tab >= 0) {
                senders.computeIfAbsent(line.substring(tab + 1), sql -> new TreeSet<>()).add(line.substring(0, tab));
            }
        }
        return new SqlCoverage(new TreeSet<>(lines(folder, "h2-", ".txt")),
                new TreeSet<>(lines(folder, "postgres-", ".txt")), senders);
    }

    /** The statements H2 ran that PostgreSQL never did, in order. */
    public SortedSet<String> missingOnPostgres() {
        var missing = new TreeSet<>(h2);
        missing.removeAll(postgres);
        return missing;
    }

    /** The failure message naming each statement, or empty when PostgreSQL ran them all. */
    public String report() {
        SortedSet<String> missing = missingOnPostgres();
        if (missing.isEmpty()) {
            return "";
        }
        var text = new StringBuilder(missing.size() + " SQL statement(s) ran on H2 but never on PostgreSQL. Tag a "
                + "test class that sends them @Tag(\"postgres\") (ADR 0030):");
        missing.forEach(sql -> text.append("\n  ").append(sql).append("\n      sent on H2 by: ")
                .append(String.join(", ", h2Senders.getOrDefault(sql, new TreeSet<>()))));
        return text.toString();
    }

    /** Writes the merged lists (and the missing ones) beside the per-JVM files, for reading after a build. */
    public void write(Path folder) {
        try {
            Files.write(folder.resolve("h2.txt"), h2, StandardCharsets.UTF_8);
            Files.write(folder.resolve("postgres.txt"), postgres, StandardCharsets.UTF_8);
            Files.write(folder.resolve("missing-on-postgres.txt"), missingOnPostgres(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of every file in the folder named {@code prefix…suffix} (one per test JVM). */
    private static List<String> lines(Path folder, String prefix, String suffix) {
        var lines = new ArrayList<String>();
        if (!Files.isDirectory(folder)) {
            return lines;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix)
                    && f.getFileName().toString().endsWith(suffix)).sorted().toList()) {
                Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank())
                        .forEach(lines::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
