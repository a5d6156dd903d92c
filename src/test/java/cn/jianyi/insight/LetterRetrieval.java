package cn.jianyi.insight;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.jianyi.archive.LetterParser;
import cn.jianyi.archive.LetterText;
import cn.jianyi.archive.MatchingText;

/**
 * The measurement task on the corpus letters: each letter names the suggestion (or proposal) it answers
 * (《关于…的建议》, “关于…”, 提出的关于…的建议, 事由: 关于…); that title is cut out of every place in the letter, and the
 * title is then the query that must find its letter among all the letters. Top-1 is the share of letters ranked
 * first, MRR the mean of 1/rank.
 */
public final class LetterRetrieval {

    public static final Path CORPUS = Path.of("..", "shared", "corpus", "replies");

    private static final List<Pattern> TITLE = List.of(
            Pattern.compile("《(关于[^《》]{4,80}?)》"),
            Pattern.compile("[“\"](关于[^“”\"]{4,80}?)[”\"]"),
            Pattern.compile("提出(?:的)?(关于[^,。:;!?\\s]{4,80}?(?:建议|提案))"),
            Pattern.compile("(?:事\\s*由|题\\s*目)[:\\s]+(关于\\S{4,80})"));

    /** One letter: its file, the suggestion title it answers (the query) and its text without that title. */
    record Letter(String file, String title, Candidate candidate) {
    }

    /** A query's outcome: the letter, the rank of the right letter (1 is best). */
    record Outcome(String file, String title, int rank, String first) {
    }

    /** The figures over a set of letters. */
    record Figures(int letters, double top1, double mrr) {

        static Figures of(List<Outcome> outcomes) {
            double top1 = outcomes.stream().filter(o -> o.rank() == 1).count() / (double) outcomes.size();
            double mrr = outcomes.stream().mapToDouble(o -> 1.0 / o.rank()).average().orElse(0);
            return new Figures(outcomes.size(), top1, mrr);
        }

        @Override
        public String toString() {
            return String.format("%d letters: top-1 %.2f, MRR %.3f", letters, top1, mrr);
        }
    }

    private LetterRetrieval() {
    }

    /** The corpus letters whose suggestion title is stated, in file order, each with the title cut out. */
    static List<Letter> corpus() {
        LetterParser parser = new LetterParser();
        List<Letter> letters = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path path : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String file = path.getFileName().toString();
                String text = MatchingText.of(Files.readString(path, StandardCharsets.UTF_8));
                String title = suggestionTitle(text);
                String cut = title == null ? text : text.replace(title, " ");
                var parsed = parser.parse(new LetterText(file, "txt", cut));
                letters.add(new Letter(file, title, LetterCandidates.of(file, parsed, cut)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return letters;
    }

    /** The title of the suggestion the letter answers: the first that one of the patterns finds, or null. */
    public static String suggestionTitle(String text) {
        String best = null;
        int at = Integer.MAX_VALUE;
        for (Pattern pattern : TITLE) {
            Matcher m = pattern.matcher(text);
            if (m.find() && m.start(1) < at) {
                at = m.start(1);
                best = m.group(1);
            }
        }
        return best;
    }

    /** Each letter with a title (of those in {@code queries}) asked against all the letters. */
    static List<Outcome> run(List<Letter> all, List<Letter> queries,
                             BiFunction<String, List<Candidate>, List<Ranked>> ranking) {
        List<Candidate> candidates = all.stream().map(Letter::candidate).toList();
        List<Outcome> outcomes = new ArrayList<>();
        for (Letter letter : queries) {
            if (letter.title() == null) {
                continue;
            }
            List<Ranked> ranked = ranking.apply(letter.title(), candidates);
            int rank = 1;
            for (Ranked r : ranked) {
                if (r.candidate().id().equals(letter.file())) {
                    break;
                }
                rank++;
            }
            outcomes.add(new Outcome(letter.file(), letter.title(), rank, ranked.get(0).candidate().id()));
        }
        return outcomes;
    }

    /** Every second letter with a title, from the first (the tuning half) or the second (the held-out half). */
    static List<Letter> half(List<Letter> all, int which) {
        List<Letter> titled = all.stream().filter(l -> l.title() != null).toList();
        List<Letter> half = new ArrayList<>();
        for (int i = which; i < titled.size(); i += 2) {
            half.add(titled.get(i));
        }
        return half;
    }
}
