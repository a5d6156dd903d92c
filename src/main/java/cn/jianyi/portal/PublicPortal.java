package cn.jianyi.portal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import cn.jianyi.publication.PublicationPublished;
import cn.jianyi.publication.PublicationWithdrawn;
import cn.jianyi.shared.HeldInMemory;

import cn.jianyi.search.SearchResult;
import cn.jianyi.search.Snippet;
import cn.jianyi.suggestion.MeetingView;
import cn.jianyi.suggestion.Meetings;

/**
 * What the public portal shows (ADR 0059): the list with its filters and full-text search, an item, a meeting's
 * figures, the newest publications. Everything comes from {@code published_copies}; meetings and congresses are named
 * from the directory of meetings (public facts).
 */
@Service
public class PublicPortal implements HeldInMemory {

    private final PublishedCases cases;
    private final PublicIndex index;
    private final Meetings meetings;
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    private volatile Choices choices;

    PublicPortal(PublishedCases cases, PublicIndex index, Meetings meetings) {
        this.cases = cases;
        this.index = index;
        this.meetings = meetings;
    }

    /** How many pages of hits a search offers (1,000 hits): ranked results beyond are not worth paging to. */
    public static final int SEARCH_PAGES = 50;

    /** A list item: the copy and, when words were searched, its best passage with the words marked. */
    public record Item(PublicCase copy, Snippet snippet) {
    }

    /** A page of the list. */
    public record Listing(PublicFilter filter, List<Item> items, long total) {

        /** The pages to offer: a search offers its first {@link #SEARCH_PAGES} (refine the words beyond). */
        public int pages() {
            int all = (int) Math.max(1, (total + PublicFilter.PAGE_SIZE - 1) / PublicFilter.PAGE_SIZE);
            return filter.words() == null ? all : Math.min(all, SEARCH_PAGES);
        }
    }

    /** The list: by relevance with words (the index), newest first without (the table). */
    public Listing list(PublicFilter filter) {
        int offset = filter.page() * PublicFilter.PAGE_SIZE;
        if (filter.words() == null) {
            return new Listing(filter, cases.page(filter.keys(), offset, PublicFilter.PAGE_SIZE).stream()
                    .map(c -> new Item(c, new Snippet(List.of()))).toList(), cases.count(filter.keys()));
        }
        if (filter.page() >= SEARCH_PAGES) {
            return new Listing(filter, List.of(), index.search(filter.words(), filter.keys(), 0, 1).total());
        }
        SearchResult hits = index.search(filter.words(), filter.keys(), offset, PublicFilter.PAGE_SIZE);
        List<PublicCase> found = cases.inOrder(hits.ids().stream().map(Long::valueOf).toList());
        return new Listing(filter, found.stream().map(c -> new Item(c, index.snippet(filter.words(), c))).toList(),
                hits.total());
    }

    /**
     * The copies matching the filter's exact values (its words and page are not used) with an id above
     * {@code afterId}, in id order: the public API's list.
     */
    public List<PublicCase> after(PublicFilter filter, long afterId, int limit) {
        return cases.after(filter.keys(), afterId, limit);
    }

    /** The meetings that have something published, by id. */
    public List<MeetingView> publishedMeetings() {
        return choices().meetings().stream().sorted(java.util.Comparator.comparingLong(MeetingView::id)).toList();
    }

    public Optional<PublicCase> item(long id) {
        return cases.find(id);
    }

    /** The values to filter by, with names. */
    public record Choices(List<Map.Entry<Long, String>> congresses, List<MeetingView> meetings,
                          List<Map.Entry<Long, String>> units, List<String> classes, List<String> subjectAreas) {
    }

    /**
     * The filter values, held until the next publication or withdrawal: five scans of the table on every list page
     * were most of a search page's time at 100,000 copies on PostgreSQL (docs/benchmarks.md).
     */
    public Choices choices() {
        Choices held = choices;
        if (held != null) {
            return held;
        }
        long seen = generation.get();
        Choices fresh = readChoices();
        if (generation.get() == seen) {
            choices = fresh;                    // not if a publication changed the table meanwhile
        }
        return fresh;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(PublicationPublished event) {
        forget();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(PublicationWithdrawn event) {
        forget();
    }

    @Override
    public void forget() {
        generation.incrementAndGet();
        choices = null;
    }

    private Choices readChoices() {
        var facets = cases.facets();
        return new Choices(facets.congressIds().stream().map(id -> Map.entry(id, meetings.congress(id).name())).toList(),
                facets.meetingIds().stream().map(meetings::view).toList(), facets.units(), facets.classes(),
                facets.subjectAreas());
    }

    public MeetingView meeting(long meetingId) {
        return meetings.view(meetingId);
    }

    /** A meeting's published figures; empty if nothing of it is published (the page does not exist then). */
    public Optional<MeetingFigures> figures(long meetingId) {
        if (!cases.hasMeeting(meetingId)) {
            return Optional.empty();
        }
        return Optional.of(new MeetingFigures(meetings.view(meetingId), cases.count(Map.of("meeting_id",
                Long.toString(meetingId))), cases.figures(meetingId, "classification"),
                cases.figures(meetingId, "unit_name"), cases.figures(meetingId, "subject_area"),
                cases.figures(meetingId, "satisfaction")));
    }

    /**
     * 会议公开数据: how many cases are published, by class, by unit and by subject area, and by the deputy's rating
     * where the rules publish it (empty otherwise).
     */
    public record MeetingFigures(MeetingView meeting, long published, List<Figure> byClass,
                                 List<Figure> byUnit, List<Figure> bySubject, List<Figure> bySatisfaction) {

        /** How many published cases carry a rating. */
        public long rated() {
            return bySatisfaction.stream().mapToLong(Figure::count).sum();
        }

        /** 满意率 (满意 and 基本满意 among the rated), as a percentage with one decimal, or null without ratings. */
        public String satisfiedPercent() {
            long rated = rated();
            if (rated == 0) {
                return null;
            }
            long satisfied = bySatisfaction.stream().filter(f -> !"DISSATISFIED".equals(f.value()))
                    .mapToLong(Figure::count).sum();
            return java.math.BigDecimal.valueOf(satisfied * 100).divide(java.math.BigDecimal.valueOf(rated), 1,
                    java.math.RoundingMode.HALF_UP).toPlainString();
        }
    }

    /** One figure of a meeting page: a value and how many published cases have it. */
    public record Figure(String value, long count) {
    }

    /** The copies of a meeting in case-number order (open data); empty if nothing of it is published. */
    public Optional<List<PublicCase>> openData(long meetingId) {
        List<PublicCase> rows = cases.ofMeeting(meetingId);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows);
    }

    /** The newest publications (the feed). */
    public List<PublicCase> newest(int limit) {
        return cases.newest(limit);
    }

    /** Item ids and their publication times, newest first (the sitemap). */
    public List<Map.Entry<Long, java.time.Instant>> stamps(int limit) {
        return cases.stamps(limit);
    }
}
