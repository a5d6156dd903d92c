package cn.jianyi.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks an administrator's regular expression passes before it is saved: it must not match the empty string
 * (anywhere, not only as a whole) and must not backtrack past {@link MatchBudget#PER_PROBE} on texts built to make
 * nested quantifiers fail at the last character. What counts as "matching everything" depends on how the rule is used
 * (share of characters for a redaction, share of sentences for a class check), so each caller measures that itself.
 */
public final class PatternGuard {

    /** What is wrong with a pattern. */
    public enum Problem {
        /** It matches the empty string somewhere. */
        MATCHES_EMPTY,
        /** It ran out of its time budget on a probe. */
        TOO_SLOW
    }

    /** Texts on which nested quantifiers backtrack for ever (a match that fails only at the last character). */
    private static final List<String> PROBES;

    static {
        var probes = new ArrayList<String>();
        for (String unit : List.of("a", "1", "汉", " ", "ab", "12", "a1", "。")) {
            for (String end : List.of("!", "\n", "x", "")) {
                probes.add(unit.repeat(48 / unit.length()) + end);
            }
        }
        PROBES = List.copyOf(probes);
    }

    private PatternGuard() {
    }

    /** The first problem of the pattern on the probes and on the caller's own sample texts, if any. */
    public static Optional<Problem> problemOf(Pattern pattern, List<String> samples) {
        try {
            if (pattern.matcher(MatchBudget.within("", MatchBudget.PER_PROBE)).matches()) {
                return Optional.of(Problem.MATCHES_EMPTY);
            }
            var texts = new ArrayList<>(PROBES);
            texts.addAll(samples);
            for (String text : texts) {
                Matcher matcher = pattern.matcher(MatchBudget.within(text, MatchBudget.PER_PROBE));
                while (matcher.find()) {
                    if (matcher.end() == matcher.start()) {
                        return Optional.of(Problem.MATCHES_EMPTY);
                    }
                }
            }
        } catch (MatchBudget.Exceeded | StackOverflowError slow) {
            return Optional.of(Problem.TOO_SLOW);
        }
        return Optional.empty();
    }
}
