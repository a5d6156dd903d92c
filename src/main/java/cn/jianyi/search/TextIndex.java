package cn.jianyi.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.QueryBuilder;

/**
 * One Lucene index (ADR 0059): documents by identifier, their texts analysed with CJK bigrams (a Chinese text is
 * indexed as its overlapping pairs of characters, so that any two-character word is found wherever it stands, with
 * full-width Latin letters and digits folded to half width and letters to lower case), keyword fields to filter on
 * and a time to order by. Only the identifier is stored: what is shown comes from the database, and a snippet is
 * highlighted from the text the caller passes in ({@link #snippet}). Every change is committed and visible to the
 * next search at once. Thread-safe.
 */
public final class TextIndex implements Closeable {

    private static final String ID = "_id";
    private static final String TIME = "_time";
    private static final String KEY = "k.";
    private static final String TEXT = "t.";
    private static final String FACET = "f.";

    private final Directory directory;
    private final Analyzer analyzer = new CjkBigramAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final List<String> textFields;
    /**
     * Changes share it, closing takes it alone: Lucene refuses to close a writer in the middle of another thread's
     * commit ("prepareCommit was already called") and then keeps the folder's write lock in this JVM, so the folder
     * could never be opened again, not even after a reset deleted it (a suite run: the follower committing while a
     * test reset the index).
     */
    private final ReadWriteLock use = new ReentrantReadWriteLock();

