package cn.jianyi.insight;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.jianyi.archive.MatchingText;

/**
 * The ranker's word lists, read from resources (data, not code): groups of words that mean the same
 * ({@code insight/synonyms.txt}) and boilerplate words whose character pairs are not matched
 * ({@code insight/stopwords.txt}). Lines starting with {@code #} are comments; words are separated by spaces.
 */
record Vocabulary(List<List<String>> groups, Set<String> stopPairs, String stopCharacters, List<String> stopWords) {

    Vocabulary {
        groups = groups.stream().map(List::copyOf).toList();
        stopPairs = Set.copyOf(stopPairs);
        stopWords = stopWords.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    }

    /**
     * The text with each stop word blanked (longest first), so that no pair is formed across one either:
     * 加强养老服务工作 keeps 养老服务 and nothing of 加强 or 工作.
     */
    String withoutStopWords(String text) {
        String result = text;
        for (String word : stopWords) {
            if (result.contains(word)) {
                result = result.replace(word, " ");
            }
        }
        return result;
    }

    /** Whether a pair of characters is boilerplate: a stop word's pair, or holding a function character (的, 和). */
    boolean stops(String pair) {
        return stopPairs.contains(pair) || stopCharacters.indexOf(pair.charAt(0)) >= 0
                || stopCharacters.indexOf(pair.charAt(1)) >= 0;
    }

    static Vocabulary standard() {
        List<List<String>> groups = new ArrayList<>();
        for (String line : lines("insight/synonyms.txt")) {
            List<String> words = words(line);
            if (words.size() > 1) {
                groups.add(words);
            }
        }
        Set<String> stop = new HashSet<>();
        List<String> stopWords = new ArrayList<>();
        StringBuilder characters = new StringBuilder();
        for (String line : lines("insight/stopwords.txt")) {
            for (String word : line.strip().split("\\s+")) {
                if (word.length() == 1) {
                    characters.append(word);
                }
            }
            for (String word : words(line)) {
                stopWords.add(word);
                for (int i = 0; i + 1 < word.length(); i++) {
                    stop.add(word.substring(i, i + 2));
                }
            }
        }
        return new Vocabulary(groups, stop, characters.toString(), stopWords);
    }

    static Vocabulary none() {
        return new Vocabulary(List.of(), Set.of(), "", List.of());
    }

    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        for (String word : line.strip().split("\\s+")) {
            String folded = MatchingText.of(word);
            if (folded.length() >= 2) {
                words.add(folded);
            }
        }
        return words;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
