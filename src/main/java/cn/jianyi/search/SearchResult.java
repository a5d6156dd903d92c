package cn.jianyi.search;

import java.util.List;

/** A page of hits, best first (or newest first without words), and how many match in all. */
public record SearchResult(long total, List<String> ids) {

    public SearchResult {
        ids = List.copyOf(ids);
    }
}
