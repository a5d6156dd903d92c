package cn.jianyi.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    @Test
    void closingWaitsForTheChangeInFlightAndTheFolderOpensAgain(@TempDir Path folder) throws Exception {
        var index = new TextIndex(folder, List.of("title", "body"));
        var adding = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        var rebuild = java.util.concurrent.CompletableFuture.runAsync(() -> index.replaceAll(add -> {
            add.accept(doc("1", "路灯", "路灯", "u1", 1));
            adding.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            add.accept(doc("2", "托育", "托育", "u2", 2));
        }));
        adding.await();
        var closing = java.util.concurrent.CompletableFuture.runAsync(index::close);
        Thread.sleep(200);
        assertThat(closing).as("closing waits for the rebuild's commit").isNotDone();
        release.countDown();
        rebuild.get(10, java.util.concurrent.TimeUnit.SECONDS);
        closing.get(10, java.util.concurrent.TimeUnit.SECONDS);
        try (var reopened = new TextIndex(folder, List.of("title", "body"))) {
            assertThat(reopened.count()).as("the rebuild committed whole before the close").isEqualTo(2);
        }
    }

    private static IndexedDocument tagged(String id, String title, String reply, String congress, Set<String> units) {
        return new IndexedDocument(id, Map.of("title", title, "body", reply), Map.of("congress", congress),
                Map.of("unit", units), Instant.ofEpochSecond(Long.parseLong(id)));
    }

    @Test
    void scopeIsOneOfItsEntriesFacetsCountMatchesFieldsNarrowTheWords() {
        try (var index = new TextIndex(null, List.of("title", "body"))) {
            index.put(tagged("1", "关于托育服务的建议", "托育机构", "c1", Set.of("u1", "u2")));
            index.put(tagged("2", "关于路灯的建议", "托育另行答复", "c1", Set.of("u2")));
            index.put(tagged("3", "关于托育补贴的建议", "已答复", "c2", Set.of("u3")));
            var all = new SearchQuery("托育", Map.of(), null, null, 0, 10);
            assertThat(index.search(all).total()).isEqualTo(3);
            var unit1 = new SearchQuery("托育", Map.of(), List.of(Map.of("unit", Set.of("u1"))), null, 0, 10);
            assertThat(index.search(unit1).ids()).containsExactly("1");
            var c2OrU1 = new SearchQuery("托育", Map.of(), List.of(Map.of("congress", Set.of("c2")),
                    Map.of("unit", Set.of("u1"))), null, 0, 10);
            assertThat(index.search(c2OrU1).ids()).containsExactlyInAnyOrder("1", "3");
            var nothing = new SearchQuery("托育", Map.of(), List.of(), null, 0, 10);
            assertThat(index.search(nothing).total()).isZero();
            assertThat(index.search(new SearchQuery("", Map.of(), List.of(Map.of("unit", Set.of())), null, 0, 10))
                    .total()).as("no value: nothing").isZero();
            assertThat(index.search(all.inFields(Set.of("title"))).ids()).containsExactlyInAnyOrder("1", "3");
            assertThat(index.count(all.inFields(Set.of("body")))).isEqualTo(2);
            var facets = index.facets(new SearchQuery("托育", Map.of("congress", "c1"), 0, 10), List.of("unit", "congress"), 10);
            assertThat(facets.get("unit")).containsExactly(Map.entry("u2", 2), Map.entry("u1", 1));
            assertThat(facets.get("congress")).as("its own filter left out").containsEntry("c1", 2).containsEntry("c2", 1);
            var similar = index.similar("发展普惠托育服务", new SearchQuery("", Map.of(), 0, 1), List.of("title", "body"), 2);
            assertThat(similar).extracting(TextIndex.Scored::id).first().isEqualTo("1");
            assertThat(index.similar("！！", new SearchQuery("", Map.of(), 0, 1), List.of("title"), 5)).isEmpty();
            index.apply(List.of(tagged("4", "托育", "", "c1", Set.of())), List.of("1"), Map.of("position", "42"));
            assertThat(index.commitData()).containsEntry("position", "42");
            assertThat(index.search(all).ids()).containsExactlyInAnyOrder("2", "3", "4");
        }
    }
}
