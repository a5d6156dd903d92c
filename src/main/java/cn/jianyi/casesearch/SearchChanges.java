package cn.jianyi.casesearch;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The change log the index follows ({@code search_changes}, ADR 0061): a row per act that changed what the index holds
 * of a case or a letter, written in the act's own transaction, read by every instance after its applied position.
 */
@Component
class SearchChanges {

    enum Subject {
        CASE, LETTER
    }

    record Change(long id, Subject subject, long subjectId) {
    }

    private final JdbcClient jdbc;

    SearchChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends a row in the current transaction (the system clock: rows are compared with it across instances). */
    void append(Subject subject, long subjectId) {
        jdbc.sql("insert into search_changes (subject, subject_id, changed_at) values (:subject, :id, :at)")
                .param("subject", subject.name()).param("id", subjectId).param("at", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC))
                .update();
    }

    /** The rows after this position, in id order, at most {@code limit}. */
    List<Change> after(long position, int limit) {
        return jdbc.sql("select id, subject, subject_id from search_changes where id > :position order by id limit :limit")
                .param("position", position).param("limit", limit)
                .query((rs, n) -> new Change(rs.getLong(1), Subject.valueOf(rs.getString(2)), rs.getLong(3)))
                .list();
    }

    /** The highest id written (0 for none). */
    long last() {
        return jdbc.sql("select coalesce(max(id), 0) from search_changes").query(Long.class).single();
    }

    /**
     * The highest id written before {@code before}: a rebuild that starts now sees every act committed up to it,
     * except one still open after that time, which the follower replays from here anyway.
     */
    long settledBefore(Instant before) {
        return jdbc.sql("select coalesce(max(id), 0) from search_changes where changed_at < :before")
                .param("before", before.atOffset(java.time.ZoneOffset.UTC)).query(Long.class).single();
    }
}
