package cn.jianyi.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Reads a transition table (from,action,outcome) kept in src/test/resources, to check it covers every pair. */
public final class TransitionTable {

    private TransitionTable() {
    }

    /** The (from, action) pairs of the table, as "FROM action", in file order. */
    public static List<String> pairs(String resource) {
        try (InputStream in = TransitionTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no table " + resource);
            }
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R"))
                    .skip(1).map(String::strip).filter(line -> !line.isEmpty())
                    .map(line -> line.split(","))
                    .map(cells -> cells[0].strip() + " " + cells[1].strip())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every status with every action, as "FROM action". */
    public static List<String> allPairs(Enum<?>[] statuses, List<String> actions) {
        return Arrays.stream(statuses).flatMap(s -> actions.stream().map(a -> s.name() + " " + a)).toList();
    }
}
