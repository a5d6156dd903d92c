package cn.jianyi.insight;

import java.util.HashMap;
import java.util.Map;

import cn.jianyi.archive.MatchingText;

/**
 * A text as the ranker counts it, after folding ({@link MatchingText}): the character pairs of each run of Chinese
 * characters ({@code b:}) except boilerplate pairs, their triples ({@code t:}, a longer shared name counts more), the
 * pairs one character apart ({@code s:}, so that 卫生健康 meets 卫健: an abbreviation keeps the first character of
 * each word), Latin-and-digit tokens that hold a letter ({@code a:}, road numbers such as G98 or S206), and each group
 * of synonyms the text names ({@code g:}).
 */
final class Terms {

    static final String PAIR = "b:";
    static final String TRIPLE = "t:";
    static final String SKIP = "s:";
    static final String LATIN = "a:";
    static final String GROUP = "g:";

    /** A character put in brackets inside a name, 东(溪)龙(王)公路: the name reads on through it. */
    private static final java.util.regex.Pattern INSERTED =
            java.util.regex.Pattern.compile("(?<=\\p{IsHan})[(\\[]([\\p{IsHan}]{1,4})[)\\]](?=\\p{IsHan})");

    private Terms() {
    }

    /** The counted terms of the text and how many pairs it has (its length for the ranking). */
    record Bag(Map<String, Integer> counts, int length) {
    }

    static Bag of(String text, Vocabulary vocabulary) {
        String folded = vocabulary.withoutStopWords(
                INSERTED.matcher(MatchingText.of(text).toLowerCase(java.util.Locale.ROOT)).replaceAll("$1"));
        Map<String, Integer> counts = new HashMap<>();
        int length = 0;
        int i = 0;
        int n = folded.length();
        while (i < n) {
            char c = folded.charAt(i);
            if (isHan(c)) {
                int end = i;
                while (end < n && isHan(folded.charAt(end))) {
                    end++;
                }
                length += han(folded, i, end, vocabulary, counts);
                i = end;
            } else if (isLatin(c)) {
                int end = i;
                while (end < n && isLatin(folded.charAt(end))) {
                    end++;
                }
                String token = folded.substring(i, end);
                if (token.chars().anyMatch(Character::isLetter) && token.length() >= 2) {
                    counts.merge(LATIN + token, 1, Integer::sum);
                    length++;
                }
                i = end;
            } else {
                i++;
            }
        }
        groups(folded, vocabulary, counts);
        return new Bag(counts, length);
    }

    private static int han(String text, int from, int to, Vocabulary vocabulary, Map<String, Integer> counts) {
        int pairs = 0;
        for (int i = from; i + 1 < to; i++) {
            String pair = text.substring(i, i + 2);
            pairs++;
            boolean stop = vocabulary.stops(pair);
            if (!stop) {
                counts.merge(PAIR + pair, 1, Integer::sum);
            }
            if (i + 2 < to) {
                String next = text.substring(i + 1, i + 3);
                if (!stop || !vocabulary.stops(next)) {
                    counts.merge(TRIPLE + text.substring(i, i + 3), 1, Integer::sum);
                }
                String skip = "" + text.charAt(i) + text.charAt(i + 2);
                if (!vocabulary.stops(skip)) {
                    counts.merge(SKIP + skip, 1, Integer::sum);
                }
            }
        }
        return pairs;
    }

    private static void groups(String text, Vocabulary vocabulary, Map<String, Integer> counts) {
        for (int g = 0; g < vocabulary.groups().size(); g++) {
            int hits = 0;
            for (String word : vocabulary.groups().get(g)) {
                for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
                    hits++;
                }
            }
            if (hits > 0) {
                counts.put(GROUP + g, hits);
            }
        }
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
