package cn.jianyi.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side's one table: {@code published_copies} (ADR 0057), read and never written. A withdrawn or withheld
 * publication has no row, so nothing here can return it; nothing here reads the case file.
 */
@Component
class PublishedCases {

    private static final String COLUMNS = """
            publication_id, congress_id, meeting_id, unit_id, subject_area, classification, outcome,
            suggestion_number, deputy_name, suggestion_title, suggestion_text, reply_title, reply_salutation,
            reply_body, document_number, unit_name, signed_on, contact_line, copy_to, redactions, published_at,
            suggestion_text_kind, satisfaction""";

    /** The filter columns a {@link PublicFilter} may name; bigint ones are bound as numbers. */
    private static final Set<String> ID_KEYS = Set.of("congress_id", "meeting_id", "unit_id");
    private static final Set<String> TEXT_KEYS = Set.of("classification", "subject_area");

    private final JdbcClient jdbc;

    PublishedCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of the copies matching the filters, newest publication first. */
    @Transactional(readOnly = true)
    public List<PublicCase> page(Map<String, String> keys, int offset, int limit) {
        var where = where(keys);
        var statement = jdbc.sql("select " + COLUMNS + " from published_copies" + where.sql
                + " order by published_at desc, publication_id desc offset :offset rows fetch next :limit rows only");
        where.params.forEach(statement::param);
        return statement.param("offset", offset).param("limit", limit).query(PublishedCases::row).list();
    }

    /**
     * The copies matching the filters whose id is above {@code afterId}, in id order (the API's cursor pagination:
     * a copy published meanwhile has a higher id and comes on a later page; nothing is repeated or skipped).
     */
    @Transactional(readOnly = true)
    public List<PublicCase> after(Map<String, String> keys, long afterId, int limit) {
        var where = where(keys);
        var statement = jdbc.sql("select " + COLUMNS + " from published_copies"
                + (where.sql.isEmpty() ? " where" : where.sql + " and") + " publication_id > :after"
                + " order by publication_id fetch next :limit rows only");
        where.params.forEach(statement::param);
        return statement.param("after", afterId).param("limit", limit).query(PublishedCases::row).list();
    }

    /** How many copies match the filters. */
    @Transactional(readOnly = true)
    public long count(Map<String, String> keys) {
        var where = where(keys);
        var statement = jdbc.sql("select count(*) from published_copies" + where.sql);
        where.params.forEach(statement::param);
        return statement.query(Long.class).single();
    }

