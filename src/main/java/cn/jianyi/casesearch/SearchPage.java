package cn.jianyi.casesearch;

import java.util.List;
import java.util.Map;

import cn.jianyi.search.Snippet;

/**
 * A page of search results: the hits (best first), how many match, the facets (per filter, its values with a label
 * and a count), and a problem with the words (a message key) or the notice that the index is being rebuilt and the
 * results come from a plain database match. {@code totalCapped}: the database match counted up to its cap, more
 * match ({@code total} is the cap; ADR 0071).
 */
public record SearchPage(List<Hit> hits, long total, int page, int pages, Map<String, List<Facet>> facets,
                         String problem, boolean fromDatabase, boolean totalCapped) {

    public SearchPage {
        hits = List.copyOf(hits);
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));    // kind first, in order
    }

    /** A page whose total is exact. */
    public SearchPage(List<Hit> hits, long total, int page, int pages, Map<String, List<Facet>> facets,
                      String problem, boolean fromDatabase) {
        this(hits, total, page, pages, facets, problem, fromDatabase, false);
    }

    /** One hit: its kind, the case or letter it opens, a title, a line of facts and the best passage. */
    public record Hit(HitKind kind, String url, String title, String facts, Snippet snippet) {
    }

    /**
     * One value of a facet: what the filter parameter takes, its label (a text, or else a message key), how many
     * matches hold it, and whether it is the chosen filter.
     */
    public record Facet(String value, String label, String labelKey, long count, boolean chosen) {
    }

    static SearchPage problem(String key) {
        return new SearchPage(List.of(), 0, 1, 1, Map.of(), key, false);
    }
}
