package cn.jianyi.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index itself (ADR 0059): CJK bigrams, every word required, filters, order, snippets, a folder that persists. */
class TextIndexTests {

    private static IndexedDocument doc(String id, String title, String body, String unit, long second) {
        return new IndexedDocument(id, Map.of("title", title, "body", body), Map.of("unit", unit),
                Instant.ofEpochSecond(second));
    }

    private static SearchQuery words(String words) {
        return new SearchQuery(words, Map.of(), 0, 10);
    }

    @Test
    void findsTwoCharacterWordsAnywhereAndRequiresEveryWord(@TempDir Path folder) {
        try (var index = new TextIndex(folder, List.of("title", "body"))) {
            index.put(doc("1", "关于增设路灯的建议", "我委已在幸福路增设路灯30盏，学位问题另行答复。", "u1", 1));
            index.put(doc("2", "关于发展普惠托育服务的建议", "新增托位500个，ＡＢＣ托育中心。", "u2", 2));
            assertThat(index.search(words("路灯")).ids()).containsExactly("1");
            assertThat(index.search(words("学位")).ids()).containsExactly("1");
            assertThat(index.search(words("托育")).ids()).containsExactly("2");
            assertThat(index.search(words("增设路灯 幸福路")).ids()).containsExactly("1");
            assertThat(index.search(words("增设路灯")).ids()).containsExactly("1");
            assertThat(index.search(words("幸福路")).ids()).containsExactly("1");
            assertThat(index.search(words("路灯 托位")).ids()).isEmpty();
            assertThat(index.search(words("abc")).ids()).as("full width folded, lower case").containsExactly("2");
            assertThat(index.search(words("灯路")).ids()).isEmpty();
            assertThat(index.search(words("\"(:*?")).ids()).isEmpty();
            assertThat(index.search(new SearchQuery("建议", Map.of("unit", "u2"), 0, 10)).ids()).containsExactly("2");
            assertThat(index.search(words("")).ids()).as("newest first").containsExactly("2", "1");
            assertThat(index.search(new SearchQuery("", Map.of(), 1, 10))).isEqualTo(new SearchResult(2, List.of("1")));
            Snippet snippet = index.snippet(words("路灯"), "body", "我委已在幸福路增设路灯30盏，学位问题另行答复。");
            assertThat(snippet.pieces()).contains(new Snippet.Piece("路灯", true));
            assertThat(snippet.text()).contains("增设路灯30盏");
            index.remove("1");
            assertThat(index.search(words("路灯")).ids()).isEmpty();
        }
        try (var reopened = new TextIndex(folder, List.of("title", "body"))) {
            assertThat(reopened.count()).as("kept in its folder").isEqualTo(1);
            assertThat(reopened.search(words("托育")).ids()).containsExactly("2");
            reopened.replaceAll(add -> add.accept(doc("3", "路灯", "路灯", "u1", 3)));
            assertThat(reopened.count()).isEqualTo(1);
            assertThat(reopened.search(words("托育")).ids()).isEmpty();
        }
    }
}
