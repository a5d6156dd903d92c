package cn.jianyi.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.archive.ArchiveManagement;
import cn.jianyi.archive.ArchivedLetter;
import cn.jianyi.casesearch.CaseIndex;
import cn.jianyi.handling.Commitment;
import cn.jianyi.handling.Commitments;
import cn.jianyi.handling.Reply;
import cn.jianyi.handling.ReplyQueries;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.Permission;
import cn.jianyi.suggestion.MeetingView;
import cn.jianyi.suggestion.Meetings;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.suggestion.SuggestionQueries;
import cn.jianyi.suggestion.SuggestionSummary;

/**
 * 类案: the suggestions and archived letters most like a text (a draft, a registration, a case's own text), among
 * what the reader may see (ADR 0063 addendum). The office-wide index proposes candidates by shared bigrams
 * ({@link CaseIndex#similar}, with the reader's data scope in the query); {@link SimilarityRanker} orders them with
 * its synonyms, abbreviations and field weights; each comes with its reply, class, unit and the state of its
 * commitments (跟踪办理), and — when the case being registered or assigned may be merged into it — the 并案 link.
 */
@Service
public class SimilarCases {

    /** How many candidates the index proposes for re-ranking. */
    static final int CANDIDATES = 30;
    /** Texts shorter than this (in characters, without spaces) give no list: too little to compare. */
    static final int SHORTEST = 4;
    /** How much two titles must share for the 并案 link ({@link #titlesOverlap}). */
    static final double SAME_MATTER = 0.3;
    /** The least share of the character pairs of the text's first line (its title) a listed item must contain. */
    static final double CLOSE = 0.25;
    /** The least score, relative to the best one's, that the list still shows. */
    static final double RELATIVE = 0.35;
    /** How much of a reply the list shows. */
    static final int EXCERPT = 90;

    private final CaseIndex index;
    private final SimilarityRanker ranker = new SimilarityRanker();
    private final SuggestionManagement cases;
    private final SuggestionQueries queries;
    private final ReplyQueries replies;
    private final Commitments commitments;
    private final ArchiveManagement archive;
    private final Meetings meetings;
    private final Clock clock;

    SimilarCases(CaseIndex index, SuggestionManagement cases, SuggestionQueries queries, ReplyQueries replies,
                 Commitments commitments, ArchiveManagement archive, Meetings meetings, Clock clock) {
        this.index = index;
        this.cases = cases;
        this.queries = queries;
        this.replies = replies;
        this.commitments = commitments;
        this.archive = archive;
        this.meetings = meetings;
        this.clock = clock;
    }

    /** One similar case or letter as the panel shows it. */
    public record Similar(boolean letter, String url, String title, String facts, String unit, String classification,
                          String replyExcerpt, Promises promises, Integer mergeNumber, double score) {
    }

    /** The commitments (跟踪办理) of a case: how many, kept, explained, open and of those overdue. */
    public record Promises(int total, int kept, int explained, int open, int overdue) {

        static final Promises NONE = new Promises(0, 0, 0, 0, 0);

        public boolean any() {
            return total > 0;
        }
    }

    /**
     * The cases and letters most like {@code text}, best first, at most {@code limit}; never the case
     * {@code forCase} itself. When {@code forCase} is a registered case and the reader may assign, a similar case of
     * the same meeting that is itself neither merged nor closed carries its number for the 并案 link.
     */
    @Transactional(readOnly = true)
    public List<Similar> similarTo(String text, Long forCase, CurrentUser me, int limit) {
        String query = text == null ? "" : text.strip();
        if (query.replaceAll("\\s", "").length() < SHORTEST) {
            return List.of();
        }
        List<CaseIndex.Candidate> found = index.similar(query, me.dataScope(), me.can(Permission.ARCHIVE_READ),
                CANDIDATES);
        var candidates = new ArrayList<Candidate>();
        Map<String, Object> sources = new HashMap<>();
        for (CaseIndex.Candidate c : found) {
            if (c.kind() == CaseIndex.Candidate.Kind.CASE) {
                if (forCase != null && c.id() == forCase) {
                    continue;
                }
                Suggestion s = cases.get(c.id());
                List<Reply> signed = replies.signedRepliesOf(c.id());
                Reply latest = signed.isEmpty() ? null : signed.get(signed.size() - 1);
                candidates.add(new Candidate("s" + c.id(), s.title(),
                        s.content() + (latest == null ? "" : "\n" + latest.body())));
                sources.put("s" + c.id(), new CaseSource(s, latest));
            } else {
                Optional<ArchivedLetter> letter = archive.record(c.id())
                        .filter(l -> l.status() == ArchivedLetter.Status.CONFIRMED);
                letter.ifPresent(l -> {
                    String title = l.fields().title() == null ? l.fileName() : l.fields().title();
                    candidates.add(new Candidate("l" + c.id(), title,
                            l.fields().replyText() == null ? "" : l.fields().replyText()));
                    sources.put("l" + c.id(), l);
                });
            }
        }
        Suggestion current = forCase == null ? null : cases.get(forCase);
        boolean mayMerge = current != null && current.status() == Suggestion.Status.REGISTERED
                && me.can(Permission.ASSIGNMENT_ASSIGN);
        List<Ranked> order = ranker.rank(query, candidates);
        double top = order.isEmpty() ? 0 : order.get(0).score();
        // a list of near misses helps nobody: only those that name what the text's first line names, and within
        // reach of the best (a score alone says nothing absolute: its scale depends on the candidates)
        var named = pairs(query.lines().findFirst().orElse(query));
        List<Ranked> best = order.stream()
                .filter(r -> r.score() > 0 && r.score() >= top * RELATIVE)
                .filter(r -> covered(named, r.candidate().title() + "\n" + r.candidate().text()) >= CLOSE)
                .limit(limit).toList();
        Map<Long, SuggestionSummary> summaries = new HashMap<>();
        queries.summariesOf(best.stream().map(r -> r.candidate().id()).filter(id -> id.startsWith("s"))
                        .map(id -> Long.valueOf(id.substring(1))).toList(), me.dataScope())
                .forEach(summary -> summaries.put(summary.id(), summary));
        var result = new ArrayList<Similar>();
        for (Ranked ranked : best) {
            Object source = sources.get(ranked.candidate().id());
            if (source instanceof CaseSource c) {
                result.add(caseItem(c, summaries.get(c.suggestion().id()), ranked.score(), mayMerge ? current : null));
            } else if (source instanceof ArchivedLetter l) {
                result.add(letterItem(l, ranked.score()));
            }
        }
        return result;
    }