    /** The copies of these ids that are (still) published, in the order of the ids. */
    @Transactional(readOnly = true)
    public List<PublicCase> inOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, PublicCase> found = new java.util.HashMap<>();
        jdbc.sql("select " + COLUMNS + " from published_copies where publication_id in (:ids)").param("ids", ids)
                .query(PublishedCases::row).list().forEach(c -> found.put(c.id(), c));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    @Transactional(readOnly = true)
    public Optional<PublicCase> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from published_copies where publication_id = :id").param("id", id)
                .query(PublishedCases::row).optional();
    }

    /** Every copy, in batches by id (a rebuild of the index at 100,000 copies must not hold them all at once). */
    public void forEach(int batch, Consumer<List<PublicCase>> consumer) {
        long after = 0;
        while (true) {
            List<PublicCase> rows = jdbc.sql("select " + COLUMNS + " from published_copies where publication_id > :after"
                            + " order by publication_id fetch next :batch rows only")
                    .param("after", after).param("batch", batch).query(PublishedCases::row).list();
            if (rows.isEmpty()) {
                return;
            }
            consumer.accept(rows);
            after = rows.get(rows.size() - 1).id();
        }
    }

    /** The copies of a meeting in the order of their case numbers (open data). */
    @Transactional(readOnly = true)
    public List<PublicCase> ofMeeting(long meetingId) {
        return jdbc.sql("select " + COLUMNS + " from published_copies where meeting_id = :meeting"
                        + " order by suggestion_number, publication_id")
                .param("meeting", meetingId).query(PublishedCases::row).list();
    }

    /** The newest copies (the feed). */
    @Transactional(readOnly = true)
    public List<PublicCase> newest(int limit) {
        return page(Map.of(), 0, limit);
    }

    /** Id and publication time of the newest copies (the sitemap). */
    @Transactional(readOnly = true)
    public List<Map.Entry<Long, java.time.Instant>> stamps(int limit) {
        return jdbc.sql("select publication_id, published_at from published_copies"
                        + " order by published_at desc, publication_id desc fetch next :limit rows only")
                .param("limit", limit)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getTimestamp(2).toInstant())).list();
    }

    /** A count per value of a column among the copies of a meeting (class, unit). */
    @Transactional(readOnly = true)
    public List<PublicPortal.Figure> figures(long meetingId, String column) {
        if (!Set.of("classification", "unit_name", "subject_area", "satisfaction").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        return jdbc.sql("select " + column + ", count(*) from published_copies where meeting_id = :meeting"
                        + " and " + column + " is not null group by " + column + " order by count(*) desc, " + column)
                .param("meeting", meetingId).query((rs, n) -> new PublicPortal.Figure(rs.getString(1), rs.getLong(2))).list();
    }

    /** The values the copies hold, for the list's filters. */
    @Transactional(readOnly = true)
    public Facets facets() {
        return new Facets(
                jdbc.sql("select distinct congress_id from published_copies order by congress_id").query(Long.class).list(),
                jdbc.sql("select distinct meeting_id from published_copies order by meeting_id").query(Long.class).list(),
                jdbc.sql("select unit_id, min(unit_name) from published_copies group by unit_id order by min(unit_name)")
                        .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list(),
                jdbc.sql("select distinct classification from published_copies order by classification")
                        .query(String.class).list(),
                jdbc.sql("select distinct subject_area from published_copies order by subject_area")
                        .query(String.class).list());
    }

    /** The distinct values of the filter columns. */
    public record Facets(List<Long> congressIds, List<Long> meetingIds, List<Map.Entry<Long, String>> units,
                         List<String> classes, List<String> subjectAreas) {
    }

    /** Which meetings have a published copy. */
    @Transactional(readOnly = true)
    public boolean hasMeeting(long meetingId) {
        return jdbc.sql("select count(*) from published_copies where meeting_id = :meeting").param("meeting", meetingId)
                .query(Long.class).single() > 0;
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(Map<String, String> keys) {
        var clauses = new ArrayList<String>();
        var params = new java.util.LinkedHashMap<String, Object>();
        keys.forEach((column, value) -> {
            if (ID_KEYS.contains(column)) {
                params.put(column, Long.parseLong(value));
            } else if (TEXT_KEYS.contains(column)) {
                params.put(column, value);
            } else {
                throw new IllegalArgumentException(column);
            }
            clauses.add(column + " = :" + column);
        });
        return new Where(clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses), params);
    }

    static PublicCase row(ResultSet rs, int n) throws SQLException {
        return new PublicCase(rs.getLong("publication_id"), rs.getLong("congress_id"), rs.getLong("meeting_id"),
                rs.getLong("unit_id"), rs.getString("subject_area"), rs.getString("classification"),
                rs.getString("outcome"), rs.getInt("suggestion_number"), rs.getString("deputy_name"),
                rs.getString("suggestion_title"), rs.getString("suggestion_text"), rs.getString("reply_title"),
                rs.getString("reply_salutation"), rs.getString("reply_body"), rs.getString("document_number"),
                rs.getString("unit_name"), rs.getObject("signed_on", java.time.LocalDate.class),
                rs.getString("contact_line"), rs.getString("copy_to"), rs.getInt("redactions"),
                rs.getTimestamp("published_at").toInstant(), rs.getString("suggestion_text_kind"),
                rs.getString("satisfaction"));
    }
}
