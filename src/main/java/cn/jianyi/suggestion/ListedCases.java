package cn.jianyi.suggestion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jianyi.identity.Role;

/**
 * What a card of a listed case shows beside its row ({@link SuggestionSummary}), read for the whole list at once: one
 * statement each, whatever the number of cases (the deputy's home, issue 22). The cases are the caller's list, read
 * inside the reader's scope already.
 */
@Service
@Transactional(readOnly = true)
public class ListedCases {

    private final JdbcClient jdbc;
    private final CaseTimeline timeline;

    ListedCases(JdbcClient jdbc, CaseTimeline timeline) {
        this.jdbc = jdbc;
        this.timeline = timeline;
    }

    /** The units on each of the cases, by case, in the case page's order (主办, 协办, 分办, then by unit). */
    public Map<Long, List<ListedUnit>> unitsOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var byCase = new HashMap<Long, List<ListedUnit>>();
        jdbc.sql("""
                        select su.suggestion_id, su.unit_id, su.role, un.short_name from suggestion_units su
                          join units un on un.id = su.unit_id
                         where su.suggestion_id in (:ids) order by su.suggestion_id, su.unit_id""")
                .param("ids", List.copyOf(ids))
                .query((rs, n) -> Map.entry(rs.getLong("suggestion_id"), new ListedUnit(rs.getLong("unit_id"),
                        rs.getString("short_name"), HandlingRole.valueOf(rs.getString("role")))))
                .list()
                .forEach(row -> byCase.computeIfAbsent(row.getKey(), id -> new ArrayList<>()).add(row.getValue()));
        byCase.values().forEach(units -> units.sort(Comparator.comparing(ListedUnit::role)));
        return byCase;
    }

    /**
     * The latest timeline entry that a person in the role reads ({@link TimelineVisibility}) of each of the cases, as
     * that person reads it, by case (a case without one is absent).
     */
    public Map<Long, TimelineEntry> latestEntriesReadBy(Role role, Collection<Long> ids) {
        var readable = Arrays.stream(CaseAction.values()).filter(action -> TimelineVisibility.reads(action, role))
                .toList();
        var latest = new HashMap<Long, TimelineEntry>();
        timeline.latestOf(ids, readable).forEach((id, entry) -> latest.put(id,
                TimelineVisibility.as(role, List.of(entry)).get(0)));
        return latest;
    }
}