    /** The case's own text, for "the history of this topic" on its page. */
    @Transactional(readOnly = true)
    public String textOf(long caseId, CurrentUser me) {
        Suggestion s = queries.details(caseId, me.dataScope()).suggestion();     // 404 outside the reader's scope
        return s.title() + "\n" + s.content();
    }

    private record CaseSource(Suggestion suggestion, Reply latest) {
    }

    private Similar caseItem(CaseSource c, SuggestionSummary summary, double score, Suggestion mergeFrom) {
        Suggestion s = c.suggestion();
        MeetingView meeting = meetings.view(s.meetingId());
        String unit = summary == null ? null : summary.leadUnitName();
        String facts = meeting.congressShortName() + meeting.name() + " 第" + s.number() + "号 · "
                + (summary == null ? "" : summary.leadDeputyName());
        Reply latest = c.latest();
        Integer mergeNumber = mergeFrom != null && mergeFrom.meetingId().equals(s.meetingId())
                && s.mergedInto() == null && s.status() != Suggestion.Status.CONCLUDED
                && titlesOverlap(mergeFrom.title(), s.title()) >= SAME_MATTER ? s.number() : null;
        return new Similar(false, "/suggestions/" + s.id(), s.title(), facts, unit,
                latest == null ? null : latest.effectiveClassification().name(),
                latest == null ? null : excerpt(latest.body()), promises(s.id()), mergeNumber, score);
    }

    private Similar letterItem(ArchivedLetter l, double score) {
        var f = l.fields();
        String title = f.title() == null ? l.fileName() : f.title();
        String facts = ((f.issuer() == null ? "" : f.issuer()) + (f.docNumber() == null ? "" : " " + f.docNumber())
                + (f.letterYear() == null ? "" : " · " + f.letterYear() + "年")).strip();
        return new Similar(true, "/archive/" + l.id(), title, facts, f.issuer(), f.classification(),
                f.replyText() == null ? null : excerpt(f.replyText()), Promises.NONE, null, score);
    }

    private Promises promises(long caseId) {
        List<Commitment> all = commitments.commitmentsOf(caseId);
        if (all.isEmpty()) {
            return Promises.NONE;
        }
        LocalDate today = LocalDate.now(clock);
        int kept = 0;
        int explained = 0;
        int open = 0;
        int overdue = 0;
        for (Commitment c : all) {
            switch (c.status()) {
                case FULFILLED -> kept++;
                case EXPLAINED -> explained++;
                case OPEN -> {
                    open++;
                    if (c.dueOn() != null && c.dueOn().isBefore(today)) {
                        overdue++;
                    }
                }
            }
        }
        return new Promises(all.size(), kept, explained, open, overdue);
    }

    /**
     * How much two titles share, as the overlap coefficient of their character pairs without the frame 关于…的建议:
     * 并案 is for suggestions on the same matter, which their titles name (a list may hold weaker likenesses).
     */
    static double titlesOverlap(String a, String b) {
        var pairsA = pairs(a);
        var pairsB = pairs(b);
        if (pairsA.isEmpty() || pairsB.isEmpty()) {
            return 0;
        }
        long shared = pairsA.stream().filter(pairsB::contains).count();
        return (double) shared / Math.min(pairsA.size(), pairsB.size());
    }

    /** The share of these pairs found in the text. */
    static double covered(java.util.Set<String> pairs, String text) {
        if (pairs.isEmpty()) {
            return 0;
        }
        return (double) pairs.stream().filter(text::contains).count() / pairs.size();
    }

    private static java.util.Set<String> pairs(String title) {
        String core = title.strip().replaceFirst("^关于", "").replaceFirst("(的)?(建议|提案|意见)$", "")
                .replaceAll("[\\s\\p{Punct}《》“”（）、，。]", "");
        var pairs = new java.util.HashSet<String>();
        for (int i = 0; i + 2 <= core.length(); i++) {
            pairs.add(core.substring(i, i + 2));
        }
        return pairs;
    }

    /** The reply's first words past its opening formula (您提出的《…》收悉，现答复如下：). */
    static String excerpt(String body) {
        String text = body.strip();
        int opening = text.indexOf("现答复如下");
        if (opening >= 0 && opening < 200) {
            text = text.substring(opening + "现答复如下".length()).replaceFirst("^[：:。，\\s]+", "");
        }
        text = text.replaceAll("\\s+", " ");
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "…";
    }
}
