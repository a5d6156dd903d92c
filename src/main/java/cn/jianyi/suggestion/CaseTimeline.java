package cn.jianyi.suggestion;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.shared.Actor;

/**
 * The append-only timeline of each case. Entries are inserted in the transaction of the act they record and never
 * updated or deleted; it is deliberately not a child collection of {@link Suggestion}, which Spring Data JDBC would
 * delete and re-insert on every save.
 */
@Component
class CaseTimeline {

    /** The length of {@code timeline_entries.remark}: a remark is a summary; full texts stay in their own records. */
    static final int REMARK_LENGTH = 500;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    CaseTimeline(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void record(long suggestionId, CaseAction action, Suggestion.Status from, Suggestion.Status to, Actor actor,
                Instant at, String remark) {
        record(suggestionId, action, from, to, actor, at, remark, null);
    }

    /** Records an entry about one unit's part of the case ({@link CaseTransitioned#unitId()}). */
    @Transactional(propagation = Propagation.MANDATORY)
    void record(long suggestionId, CaseAction action, Suggestion.Status from, Suggestion.Status to, Actor actor,
                Instant at, String remark, Long unitId) {
        jdbc.sql("""
                        insert into timeline_entries (suggestion_id, occurred_at, action, from_status, to_status,
                            actor_username, actor_name, actor_role, actor_unit, remark)
                        values (:suggestion, :at, :action, :from, :to, :username, :name, :role, :unit, :remark)""")
                .param("suggestion", suggestionId)
                .param("at", Timestamp.from(at))
                .param("action", action.name())
                .param("from", from == null ? null : from.name())
                .param("to", to.name())
                .param("username", actor.username())
                .param("name", actor.displayName())
                .param("role", actor.role())
                .param("unit", actor.unitName())
                .param("remark", abbreviate(remark))
                .update();
        events.publishEvent(new CaseTransitioned(suggestionId, action, from, to, actor.username(),
                actor.displayName(), at, abbreviate(remark), unitId));
    }

    /** Cuts a remark that would not fit to its first 499 characters and "…". */
    static String abbreviate(String remark) {
        return remark == null || remark.length() <= REMARK_LENGTH ? remark
                : remark.substring(0, REMARK_LENGTH - 1) + "…";
    }

    List<TimelineEntry> entriesOf(long suggestionId) {
        return jdbc.sql("select * from timeline_entries where suggestion_id = :id order by id")
                .param("id", suggestionId)
                .query(CaseTimeline::entry)
                .list();
    }

    /**
     * The latest entry of each of the cases among those of the given kinds, by case (a case without one is absent): one
     * statement for a whole list, by the index {@code (suggestion_id, id)}.
     */
    Map<Long, TimelineEntry> latestOf(Collection<Long> suggestionIds, Collection<CaseAction> actions) {
        if (suggestionIds.isEmpty() || actions.isEmpty()) {
            return Map.of();
        }
        var latest = new HashMap<Long, TimelineEntry>();
        jdbc.sql("""
                        select * from timeline_entries t
                         where t.suggestion_id in (:ids) and t.action in (:actions)
                           and not exists (select 1 from timeline_entries l where l.suggestion_id = t.suggestion_id
                                            and l.action in (:actions) and l.id > t.id)""")
                .param("ids", List.copyOf(suggestionIds))
                .param("actions", actions.stream().map(CaseAction::name).toList())
                .query(CaseTimeline::entry)
                .list()
                .forEach(entry -> latest.put(entry.suggestionId(), entry));
        return latest;
    }

    private static TimelineEntry entry(ResultSet rs, int row) throws SQLException {
        return new TimelineEntry(rs.getLong("id"), rs.getLong("suggestion_id"),
                rs.getTimestamp("occurred_at").toInstant(), CaseAction.valueOf(rs.getString("action")),
                rs.getString("from_status") == null ? null : Suggestion.Status.valueOf(rs.getString("from_status")),
                Suggestion.Status.valueOf(rs.getString("to_status")), rs.getString("actor_username"),
                rs.getString("actor_name"), rs.getString("actor_role"), rs.getString("actor_unit"),
                rs.getString("remark"));
    }
}
