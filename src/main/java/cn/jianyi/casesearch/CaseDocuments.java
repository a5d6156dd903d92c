package cn.jianyi.casesearch;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.jianyi.search.IndexedDocument;

/**
 * Reads what the index holds of cases and archived letters, in batches of ids: a read-only projection of the case
 * file's tables (as the statistics read them), so that a rebuild of a million cases costs a few queries per 500 and
 * not several per case. What a page shows is never taken from here but read back through the owning modules.
 * <p>
 * Per case: the document {@code s<id>} (title, text, the deputy and number, every signed reply's text, the contact
 * summaries; seen by whoever sees the case) and, when the case has co-unit opinions, {@code o<id>} (the opinions;
 * never seen by deputies, as on the case page). Per confirmed letter: {@code l<id>}.
 */
@Component
class CaseDocuments {

    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String REPLY = "reply";
    static final String CONTACT = "contact";
    static final String META = "meta";
    static final List<String> FIELDS = List.of(TITLE, TEXT, REPLY, CONTACT, META);

    /** The document kinds (key {@code doc}). */
    static final String CASE = "case";
    static final String OPINION = "opinion";
    static final String LETTER = "letter";

    static final int BATCH = 500;

    private final JdbcClient jdbc;

    CaseDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String caseId(long id) {
        return "s" + id;
    }

    static String opinionId(long id) {
        return "o" + id;
    }

    static String letterId(long id) {
        return "l" + id;
    }

    /** What the index should hold for these cases and letters: documents to put, and ids to remove. */
    record Batch(List<IndexedDocument> puts, List<String> removals) {
    }

    Batch load(Set<Long> caseIds, Set<Long> letterIds) {
        var puts = new ArrayList<IndexedDocument>();
        var removals = new ArrayList<String>();
        if (!caseIds.isEmpty()) {
            var docs = cases(List.copyOf(caseIds));
            for (long id : caseIds) {
                var found = docs.get(id);
                if (found == null) {
                    removals.add(caseId(id));
                    removals.add(opinionId(id));
                } else {
                    puts.addAll(found);
                    if (found.size() == 1) {
                        removals.add(opinionId(id));
                    }
                }
            }
        }
        if (!letterIds.isEmpty()) {
            var docs = letters(List.copyOf(letterIds));
            for (long id : letterIds) {
                if (docs.containsKey(id)) {
                    puts.add(docs.get(id));
                } else {
                    removals.add(letterId(id));
                }
            }
        }
        return new Batch(puts, removals);
    }

    /** Every document, handed over batch by batch; {@code progress} is told the cases and letters done so far. */
    void forEach(Consumer<IndexedDocument> add, java.util.function.BiConsumer<Long, Long> progress) {
        long after = 0;
        long done = 0;
        while (true) {
            List<Long> ids = jdbc.sql("select id from suggestions where id > :after order by id limit :batch")
                    .param("after", after).param("batch", BATCH).query(Long.class).list();
            if (ids.isEmpty()) {
                break;
            }
            cases(ids).values().forEach(list -> list.forEach(add));
            after = ids.get(ids.size() - 1);
            done += ids.size();
            progress.accept(done, 0L);
        }
        after = 0;
        long letters = 0;
        while (true) {
            List<Long> ids = jdbc.sql("select id from archived_letters where id > :after and status = 'CONFIRMED' order by id limit :batch")
                    .param("after", after).param("batch", BATCH).query(Long.class).list();
            if (ids.isEmpty()) {
                break;
            }
            letters(ids).values().forEach(add);
            after = ids.get(ids.size() - 1);
            letters += ids.size();
            progress.accept(done, letters);
        }
    }

    /** How many cases and confirmed letters the database holds (a rebuild's total). */
    long[] totals() {
        return new long[] {jdbc.sql("select count(*) from suggestions").query(Long.class).single(),
                jdbc.sql("select count(*) from archived_letters where status = 'CONFIRMED'").query(Long.class).single()};
    }

