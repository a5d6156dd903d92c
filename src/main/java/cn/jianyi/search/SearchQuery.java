package cn.jianyi.search;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a reader asks an index: words (may be blank: everything, newest first), exact keyword filters, and a page.
 * Words are taken literally (no query syntax): each whitespace-separated word must occur, as a phrase of its bigrams.
 * <p>
 * {@code scope}, if not null, is a disjunction of conjunctions that every hit must satisfy: a hit matches one of its
 * entries, each entry naming keyword (or tag) fields and the values one of which the document must hold. An empty list
 * matches nothing (a reader who sees nothing); null does not restrict. {@code fields}, if not null, names the text
 * fields the words must occur in (null: any of the index's text fields).
 */
public record SearchQuery(String words, Map<String, String> filters, List<Map<String, Set<String>>> scope,
                          Set<String> fields, int offset, int limit) {

    /** The most a page may ask for. */
    public static final int MAX_LIMIT = 100;

    public SearchQuery {
        words = words == null ? "" : words.strip();
        filters = Map.copyOf(filters);
        scope = scope == null ? null : scope.stream().map(Map::copyOf).toList();
        fields = fields == null ? null : Set.copyOf(fields);
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
    }

    public SearchQuery(String words, Map<String, String> filters, int offset, int limit) {
        this(words, filters, null, null, offset, limit);
    }

    public boolean hasWords() {
        return !words.isEmpty();
    }

    /** The same query restricted to these text fields. */
    public SearchQuery inFields(Set<String> textFields) {
        return new SearchQuery(words, filters, scope, textFields, offset, limit);
    }

    /** The same query without the filter of this name (a facet counts its values as if it were not chosen). */
    public SearchQuery without(String filter) {
        var rest = new java.util.HashMap<>(filters);
        rest.remove(filter);
        return new SearchQuery(words, rest, scope, fields, offset, limit);
    }
}
