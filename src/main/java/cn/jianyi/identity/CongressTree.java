package cn.jianyi.identity;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The congresses of the installation as a tree ({@code congresses.parent_id}): which congresses an account placed in
 * one congress works in (ADR 0042). Read in one query per login and request; the tree is a handful of rows.
 *
 * @param parentOf each congress's id and the id of the congress above it ({@code null} at the top)
 */
record CongressTree(Map<Long, Long> parentOf) {

    CongressTree {
        parentOf = new HashMap<>(parentOf);
    }

    static CongressTree read(JdbcClient jdbc) {
        var parents = new HashMap<Long, Long>();
        jdbc.sql("select id, parent_id from congresses").query((rs, row) -> {
            parents.put(rs.getLong(1), (Long) rs.getObject(2, Long.class));
            return null;
        }).list();
        return new CongressTree(parents);
    }

    /**
     * The congress, and with {@code includeLower} every congress below it at any depth (a cycle, which the directory
     * refuses, would end the walk, not loop). A congress that no longer exists gives an empty set.
     */
    Set<Long> scopeOf(long congressId, boolean includeLower) {
        if (!parentOf.containsKey(congressId)) {
            return Set.of();
        }
        var scope = new HashSet<Long>();
        scope.add(congressId);
        if (includeLower) {
            var next = new ArrayDeque<Long>();
            next.add(congressId);
            while (!next.isEmpty()) {
                long above = next.remove();
                parentOf.forEach((id, parent) -> {
                    if (Objects.equals(parent, above) && scope.add(id)) {
                        next.add(id);
                    }
                });
            }
        }
        return Set.copyOf(scope);
    }

    /**
     * The congresses an account works in: an office account placed in no congress works across the installation
     * ({@link DataScope.All}: the first administrator before the first congress); another account without a
     * congress (a unit or deputy set up before the directory) in none.
     */
    DataScope scopeFor(boolean office, Long congressId, boolean includeLower) {
        if (congressId == null) {
            return office ? new DataScope.All() : new DataScope.OfCongresses(Set.of());
        }
        return new DataScope.OfCongresses(scopeOf(congressId, includeLower));
    }

    /** The one congress of an installation that has exactly one, the default of everything (ADR 0042). */
    java.util.Optional<Long> onlyCongress() {
        return parentOf.size() == 1 ? java.util.Optional.of(parentOf.keySet().iterator().next())
                : java.util.Optional.empty();
    }
}