    private Map<Long, List<IndexedDocument>> cases(List<Long> ids) {
        record Row(long id, long meetingId, long congressId, int year, int number, String title, String content,
                   String deputy, String status, String category, Instant registeredAt) {
        }
        var rows = jdbc.sql("""
                        select s.id, s.meeting_id, t.congress_id, m.opened_on, s.number, s.title, s.content,
                               d.name as deputy, s.status, s.category, s.registered_at
                          from suggestions s
                          join meetings m on m.id = s.meeting_id
                          join congress_terms t on t.id = m.term_id
                          join deputies d on d.id = s.lead_deputy_id
                         where s.id in (:ids)""")
                .param("ids", ids)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("meeting_id"), rs.getLong("congress_id"),
                        rs.getObject("opened_on", java.time.LocalDate.class).getYear(), rs.getInt("number"),
                        rs.getString("title"), rs.getString("content"), rs.getString("deputy"), rs.getString("status"),
                        rs.getString("category"), rs.getObject("registered_at", OffsetDateTime.class).toInstant()))
                .list();
        Map<Long, Set<String>> units = multi("select suggestion_id, unit_id from suggestion_units where suggestion_id in (:ids)", ids);
        Map<Long, Set<String>> deputies = multi("""
                select s.id, s.lead_deputy_id from suggestions s where s.id in (:ids)
                union select cs.suggestion_id, cs.deputy_id from suggestion_co_signers cs where cs.suggestion_id in (:ids)
                union select ms.merged_into, ms.lead_deputy_id from suggestions ms where ms.merged_into in (:ids)
                union select ms.merged_into, mcs.deputy_id from suggestions ms
                        join suggestion_co_signers mcs on mcs.suggestion_id = ms.id where ms.merged_into in (:ids)""", ids);
        Map<Long, Set<String>> classes = multi("""
                select suggestion_id, coalesce(reviewed_classification, classification) from replies
                 where status = 'SIGNED' and suggestion_id in (:ids)""", ids);
        Map<Long, String> replies = texts("""
                select suggestion_id, body from replies where status = 'SIGNED' and suggestion_id in (:ids)
                 order by suggestion_id, round, id""", ids);
        Map<Long, String> contacts = texts("""
                select suggestion_id, summary from contact_records where suggestion_id in (:ids)
                 order by suggestion_id, id""", ids);
        Map<Long, String> opinions = texts("""
                select suggestion_id, opinion from co_unit_opinions where suggestion_id in (:ids)
                 order by suggestion_id, id""", ids);
        var result = new LinkedHashMap<Long, List<IndexedDocument>>();
        for (Row row : rows) {
            Map<String, String> keys = Map.of("doc", CASE, "congress", Long.toString(row.congressId()),
                    "meeting", Long.toString(row.meetingId()), "year", Integer.toString(row.year()),
                    "status", row.status(), "subject", row.category());
            Map<String, Set<String>> tags = Map.of("unit", units.getOrDefault(row.id(), Set.of()),
                    "deputy", deputies.getOrDefault(row.id(), Set.of()),
                    "class", classes.getOrDefault(row.id(), Set.of()));
            var docs = new ArrayList<IndexedDocument>();
            docs.add(new IndexedDocument(caseId(row.id()), Map.of(TITLE, row.title(), TEXT, row.content(),
                    REPLY, replies.getOrDefault(row.id(), ""), CONTACT, contacts.getOrDefault(row.id(), ""),
                    META, row.deputy() + " 第" + row.number() + "号"), keys, tags, row.registeredAt()));
            if (opinions.containsKey(row.id())) {
                var opinionKeys = new HashMap<>(keys);
                opinionKeys.put("doc", OPINION);
                var opinionTags = new HashMap<>(tags);
                opinionTags.remove("deputy");
                docs.add(new IndexedDocument(opinionId(row.id()), Map.of(TEXT, opinions.get(row.id())), opinionKeys,
                        opinionTags, row.registeredAt()));
            }
            result.put(row.id(), docs);
        }
        return result;
    }

    private Map<Long, IndexedDocument> letters(List<Long> ids) {
        var result = new LinkedHashMap<Long, IndexedDocument>();
        jdbc.sql("""
                        select l.id, l.title, l.reply_text, l.issuer, l.doc_number, l.letter_year, l.classification,
                               l.unit_id, l.meeting_id, l.letter_date, l.decided_at
                          from archived_letters l where l.status = 'CONFIRMED' and l.id in (:ids)""")
                .param("ids", ids)
                .query(rs -> {
                    long id = rs.getLong("id");
                    var keys = new HashMap<String, String>();
                    keys.put("doc", LETTER);
                    if (rs.getObject("letter_year") != null) {
                        keys.put("year", Integer.toString(rs.getInt("letter_year")));
                    }
                    if (rs.getObject("meeting_id") != null) {
                        keys.put("meeting", Long.toString(rs.getLong("meeting_id")));
                    }
                    var tags = new HashMap<String, Set<String>>();
                    tags.put("unit", rs.getObject("unit_id") == null ? Set.of() : Set.of(Long.toString(rs.getLong("unit_id"))));
                    tags.put("class", rs.getString("classification") == null ? Set.of() : Set.of(rs.getString("classification")));
                    var decided = rs.getObject("decided_at", OffsetDateTime.class);
                    var date = rs.getObject("letter_date", java.time.LocalDate.class);
                    Instant time = date != null ? date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                            : decided != null ? decided.toInstant() : Instant.EPOCH;
                    result.put(id, new IndexedDocument(letterId(id), Map.of(
                            TITLE, nonNull(rs.getString("title")), REPLY, nonNull(rs.getString("reply_text")),
                            META, nonNull(rs.getString("issuer")) + " " + nonNull(rs.getString("doc_number"))),
                            keys, tags, time));
                });
        return result;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private Map<Long, Set<String>> multi(String sql, List<Long> ids) {
        var result = new HashMap<Long, Set<String>>();
        jdbc.sql(sql).param("ids", ids).query(rs -> {
            result.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
        });
        return result;
    }

    private Map<Long, String> texts(String sql, List<Long> ids) {
        var result = new HashMap<Long, StringBuilder>();
        jdbc.sql(sql).param("ids", ids).query(rs -> {
            result.computeIfAbsent(rs.getLong(1), k -> new StringBuilder()).append(rs.getString(2)).append('\n');
        });
        var out = new HashMap<Long, String>();
        result.forEach((k, v) -> out.put(k, v.toString()));
        return out;
    }
}
