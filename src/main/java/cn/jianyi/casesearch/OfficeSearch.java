package cn.jianyi.casesearch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import cn.jianyi.archive.ArchiveManagement;
import cn.jianyi.archive.ArchivedLetter;
import cn.jianyi.handling.CoUnitOpinion;
import cn.jianyi.handling.CoUnitOpinions;
import cn.jianyi.handling.ContactLog;
import cn.jianyi.handling.ContactRecord;
import cn.jianyi.handling.Reply;
import cn.jianyi.handling.ReplyQueries;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.DataScope;
import cn.jianyi.identity.Directory;
import cn.jianyi.identity.Permission;
import cn.jianyi.search.SearchQuery;
import cn.jianyi.search.SearchResult;
import cn.jianyi.search.Snippet;
import cn.jianyi.search.TextIndex;
import cn.jianyi.suggestion.MeetingView;
import cn.jianyi.suggestion.Meetings;
import cn.jianyi.suggestion.PageOf;
import cn.jianyi.suggestion.SuggestionFilter;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.suggestion.SuggestionQueries;
import cn.jianyi.suggestion.SuggestionSummary;

/**
 * 全文检索 (ADR 0061): the reader's words, filters and page as one Lucene query with the reader's data scope in it,
 * the facets counted over the same query, and each hit read back through the owning module's scoped query (a case
 * outside the scope, or gone, is dropped) with its best passage highlighted. While the index is rebuilt, the words
 * are matched in the database instead (titles and texts of the cases in scope) with a notice.
 */
@Service
public class OfficeSearch {

    /** Hits on a page. */
    public static final int PAGE_SIZE = 20;
    /** The deepest page: beyond it a reader refines the words or the filters. */
    static final int MAX_PAGE = 50;
    /** The longest query read, in characters. */
    public static final int MAX_LENGTH = 100;
    static final int MAX_WORDS = 10;
    static final List<String> FACETS = List.of("meeting", "year", "unit", "status", "class");

    private final CaseIndex index;
    private final SuggestionQueries suggestions;
    private final SuggestionManagement caseFiles;
    private final ReplyQueries replies;
    private final ContactLog contacts;
    private final CoUnitOpinions opinions;
    private final ArchiveManagement archive;
    private final Meetings meetings;
    private final Directory directory;

    OfficeSearch(CaseIndex index, SuggestionQueries suggestions, SuggestionManagement caseFiles, ReplyQueries replies,
                 ContactLog contacts, CoUnitOpinions opinions, ArchiveManagement archive, Meetings meetings,
                 Directory directory) {
        this.index = index;
        this.suggestions = suggestions;
        this.caseFiles = caseFiles;
        this.replies = replies;
        this.contacts = contacts;
        this.opinions = opinions;
        this.archive = archive;
        this.meetings = meetings;
        this.directory = directory;
    }

