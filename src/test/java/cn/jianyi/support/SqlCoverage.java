package cn.jianyi.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The statements one test run recorded ({@link SqlRecorder}): every file of one database in the run's folder (one per
 * test JVM) merged, and the statements that ran on H2 but never on PostgreSQL.
 */
public record SqlCoverage(SortedSet<String> h2, SortedSet<String> postgres) {

    /** Reads the run's folder: {@code h2-*.txt} and {@code postgres-*.txt}. */
    public static SqlCoverage read(Path folder) {
        return new SqlCoverage(merged(folder, "h2-"), merged(folder, "postgres-"));
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
        missing.forEach(sql -> text.append("\n  ").append(sql));
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

    private static SortedSet<String> merged(Path folder, String prefix) {
        var statements = new TreeSet<String>();
        if (!Files.isDirectory(folder)) {
            return statements;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix)
                    && f.getFileName().toString().endsWith(".txt")).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                lines.stream().filter(line -> !line.isBlank()).forEach(statements::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return statements;
    }
}