    /**
     * An index in this folder (made if missing), or in memory if {@code folder} is null, whose documents have these
     * text fields (searched when a query names none).
     */
    public TextIndex(Path folder, List<String> textFields) {
        this.textFields = List.copyOf(textFields);
        Directory opened = null;
        IndexWriter opening = null;
        try {
            if (folder == null) {
                opened = new ByteBuffersDirectory();
            } else {
                Files.createDirectories(folder);
                opened = FSDirectory.open(folder);
            }
            opening = new IndexWriter(opened, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            opening.commit();
            searchers = new SearcherManager(opening, null);
        } catch (IOException | RuntimeException e) {
            // an index that fails half-way gives its write lock back: else this JVM could never open the folder
            // again, not even after its user deleted it to rebuild (a suite run, r89)
            IOUtils.closeWhileHandlingException(opening, opened);
            throw new UncheckedIOException("the search index in " + folder + " cannot be opened",
                    e instanceof IOException io ? io : new IOException(e));
        }
        directory = opened;
        writer = opening;
    }

    /** Adds the document, or replaces the one of the same identifier. */
    public void put(IndexedDocument document) {
        change(() -> writer.updateDocument(new Term(ID, document.id()), toLucene(document)));
    }

    /** Removes the document of this identifier, if there is one. */
    public void remove(String id) {
        change(() -> writer.deleteDocuments(new Term(ID, id)));
    }

    /**
     * Replaces the whole content with the documents the source hands over one by one (a rebuild, streamed: the
     * source may read its rows in batches), in one commit; searches see the old content until then.
     */
    public void replaceAll(java.util.function.Consumer<java.util.function.Consumer<IndexedDocument>> source) {
        replaceAll(source, Map.of());
    }

    /** {@link #replaceAll(java.util.function.Consumer)}, recording {@code commitData} with the new content. */
    public void replaceAll(java.util.function.Consumer<java.util.function.Consumer<IndexedDocument>> source,
                           Map<String, String> commitData) {
        change(() -> {
            writer.deleteAll();
            writer.setLiveCommitData(Map.copyOf(commitData).entrySet());
            source.accept(document -> {
                try {
                    writer.addDocument(toLucene(document));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        });
    }

    /** How many documents the index holds. */
    public int count() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    /** How many documents match the query (its page ignored). */
    public long count(SearchQuery query) {
        Query lucene = toLucene(query);
        return withSearcher(searcher -> searcher.count(lucene));
    }

    /**
     * Puts and removes documents and records {@code commitData} with them, in one commit: what a follower of a change
     * log applied and the position it reached are kept together, so that a crash loses neither alone.
     */
    public void apply(Collection<IndexedDocument> puts, Collection<String> removals, Map<String, String> commitData) {
        change(() -> {
            for (String id : removals) {
                writer.deleteDocuments(new Term(ID, id));
            }
            for (IndexedDocument document : puts) {
                writer.updateDocument(new Term(ID, document.id()), toLucene(document));
            }
            writer.setLiveCommitData(Map.copyOf(commitData).entrySet());
        });
    }

    /** The data recorded with the last commit ({@link #apply}); empty if none was. */
    public Map<String, String> commitData() {
        var data = new HashMap<String, String>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data;
    }

    /**
     * How many matches of the query hold each value of these keyword (or tag) fields, the most frequent first, at
     * most {@code limit} values per field. A field that is itself a filter of the query is counted without that
     * filter, so that its other values stay choosable.
     */
    public Map<String, Map<String, Integer>> facets(SearchQuery query, Collection<String> names, int limit) {
        var result = new LinkedHashMap<String, Map<String, Integer>>();
        for (String name : names) {
            Query lucene = toLucene(query.without(name));
            Map<String, Integer> counts = withSearcher(searcher -> {
                var counter = new FacetCounter(FACET + name);
                searcher.search(lucene, counter);
                return counter.counts;
            });
            var top = new LinkedHashMap<String, Integer>();
            counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(limit).forEach(e -> top.put(e.getKey(), e.getValue()));
            result.put(name, top);
        }
        return result;
    }

    /** An identifier with its relevance. */
    public record Scored(String id, float score) {
    }

    /**
     * The documents most like {@code text} among those the query's filters and scope allow (its words ignored), best
     * first: the text's most frequent bigrams (at most 64), each an optional term in every text field of
     * {@code fields}, ranked by BM25. A candidate list for a re-ranker ("similar cases"), not a final ranking.
     */
    public List<Scored> similar(String text, SearchQuery within, Collection<String> fields, int limit) {
        var frequencies = new HashMap<String, Integer>();
        try (TokenStream stream = analyzer.tokenStream("similar", text == null ? "" : text)) {
            var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                frequencies.merge(term.toString(), 1, Integer::sum);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (frequencies.isEmpty()) {
            return List.of();
        }
        var terms = frequencies.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(64).map(Map.Entry::getKey).toList();
        var any = new BooleanQuery.Builder();
        for (String field : fields) {
            for (String term : terms) {
                any.add(new TermQuery(new Term(TEXT + field, term)), Occur.SHOULD);
            }
        }
        var all = new BooleanQuery.Builder();
        all.add(any.build(), Occur.MUST);
        all.add(filtersOf(within), Occur.FILTER);
        Query lucene = all.build();
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(lucene, Math.max(1, limit));
            StoredFields stored = searcher.storedFields();
            var hits = new ArrayList<Scored>();
            for (ScoreDoc doc : top.scoreDocs) {
                hits.add(new Scored(stored.document(doc.doc).get(ID), doc.score));
            }
            return hits;
        });
    }

    /** Counts the values of one facet field over the documents collected. */
    private static final class FacetCounter extends SimpleCollector {
        private final String field;
        private final Map<String, Integer> counts = new HashMap<>();
        private SortedSetDocValues values;
        private Map<Long, Integer> leafCounts = new HashMap<>();

        FacetCounter(String field) {
            this.field = field;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            values = DocValues.getSortedSet(context.reader(), field);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (values.advanceExact(doc)) {
                for (int i = 0; i < values.docValueCount(); i++) {
                    leafCounts.merge(values.nextOrd(), 1, Integer::sum);
                }
            }
        }

        @Override
        public void finish() throws IOException {
            flush();
        }

        private void flush() throws IOException {
            if (values != null) {
                for (var entry : leafCounts.entrySet()) {
                    counts.merge(values.lookupOrd(entry.getKey()).utf8ToString(), entry.getValue(), Integer::sum);
                }
            }
            leafCounts = new HashMap<>();
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /** The identifiers of a page of matches: by relevance (then newest first) with words, newest first without. */
    public SearchResult search(SearchQuery query) {
        Query lucene = toLucene(query);
        return withSearcher(searcher -> {
            int wanted = query.offset() + query.limit();
            Sort sort = query.hasWords() ? new Sort(SortField.FIELD_SCORE, new SortField(TIME, SortField.Type.LONG, true))
                    : new Sort(new SortField(TIME, SortField.Type.LONG, true));
            TopDocs top = searcher.search(lucene, wanted, sort);
            StoredFields stored = searcher.storedFields();
            var ids = new ArrayList<String>();
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = query.offset(); i < docs.length; i++) {
                ids.add(stored.document(docs[i].doc).get(ID));
            }
            long total = searcher.count(lucene);
            return new SearchResult(total, ids);
        });
    }

    /**
     * The best passage of {@code text} for the query's words in this text field, the matched words marked; empty if
     * the query has no words or none occurs in the text.
     */
    public Snippet snippet(SearchQuery query, String field, String text) {
        if (!query.hasWords() || text == null || text.isEmpty()) {
            return new Snippet(List.of());
        }
        Query words = wordsQuery(query.words(), List.of(field));
        try {
            var highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer).withFormatter(new Pieces())
                    .withMaxLength(Math.max(text.length(), 1)).build();
            Object formatted = highlighter.highlightWithoutSearcher(TEXT + field, words, text, 1);
            return formatted instanceof Snippet snippet ? snippet : new Snippet(List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        use.writeLock().lock();     // after the changes in flight
        try {
            IOUtils.close(searchers, writer, directory);    // each one, the first failure thrown after
        } catch (IOException | RuntimeException e) {
            // whatever failed, the writer gives the folder's lock back (a rollback closes it without committing)
            IOUtils.closeWhileHandlingException(writer::rollback, directory);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        } finally {
            use.writeLock().unlock();
        }
    }

    private Query toLucene(SearchQuery query) {
        var all = new BooleanQuery.Builder();
        all.add(filtersOf(query), Occur.FILTER);
        if (query.hasWords()) {
            all.add(wordsQuery(query.words(), query.fields() == null ? null : List.copyOf(query.fields())), Occur.MUST);
        } else {
            all.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return all.build();
    }

    /** The query's exact filters and its scope (one of its entries, each entry all of its fields). */
    private static Query filtersOf(SearchQuery query) {
        var all = new BooleanQuery.Builder();
        all.add(new MatchAllDocsQuery(), Occur.MUST);
        query.filters().forEach((name, value) -> all.add(new TermQuery(new Term(KEY + name, value)), Occur.FILTER));
        if (query.scope() != null) {
            var anyEntry = new BooleanQuery.Builder();
            for (Map<String, Set<String>> entry : query.scope()) {
                var allFields = new BooleanQuery.Builder();
                allFields.add(new MatchAllDocsQuery(), Occur.MUST);
                entry.forEach((name, values) -> {
                    var anyValue = new BooleanQuery.Builder();
                    values.forEach(v -> anyValue.add(new TermQuery(new Term(KEY + name, v)), Occur.SHOULD));
                    BooleanQuery either = anyValue.build();
                    allFields.add(either.clauses().isEmpty() ? new MatchNoDocsQuery() : either, Occur.FILTER);
                });
                anyEntry.add(allFields.build(), Occur.SHOULD);
            }
            BooleanQuery scope = anyEntry.build();
            all.add(scope.clauses().isEmpty() ? new MatchNoDocsQuery() : scope, Occur.FILTER);
        }
        return all.build();
    }

    /** Each word must occur in one of the fields (as the phrase of its bigrams); fields null: every text field. */
    private Query wordsQuery(String words, List<String> fields) {
        var builder = new QueryBuilder(analyzer);
        var all = new BooleanQuery.Builder();
        for (String word : words.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            var anyField = new BooleanQuery.Builder();
            for (String field : fields == null ? textFields() : fields) {
                Query phrase = builder.createPhraseQuery(TEXT + field, word);
                if (phrase != null) {
                    anyField.add(phrase, Occur.SHOULD);
                }
            }
            BooleanQuery either = anyField.build();
            // a word of nothing but punctuation analyses to no term: it matches nothing rather than everything
            all.add(either.clauses().isEmpty() ? new MatchNoDocsQuery() : either, Occur.MUST);
        }
        return all.build();
    }

    private List<String> textFields() {
        return textFields;
    }

    private Document toLucene(IndexedDocument document) {
        var lucene = new Document();
        lucene.add(new StringField(ID, document.id(), Field.Store.YES));
        lucene.add(new NumericDocValuesField(TIME, document.time().toEpochMilli()));
        document.keys().forEach((name, value) -> {
            lucene.add(new StringField(KEY + name, value, Field.Store.NO));
            lucene.add(new SortedSetDocValuesField(FACET + name, new BytesRef(value)));
        });
        document.tags().forEach((name, values) -> values.forEach(value -> {
            lucene.add(new StringField(KEY + name, value, Field.Store.NO));
            lucene.add(new SortedSetDocValuesField(FACET + name, new BytesRef(value)));
        }));
        document.texts().forEach((name, value) -> {
            if (!textFields.contains(name)) {
                throw new IllegalArgumentException("not a text field of this index: " + name);
            }
            lucene.add(new TextField(TEXT + name, value == null ? "" : value, Field.Store.NO));
        });
        return lucene;
    }

    private interface Change {
        void run() throws IOException;
    }

    private void change(Change change) {
        use.readLock().lock();
        try {
            change.run();
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be written", e);
        } finally {
            use.readLock().unlock();
        }
    }

    private interface Reading<T> {
        T read(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(Reading<T> reading) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return reading.read(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be read", e);
        }
    }

    /** Standard tokens, full-width folded, lower case, Chinese (and Japanese, Korean) characters as bigrams. */
    static final class CjkBigramAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new CJKWidthFilter(source);
            stream = new LowerCaseFilter(stream);
            stream = new CJKBigramFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    }

    /** The longest passage shown, in characters (a sentence of a letter can run for a paragraph). */
    static final int PASSAGE = 120;

    /** The passage as pieces, the matches marked; a long one cut to {@link #PASSAGE} around its first match. */
    private static final class Pieces extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            var pieces = new ArrayList<Snippet.Piece>();
            for (Passage passage : passages) {
                int from = passage.getStartOffset();
                int to = passage.getEndOffset();
                if (to - from > PASSAGE && passage.getNumMatches() > 0) {
                    from = Math.max(from, passage.getMatchStarts()[0] - PASSAGE / 4);
                    to = Math.min(to, from + PASSAGE);
                }
                if (from > passage.getStartOffset()) {
                    pieces.add(new Snippet.Piece("…", false));
                }
                int at = from;
                for (int i = 0; i < passage.getNumMatches(); i++) {
                    if (passage.getMatchStarts()[i] >= to) {
                        break;
                    }
                    int start = Math.max(passage.getMatchStarts()[i], at);
                    int end = Math.min(passage.getMatchEnds()[i], to);
                    if (end <= at) {
                        continue;
                    }
                    if (start > at) {
                        pieces.add(new Snippet.Piece(content.substring(at, start), false));
                    }
                    pieces.add(new Snippet.Piece(content.substring(start, end), true));
                    at = end;
                }
                if (at < to) {
                    pieces.add(new Snippet.Piece(content.substring(at, to), false));
                }
                if (to < passage.getEndOffset()) {
                    pieces.add(new Snippet.Piece("…", false));
                }
            }
            return new Snippet(pieces);
        }
    }
}