    /**
     * The words as the index reads them: split at white space, words without a letter or digit dropped (so that
     * {@code a AND (} looks for "a" and "AND"); empty if nothing is left.
     */
    static List<String> words(String typed) {
        var words = new ArrayList<String>();
        for (String word : typed.strip().split("[\\s\\u3000]+")) {
            if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words.add(word);
            }
        }
        return words;
    }

    /** The problem with the typed words, as a message key, or null if they can be searched. */
    static String problemWith(String typed) {
        if (typed.isEmpty()) {
            return null;
        }
        if (typed.length() > MAX_LENGTH) {
            return "search.words.tooLong";
        }
        List<String> words = words(typed);
        if (words.isEmpty()) {
            return "search.words.noText";
        }
        if (words.size() > MAX_WORDS) {
            return "search.words.tooMany";
        }
        if (words.stream().allMatch(w -> w.codePointCount(0, w.length()) == 1)) {
            return "search.words.tooShort";
        }
        return null;
    }

    public SearchPage search(SearchRequest request, CurrentUser me) {
        String problem = problemWith(request.words());
        if (problem != null) {
            return SearchPage.problem(problem);
        }
        String words = String.join(" ", words(request.words()));
        var scope = new SearchScope(me.dataScope(), me.can(Permission.ARCHIVE_READ));
        Optional<TextIndex> ready = index.ready();
        if (ready.isEmpty()) {
            return fromDatabase(request, words, me.dataScope());
        }
        TextIndex lucene = ready.get();
        int page = Math.min(request.page(), MAX_PAGE);
        SearchQuery query = query(request, words, scope, (page - 1) * PAGE_SIZE);
        SearchResult result = lucene.search(query);
        int pages = (int) Math.max(1, Math.min(MAX_PAGE, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        var facets = new LinkedHashMap<String, List<SearchPage.Facet>>();
        if (!words.isEmpty()) {
            var kinds = new ArrayList<SearchPage.Facet>();
            SearchQuery anyKind = query(request.kindless(), words, scope, 0);
            for (HitKind kind : HitKind.values()) {
                long count = lucene.count(restricted(anyKind, kind));
                if (count > 0 || kind == request.kind()) {
                    kinds.add(new SearchPage.Facet(kind.name(), null, "search.kind." + kind.name(), count,
                            kind == request.kind()));
                }
            }
            facets.put("kind", kinds);
        }
        lucene.facets(query, FACETS, 30).forEach((name, counts) -> facets.put(name, counts.entrySet().stream()
                .map(e -> facet(name, e.getKey(), e.getValue(), chosen(request, name)))
                .filter(f -> f != null).toList()));
        return new SearchPage(hits(result.ids(), request.kind(), words, me.dataScope(), lucene), result.total(),
                page, pages, facets, null, false);
    }

    private static SearchQuery query(SearchRequest request, String words, SearchScope scope, int offset) {
        var filters = new HashMap<String, String>();
        if (request.meetingId() != null) {
            filters.put("meeting", request.meetingId().toString());
        }
        if (request.year() != null) {
            filters.put("year", request.year().toString());
        }
        if (request.unitId() != null) {
            filters.put("unit", request.unitId().toString());
        }
        if (request.status() != null) {
            filters.put("status", request.status());
        }
        if (request.classification() != null) {
            filters.put("class", request.classification());
        }
        var query = new SearchQuery(words, filters, scope.clauses(), null, offset, PAGE_SIZE);
        return request.kind() == null ? query : restricted(query, request.kind());
    }

    private static SearchQuery restricted(SearchQuery query, HitKind kind) {
        var filters = new HashMap<>(query.filters());
        filters.put("doc", kind.doc());
        return new SearchQuery(query.words(), filters, query.scope(), kind.fields(), query.offset(), query.limit());
    }

    private static String chosen(SearchRequest request, String name) {
        return switch (name) {
            case "meeting" -> request.meetingId() == null ? null : request.meetingId().toString();
            case "year" -> request.year() == null ? null : request.year().toString();
            case "unit" -> request.unitId() == null ? null : request.unitId().toString();
            case "status" -> request.status();
            case "class" -> request.classification();
            default -> null;
        };
    }

    private SearchPage.Facet facet(String name, String value, long count, String chosen) {
        boolean isChosen = value.equals(chosen);
        return switch (name) {
            case "meeting" -> meetings.find(Long.parseLong(value))
                    .map(m -> new SearchPage.Facet(value, m.congressShortName() + m.name(), null, count, isChosen))
                    .orElse(null);
            case "unit" -> directory.findUnit(Long.parseLong(value))
                    .map(u -> new SearchPage.Facet(value, u.shortName(), null, count, isChosen)).orElse(null);
            case "year" -> new SearchPage.Facet(value, value + "年", null, count, isChosen);
            case "status" -> new SearchPage.Facet(value, null, "Suggestion.Status." + value, count, isChosen);
            case "class" -> new SearchPage.Facet(value, value + "类", null, count, isChosen);
            default -> new SearchPage.Facet(value, value, null, count, isChosen);
        };
    }

    /** The hits read back through the owning modules, in the index's order; what the reader may not see is dropped. */
    private List<SearchPage.Hit> hits(List<String> ids, HitKind asked, String words, DataScope scope, TextIndex lucene) {
        var caseIds = ids.stream().filter(id -> !id.startsWith("l")).map(id -> Long.parseLong(id.substring(1)))
                .collect(Collectors.toSet());
        Map<Long, SuggestionSummary> cases = suggestions.summariesOf(caseIds, scope).stream()
                .collect(Collectors.toMap(SuggestionSummary::id, Function.identity()));
        var query = new SearchQuery(words, Map.of(), 0, 1);
        var hits = new ArrayList<SearchPage.Hit>();
        for (String id : ids) {
            long key = Long.parseLong(id.substring(1));
            if (id.startsWith("l")) {
                archive.record(key).filter(l -> l.status() == ArchivedLetter.Status.CONFIRMED)
                        .ifPresent(letter -> hits.add(letterHit(letter, query, lucene)));
                continue;
            }
            SuggestionSummary summary = cases.get(key);
            if (summary == null) {
                continue;
            }
            String facts = meetingName(summary) + " 第" + summary.number() + "号 · "
                    + summary.leadDeputyName() + (summary.leadUnitName() == null ? "" : " · " + summary.leadUnitName());
            String url = "/suggestions/" + key;
            if (id.startsWith("o")) {
                String text = opinions.opinionsOf(key).stream().map(CoUnitOpinion::opinion).collect(Collectors.joining("\n"));
                hits.add(new SearchPage.Hit(HitKind.OPINION, url, summary.title(), facts,
                        lucene.snippet(query, CaseDocuments.TEXT, text)));
                continue;
            }
            hits.add(caseHit(key, summary, asked, query, lucene, url, facts));
        }
        return hits;
    }

    private SearchPage.Hit caseHit(long id, SuggestionSummary summary, HitKind asked, SearchQuery query,
                                   TextIndex lucene, String url, String facts) {
        if (!query.hasWords()) {
            return new SearchPage.Hit(HitKind.SUGGESTION, url, summary.title(), facts, new Snippet(List.of()));
        }
        var candidates = new ArrayList<Map.Entry<HitKind, Map.Entry<String, java.util.function.Supplier<String>>>>();
        candidates.add(Map.entry(HitKind.SUGGESTION, Map.entry(CaseDocuments.TITLE, summary::title)));
        candidates.add(Map.entry(HitKind.SUGGESTION, Map.entry(CaseDocuments.TEXT, () -> caseFiles.get(id).content())));
        candidates.add(Map.entry(HitKind.REPLY, Map.entry(CaseDocuments.REPLY, () -> replies.signedRepliesOf(id).stream()
                .map(Reply::body).collect(Collectors.joining("\n")))));
        candidates.add(Map.entry(HitKind.CONTACT, Map.entry(CaseDocuments.CONTACT, () -> contacts.contactsOf(id).stream()
                .map(ContactRecord::summary).collect(Collectors.joining("\n")))));
        Snippet titleSnippet = null;
        for (var candidate : candidates) {
            if (asked != null && candidate.getKey() != asked) {
                continue;
            }
            Snippet snippet = lucene.snippet(query, candidate.getValue().getKey(), candidate.getValue().getValue().get());
            if (matches(snippet)) {
                if (candidate.getValue().getKey().equals(CaseDocuments.TITLE)) {
                    titleSnippet = snippet;       // the title is shown anyway: a passage of the text says more
                    continue;
                }
                return new SearchPage.Hit(candidate.getKey(), url, summary.title(), facts, snippet);
            }
        }
        return new SearchPage.Hit(HitKind.SUGGESTION, url, summary.title(), facts,
                titleSnippet == null ? new Snippet(List.of()) : titleSnippet);
    }

    private SearchPage.Hit letterHit(ArchivedLetter letter, SearchQuery query, TextIndex lucene) {
        var fields = letter.fields();
        String title = fields.title() == null ? letter.fileName() : fields.title();
        String facts = (fields.issuer() == null ? "" : fields.issuer())
                + (fields.docNumber() == null ? "" : " " + fields.docNumber())
                + (fields.letterYear() == null ? "" : " · " + fields.letterYear() + "年");
        Snippet snippet = lucene.snippet(query, CaseDocuments.REPLY, fields.replyText());
        if (!matches(snippet)) {
            snippet = lucene.snippet(query, CaseDocuments.TITLE, title);
        }
        return new SearchPage.Hit(HitKind.LETTER, "/archive/" + letter.id(), title, facts.strip(), snippet);
    }

    /** 二届四次会议, as the pages name a meeting. */
    private static String meetingName(SuggestionSummary s) {
        return cn.jianyi.shared.ChineseNumerals.of(s.term()) + "届" + cn.jianyi.shared.ChineseNumerals.of(s.meeting())
                + "次会议";
    }

    /** Whether the passage marks a word (the highlighter falls back to the text's start when nothing matched). */
    private static boolean matches(Snippet snippet) {
        return snippet.pieces().stream().anyMatch(Snippet.Piece::matched);
    }

    /** While the index is rebuilt: the words matched in the cases' titles and texts in the database, with a notice. */
    private SearchPage fromDatabase(SearchRequest request, String words, DataScope scope) {
        PageOf<SuggestionSummary> found = suggestions.search(new SuggestionFilter(request.meetingId(), null,
                request.unitId(), words.isEmpty() ? null : words), scope, Math.min(request.page(), MAX_PAGE), PAGE_SIZE);
        var hits = found.items().stream().map(s -> new SearchPage.Hit(HitKind.SUGGESTION, "/suggestions/" + s.id(),
                s.title(), meetingName(s) + " 第" + s.number() + "号 · " + s.leadDeputyName(),
                new Snippet(List.of()))).toList();
        return new SearchPage(hits, found.total(), found.page(), Math.min(MAX_PAGE, found.pages()), Map.of(), null,
                true, found.totalCapped());
    }
}
