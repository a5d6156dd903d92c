package cn.jianyi.portal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

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
public class PublicPortal {

    private final PublishedCases cases;
    private final PublicIndex index;
    private final Meetings meetings;

    PublicPortal(PublishedCases cases, PublicIndex index, Meetings meetings) {
        this.cases = cases;
        this.index = index;
        this.meetings = meetings;
    }

    /** A list item: the copy and, when words were searched, its best passage with the words marked. */
    public record Item(PublicCase copy, Snippet snippet) {
    }

    /** A page of the list. */
    public record Listing(PublicFilter filter, List<Item> items, long total) {

        public int pages() {
            return (int) Math.max(1, (total + PublicFilter.PAGE_SIZE - 1) / PublicFilter.PAGE_SIZE);
        }
    }

    /** The list: by relevance with words (the index), newest first without (the table). */
    public Listing list(PublicFilter filter) {
        int offset = filter.page() * PublicFilter.PAGE_SIZE;
        if (filter.words() == null) {
            return new Listing(filter, cases.page(filter.keys(), offset, PublicFilter.PAGE_SIZE).stream()
                    .map(c -> new Item(c, new Snippet(List.of()))).toList(), cases.count(filter.keys()));
        }
        if (offset + PublicFilter.PAGE_SIZE > 1000) {
            return new Listing(filter, List.of(), 0);          // beyond the 50th page of hits: refine the words
        }
        SearchResult hits = index.search(filter.words(), filter.keys(), offset, PublicFilter.PAGE_SIZE);
        List<PublicCase> found = cases.inOrder(hits.ids().stream().map(Long::valueOf).toList());
        return new Listing(filter, found.stream().map(c -> new Item(c, index.snippet(filter.words(), c))).toList(),
                hits.total());
    }

    public Optional<PublicCase> item(long id) {
        return cases.find(id);
    }

    /** The values to filter by, with names. */
    public record Choices(List<Map.Entry<Long, String>> congresses, List<MeetingView> meetings,
                          List<Map.Entry<Long, String>> units, List<String> classes, List<String> subjectAreas) {
    }

    public Choices choices() {
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
                cases.figures(meetingId, "unit_name"), cases.figures(meetingId, "subject_area")));
    }

    /** 会议公开数据: how many cases are published, by class, by unit and by subject area. */
    public record MeetingFigures(MeetingView meeting, long published, List<PublishedCases.Figure> byClass,
                                 List<PublishedCases.Figure> byUnit, List<PublishedCases.Figure> bySubject) {
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
