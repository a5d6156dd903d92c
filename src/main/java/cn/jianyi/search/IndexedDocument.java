package cn.jianyi.search;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One document of a {@link TextIndex}: its identifier, the texts searched (by field name; analysed, not stored), the
 * keyword fields filtered on (exact values), the many-valued keyword fields ({@code tags}: a case's units, its
 * deputies) and the time results are ordered by when no words are given. Keys and tags can be counted
 * ({@link TextIndex#facets}).
 */
public record IndexedDocument(String id, Map<String, String> texts, Map<String, String> keys,
                              Map<String, Set<String>> tags, Instant time) {

    public IndexedDocument {
        Objects.requireNonNull(id, "id");
        texts = Map.copyOf(texts);
        keys = Map.copyOf(keys);
        var copied = new java.util.HashMap<String, Set<String>>();
        tags.forEach((name, values) -> copied.put(name, Set.copyOf(values)));
        for (String name : copied.keySet()) {
            if (keys.containsKey(name)) {
                throw new IllegalArgumentException("both a key and a tag: " + name);
            }
        }
        tags = Map.copyOf(copied);
        Objects.requireNonNull(time, "time");
    }

    /** A document whose keyword fields each hold one value. */
    public IndexedDocument(String id, Map<String, String> texts, Map<String, String> keys, Instant time) {
        this(id, texts, keys, Map.of(), time);
    }
}
