package cn.jianyi.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.calendar.WorkingDays;
import cn.jianyi.identity.DataScope;
import cn.jianyi.shared.ChineseNumerals;
import cn.jianyi.suggestion.CongressConditions;

/**
 * The 公开 list and the overdue publications of the clerk's home page and the 督办台账, within the reader's data
 * scope (ADR 0042): one query each, the scope bound as a condition on the record's meeting.
 */
@Service
public class PublicationQueries {

    /** The list's filter by state; {@code OVERDUE} is pending past its deadline. */
    public enum Filter {
        PENDING, OVERDUE, PUBLISHED, PARTLY_PUBLISHED, WITHHELD, WITHDRAWN
    }

    /**
     * One line of the list.
     *
     * @param workingDaysOver the working days past the deadline of a pending record, else 0
     */
    public record Row(long id, long suggestionId, String meetingName, int number, String title, String unitName,
                      String documentNumber, LocalDate signedOn, LocalDate dueOn, Publication.Status status,
                      java.time.Instant decidedAt, int workingDaysOver) {

        public boolean overdue() {
            return workingDaysOver > 0;
        }

        /** The deadline's mark, named for what it is (ADR 0047): 公开超期3个工作日. */
        public String markKey() {
            return overdue() ? "publication.mark.OVERDUE" : "publication.mark.DUE";
        }

        public Object[] markArgs() {
            return overdue() ? new Object[] {workingDaysOver} : new Object[] {dueOn};
        }
    }

    private static final String SELECT = """
            select p.id, p.suggestion_id, p.status, p.signed_on, p.due_on, p.decided_at, s.number, s.title,
                   u.short_name, r.doc_code, r.doc_year, r.doc_serial, m.number meeting_number, t.number term_number
              from publications p
              join suggestions s on s.id = p.suggestion_id
              join replies r on r.id = p.reply_id
              join units u on u.id = p.unit_id
              join meetings m on m.id = p.meeting_id
              join congress_terms t on t.id = m.term_id
             where 1 = 1""";

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;
    private final Clock clock;

    PublicationQueries(JdbcClient jdbc, WorkingDays workingDays, Clock clock) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The records in the scope: open ones first by deadline, then decided ones, latest first. */
    @Transactional(readOnly = true)
    public List<Row> list(Long meetingId, Filter filter, DataScope scope) {
        Map<String, Object> params = new HashMap<>();
        var sql = new StringBuilder(SELECT);
        sql.append(CongressConditions.meetingWithin(scope, "p.meeting_id", params));
        if (meetingId != null) {
            sql.append(" and p.meeting_id = :meeting");
            params.put("meeting", meetingId);
        }
        if (filter == Filter.OVERDUE) {
            sql.append(" and p.status = 'PENDING' and p.due_on < :today");
            params.put("today", today());
        } else if (filter != null) {
            sql.append(" and p.status = :status");
            params.put("status", filter.name());
        }
        sql.append(" order by case when p.status in ('PENDING', 'WITHDRAWN') then 0 else 1 end, p.due_on,"
                + " p.decided_at desc, p.id");
        return rows(sql.toString(), params);
    }

    /** The pending records past their deadline, most overdue first (home page, 督办台账). */
    @Transactional(readOnly = true)
    public List<Row> overdue(DataScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("today", today());
        String sql = SELECT + " and p.status = 'PENDING' and p.due_on < :today"
                + CongressConditions.meetingWithin(scope, "p.meeting_id", params) + " order by p.due_on, p.id";
        return rows(sql, params);
    }

    /** The working days a pending record is past its deadline (0 when it is not). */
    public int overdueMark(Publication publication) {
        LocalDate today = today();
        return publication.isOverdue(today)
                ? Math.max(1, workingDays.calendar().workingDaysAfter(publication.dueOn(), today)) : 0;
    }

    /** The public copy of a record, if it is published (公开 or 部分公开); one query of the public table. */
    @Transactional(readOnly = true)
    public java.util.Optional<PublishedCopy> copyOf(long publicationId) {
        return jdbc.sql("select * from published_copies where publication_id = :id").param("id", publicationId)
                .query((rs, n) -> new PublishedCopy(rs.getLong("publication_id"), rs.getLong("suggestion_id"),
                        rs.getLong("reply_id"), rs.getLong("congress_id"), rs.getLong("meeting_id"),
                        rs.getLong("unit_id"), rs.getString("subject_area"), rs.getString("classification"),
                        Publication.Status.valueOf(rs.getString("outcome")), rs.getInt("suggestion_number"),
                        rs.getString("deputy_name"), rs.getString("suggestion_title"), rs.getString("suggestion_text"),
                        rs.getString("reply_title"), rs.getString("reply_salutation"), rs.getString("reply_body"),
                        rs.getString("document_number"), rs.getString("unit_name"),
                        rs.getObject("signed_on", LocalDate.class), rs.getString("contact_line"),
                        rs.getString("copy_to"), rs.getInt("redactions"),
                        rs.getTimestamp("published_at").toInstant()))
                .optional();
    }

    private List<Row> rows(String sql, Map<String, Object> params) {
        LocalDate today = today();
        var calendar = workingDays.calendar();
        return jdbc.sql(sql).params(params).query((rs, n) -> {
            var status = Publication.Status.valueOf(rs.getString("status"));
            LocalDate due = rs.getObject("due_on", LocalDate.class);
            int over = status == Publication.Status.PENDING && due.isBefore(today)
                    ? Math.max(1, calendar.workingDaysAfter(due, today)) : 0;
            var decided = rs.getTimestamp("decided_at");
            return new Row(rs.getLong("id"), rs.getLong("suggestion_id"),
                    ChineseNumerals.of(rs.getInt("term_number")) + "届" + ChineseNumerals.of(rs.getInt("meeting_number"))
                            + "次会议", rs.getInt("number"), rs.getString("title"), rs.getString("short_name"),
                    new cn.jianyi.handling.DocumentNumber(rs.getString("doc_code"), rs.getInt("doc_year"),
                            rs.getInt("doc_serial")).toString(),
                    rs.getObject("signed_on", LocalDate.class), due, status,
                    decided == null ? null : decided.toInstant(), over);
        }).list();
    }
}
