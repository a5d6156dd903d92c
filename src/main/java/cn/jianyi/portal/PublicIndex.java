package cn.jianyi.portal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import cn.jianyi.publication.PublicationPublished;
import cn.jianyi.publication.PublicationWithdrawn;
import cn.jianyi.search.IndexedDocument;
import cn.jianyi.search.SearchIndexes;
import cn.jianyi.search.SearchQuery;
import cn.jianyi.search.SearchResult;
import cn.jianyi.search.Snippet;
import cn.jianyi.search.TextIndex;
import cn.jianyi.shared.HeldInMemory;

/**
 * The full-text index of the published copies (ADR 0059), the first user of {@link SearchIndexes}: the case's title,
 * text and number, the deputy, the reply's body, 文号 and unit, and the filter columns. A cache: built from
 * {@code published_copies} on first use when it does not hold as many documents as the table has rows, then kept in
 * step after each commit of a publication (publish, publish again after a withdrawal) or a withdrawal. A hit is
 * always read back from the table, so an entry the table no longer has is never shown.
 */
@Component
class PublicIndex implements HeldInMemory {

    static final String NAME = "public";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String REPLY = "reply";
    static final String META = "meta";

    private static final Logger log = LoggerFactory.getLogger(PublicIndex.class);

    private final SearchIndexes indexes;
    private final PublishedCases cases;
    private final AtomicBoolean checked = new AtomicBoolean();
    private volatile boolean replaced;

    PublicIndex(SearchIndexes indexes, PublishedCases cases) {
        this.indexes = indexes;
        this.cases = cases;
    }

    private TextIndex index() {
        return indexes.open(NAME, List.of(TITLE, TEXT, REPLY, META));
    }

    /** The ids of a page of matches, the filters applied in the index. */
    SearchResult search(String words, Map<String, String> keys, int offset, int limit) {
        ensureBuilt();
        return index().search(new SearchQuery(words, keys, offset, limit));
    }

    /** The best passage of a copy for the words: from the reply, else the suggestion's text, else its title. */
    Snippet snippet(String words, PublicCase copy) {
        var query = new SearchQuery(words, Map.of(), 0, 1);
        Snippet opening = null;
        for (var field : List.of(Map.entry(REPLY, copy.replyBody()), Map.entry(TEXT, copy.suggestionText()),
                Map.entry(TITLE, copy.suggestionTitle()))) {
            Snippet snippet = index().snippet(query, field.getKey(), field.getValue());
            // the highlighter gives a field's opening when none of the words is in it: the passage that marks a
            // word is the one to show; the reply's opening only when no field marks one
            if (snippet.pieces().stream().anyMatch(Snippet.Piece::matched)) {
                return snippet;
            }
            if (opening == null && !snippet.isEmpty()) {
                opening = snippet;
            }
        }
        return opening == null ? new Snippet(List.of()) : opening;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(PublicationPublished event) {
        update(() -> cases.find(event.publicationId()).ifPresentOrElse(c -> index().put(document(c)),
                () -> index().remove(id(event.publicationId()))));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(PublicationWithdrawn event) {
        update(() -> index().remove(id(event.publicationId())));
    }

    /** A failed update leaves the index to be checked (and rebuilt if it differs) on the next search. */
    private void update(Runnable change) {
        try {
            change.run();
        } catch (RuntimeException e) {
            checked.set(false);
            log.warn("The public search index could not be updated; it is checked again on the next search", e);
        }
    }

    /**
     * Rebuilds the index from the table if it does not hold one document per copy, or whatever it holds once the
     * table was replaced under it ({@link #forget}).
     */
    void ensureBuilt() {
        if (checked.get()) {
            return;
        }
        synchronized (this) {
            if (!checked.get()) {
                if (replaced || index().count() != cases.count(Map.of())) {
                    rebuild();
                }
                replaced = false;
                checked.set(true);
            }
        }
    }

    /** Builds the index anew from {@code published_copies}; returns how many copies it holds. */
    synchronized int rebuild() {
        var count = new java.util.concurrent.atomic.AtomicInteger();
        index().replaceAll(add -> cases.forEach(500, batch -> batch.forEach(c -> {
            add.accept(document(c));
            count.incrementAndGet();
        })));
        log.info("The public search index was built from {} published copies", count.get());
        return count.get();
    }

    /**
     * Between test classes or after a restore: the table under the index was replaced; the next search rebuilds the
     * index first (no work now, so an application that never searches pays nothing).
     */
    @Override
    public void forget() {
        synchronized (this) {
            replaced = true;
            checked.set(false);
        }
    }

    static String id(long publicationId) {
        return Long.toString(publicationId);
    }

    static IndexedDocument document(PublicCase c) {
        return new IndexedDocument(id(c.id()),
                Map.of(TITLE, c.suggestionTitle(), TEXT, c.suggestionText(), REPLY, c.replyBody(),
                        META, c.documentNumber() + " " + c.unitName() + " " + c.deputyName() + " 第"
                                + c.suggestionNumber() + "号"),
                Map.of("congress_id", Long.toString(c.congressId()), "meeting_id", Long.toString(c.meetingId()),
                        "unit_id", Long.toString(c.unitId()), "classification", c.classification(),
                        "subject_area", c.subjectArea()),
                c.publishedAt());
    }
}
