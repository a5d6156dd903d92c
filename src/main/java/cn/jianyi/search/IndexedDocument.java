package cn.jianyi.search;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One document of a {@link TextIndex}: its identifier, the texts searched (by field name; analysed, not stored), the
 * keyword fields filtered on (exact values) and the time results are ordered by when no words are given.
 */
public record IndexedDocument(String id, Map<String, String> texts, Map<String, String> keys, Instant time) {

    public IndexedDocument {
        Objects.requireNonNull(id, "id");
        texts = Map.copyOf(texts);
        keys = Map.copyOf(keys);
        Objects.requireNonNull(time, "time");
    }
}
