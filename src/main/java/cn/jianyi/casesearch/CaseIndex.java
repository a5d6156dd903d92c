package cn.jianyi.casesearch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.jianyi.identity.DataScope;
import cn.jianyi.search.SearchIndexes;
import cn.jianyi.search.SearchQuery;
import cn.jianyi.search.TextIndex;
import cn.jianyi.shared.HeldInMemory;

/**
 * The office-wide index (ADR 0061) and the follower that keeps it current: after each committed act of this instance
 * (kicked by {@link ChangeLogTriggers}) and every few seconds (what other instances wrote), it applies the change log's
 * rows after its position and records the new position in the same Lucene commit. A missing, broken or replaced
 * index is rebuilt from the database on the follower's thread; meanwhile a search waits a moment, then answers from
 * the database ({@link OfficeSearch}).
 */
@Component
public class CaseIndex implements HeldInMemory, DisposableBean {

    static final String NAME = "cases";
    static final String POSITION = "position";
    /** How long a hole in the change log's ids may be an act still committing; older holes are rolled-back acts. */
    static final Duration GAP_WAIT = Duration.ofSeconds(30);
    private static final int ROWS = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(CaseIndex.class);

    private final SearchIndexes indexes;
    private final CaseDocuments documents;
    private final SearchChanges changes;
    private final Duration rebuildWait;
    private final ReentrantLock work = new ReentrantLock();
    private final ThreadPoolExecutor follower = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(), r -> {
                var thread = new Thread(r, "search-follower");
                thread.setDaemon(true);
                return thread;
            });
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile boolean current;
    private volatile boolean replaced;
    /** Where the follower stands between the position and the rows read beyond a hole (its thread only). */
    private final ChangeLogPosition standing = new ChangeLogPosition(GAP_WAIT);

    CaseIndex(SearchIndexes indexes, CaseDocuments documents, SearchChanges changes,
              @Value("${jianyi.search.rebuild-wait:PT5S}") Duration rebuildWait) {
        this.indexes = indexes;
        this.documents = documents;
        this.changes = changes;
        this.rebuildWait = rebuildWait;
    }

    /** A candidate of "similar cases": a case or an archived letter, with its BM25 score. */
    public record Candidate(Kind kind, long id, float score) {
        public enum Kind {
            CASE, LETTER
        }
    }

    /**
     * The cases and archived letters whose texts share the most bigrams with {@code text}, among those the reader
     * may see (best first, at most {@code limit}; a case's co-unit opinions count for it): candidates for a
     * re-ranker. Empty while the index is being rebuilt.
     */
    public List<Candidate> similar(String text, DataScope scope, boolean readsArchive, int limit) {
        Optional<TextIndex> ready = ready();
        if (ready.isEmpty()) {
            return List.of();
        }
        var within = new SearchQuery("", Map.of(), new SearchScope(scope, readsArchive).clauses(), null, 0, 1);
        var seen = new LinkedHashSet<String>();
        var result = new ArrayList<Candidate>();
        for (TextIndex.Scored hit : ready.get().similar(text, within, CaseDocuments.FIELDS, limit * 2)) {
            char kind = hit.id().charAt(0);
            long id = Long.parseLong(hit.id().substring(1));
            if (seen.add((kind == 'l' ? "l" : "s") + id) && result.size() < limit) {
                result.add(new Candidate(kind == 'l' ? Candidate.Kind.LETTER : Candidate.Kind.CASE, id, hit.score()));
            }
        }
        return result;
    }

    /**
     * The index once it is current (built and followed since the start or the last replacement of the database),
     * waiting up to {@code jianyi.search.rebuild-wait} for a rebuild in progress; empty if it is still not ready.
     */
    Optional<TextIndex> ready() {
        if (!current) {
            kick();
            HeldInMemory.awaitUntil(() -> current, rebuildWait);
            if (!current) {
                return Optional.empty();
            }
        }
        return Optional.of(index());
    }

    /** Asks the follower to apply what the change log holds after the position (once, if not asked already). */
    public void kick() {
        if (queued.compareAndSet(false, true)) {
            follower.execute(() -> {
                queued.set(false);
                try {
                    step();
                } catch (RuntimeException e) {
                    LOG.warn("The case search index could not follow the change log; it tries again", e);
                }
            });
        }
    }

    /** Every few seconds: what other instances wrote (and a rebuild this instance still owes). */
    @Scheduled(initialDelayString = "${jianyi.search.poll:PT3S}", fixedDelayString = "${jianyi.search.poll:PT3S}")
    void poll() {
        kick();
    }

    private void step() {
        work.lock();
        try {
            if (!current) {
                String position = index().commitData().get(POSITION);
                // no position: a new or deleted index; one beyond the log: the database was restored under it
                if (replaced || position == null || Long.parseLong(position) > changes.last()) {
                    rebuildLocked((cases, letters) -> { });
                }
                current = true;
            }
            catchUp();
        } finally {
            work.unlock();
        }
    }

    /**
     * Builds the index anew from the database ({@code bin/jianyi reindex}), telling {@code progress} the cases and
     * letters done so far; returns the documents it holds.
     */
    public int rebuild(BiConsumer<Long, Long> progress) {
        work.lock();
        try {
            rebuildLocked(progress);
            current = true;
            catchUp();
            return index().count();
        } finally {
            work.unlock();
        }
    }

    /** How many cases and confirmed letters the database holds: a rebuild's total. */
    public long[] totals() {
        return documents.totals();
    }

    private void rebuildLocked(BiConsumer<Long, Long> progress) {
        long position = changes.settledBefore(Instant.now().minus(GAP_WAIT));
        TextIndex target = index();
        try {
            target.replaceAll(add -> documents.forEach(add, progress), Map.of(POSITION, Long.toString(position)));
        } catch (RuntimeException e) {
            LOG.warn("The case search index could not be written; it is deleted and built again", e);
            target = resetIndex();
            target.replaceAll(add -> documents.forEach(add, progress), Map.of(POSITION, Long.toString(position)));
        }
        standing.clear();
        replaced = false;
        LOG.info("The case search index was built: {} documents", target.count());
    }

    private void catchUp() {
        long position = Long.parseLong(index().commitData().getOrDefault(POSITION, "0"));
        while (true) {
            List<SearchChanges.Change> rows = changes.after(position, ROWS);
            if (rows.isEmpty()) {
                return;
            }
            var cases = new HashSet<Long>();
            var letters = new HashSet<Long>();
            for (var row : rows) {
                if (!standing.applied(row.id())) {
                    (row.subject() == SearchChanges.Subject.CASE ? cases : letters).add(row.subjectId());
                }
            }
            long reached = standing.advance(position, rows.stream().map(SearchChanges.Change::id).toList(), Instant.now());
            var puts = new ArrayList<cn.jianyi.search.IndexedDocument>();
            var removals = new ArrayList<String>();
            for (List<Long> part : chunks(cases)) {
                var batch = documents.load(Set.copyOf(part), Set.of());
                puts.addAll(batch.puts());
                removals.addAll(batch.removals());
            }
            for (List<Long> part : chunks(letters)) {
                var batch = documents.load(Set.of(), Set.copyOf(part));
                puts.addAll(batch.puts());
                removals.addAll(batch.removals());
            }
            index().apply(puts, removals, Map.of(POSITION, Long.toString(reached)));
            if (reached == position || rows.size() < ROWS) {
                return;
            }
            position = reached;
        }
    }

    private static List<List<Long>> chunks(Set<Long> ids) {
        var all = List.copyOf(ids);
        var parts = new ArrayList<List<Long>>();
        for (int i = 0; i < all.size(); i += CaseDocuments.BATCH) {
            parts.add(all.subList(i, Math.min(all.size(), i + CaseDocuments.BATCH)));
        }
        return parts;
    }

    /** The index, opened once by {@link SearchIndexes}; one that cannot be opened is deleted and rebuilt. */
    private TextIndex index() {
        try {
            return indexes.open(NAME, CaseDocuments.FIELDS);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof org.apache.lucene.store.LockObtainFailedException) {
                throw e;    // another process holds the folder (the server, while bin/jianyi reindex runs): never delete it
            }
            LOG.warn("The case search index cannot be opened; it is deleted and built again", e);
            replaced = true;
            current = false;
            return resetIndex();
        }
    }

    private TextIndex resetIndex() {
        return indexes.reset(NAME, CaseDocuments.FIELDS);
    }

    /** Between test classes or after a restore: the next step rebuilds the index (no work now). */
    @Override
    public void forget() {
        HeldInMemory.awaitIdle(follower, Duration.ofSeconds(30));
        work.lock();
        try {
            replaced = true;
            current = false;
            standing.clear();
        } finally {
            work.unlock();
        }
    }

    @Override
    public void destroy() {
        follower.shutdownNow();
    }
}
