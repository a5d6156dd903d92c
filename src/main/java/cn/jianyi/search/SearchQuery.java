package cn.jianyi.search;

import java.util.Map;

/**
 * What a reader asks an index: words (may be blank: everything, newest first), exact keyword filters, and a page.
 * Words are taken literally (no query syntax): each whitespace-separated word must occur, as a phrase of its bigrams.
 */
public record SearchQuery(String words, Map<String, String> filters, int offset, int limit) {

    /** The most a page may ask for. */
    public static final int MAX_LIMIT = 100;

    public SearchQuery {
        words = words == null ? "" : words.strip();
        filters = Map.copyOf(filters);
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
    }

    public boolean hasWords() {
        return !words.isEmpty();
    }
}
