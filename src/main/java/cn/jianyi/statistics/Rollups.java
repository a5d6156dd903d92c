package cn.jianyi.statistics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dashboard's rollups (ADR 0069): counts pre-aggregated from the projections ({@code case_facts},
 * {@code case_fact_units}, {@code task_facts}) per the dashboard's dimensions, so that every filter the page offers
 * sums a few rollup rows instead of reading every case. Each case has a share: the rows it adds to each rollup (the
 * {@link Rollup#share} select). An act takes the share of its cases before their projections are computed again and
 * after, and adds the difference ({@link #apply}): a row is incremented in place ({@code n = n + ?}), inserted with
 * zeros first if missing ({@code on conflict do nothing}, on H2 and PostgreSQL), in one fixed order of keys, so two
 * acts on cases of the same group neither lose a count nor deadlock on each other.
 */
@Component
class Rollups {

    /** One rollup table: its key columns, its measures, and the share of the cases whose facts rows {@code c} match. */
    enum Rollup {
        /**
         * The case counts: every live case once with unit 0 (no unit filter), and once more per unit on it (the unit
         * filter), with the facts the figures count as key and its forms as measures.
         */
        CASES("case_rollups",
                List.of("unit_id", "meeting_id", "category", "first_year", "answering", "status", "replied",
                        "on_time", "face_to_face", "effective_class", "class_scheme"),
                List.of("n", "first_satisfied", "first_basically", "first_dissatisfied", "final_satisfied",
                        "final_basically", "final_dissatisfied")) {
            @Override
            String share(String condition) {
                String facts = "c.meeting_id, c.category, c.first_year, %s, c.status, c.replied, c.on_time,"
                        + " c.face_to_face, coalesce(c.effective_class, '') effective_class,"
                        + " coalesce(c.class_scheme, '') class_scheme, 1 n, c.first_satisfied, c.first_basically,"
                        + " c.first_dissatisfied, c.final_satisfied, c.final_basically, c.final_dissatisfied";
                return "select cast(0 as bigint) unit_id, " + facts.formatted("false answering")
                        + " from case_facts c where " + condition
                        + " union all select u.unit_id, " + facts.formatted("u.answering")
                        + " from case_facts c join case_fact_units u on u.suggestion_id = c.id where " + condition;
            }
        },
        /**
         * The response times: every answering task with a signed reply, by its unit, 交办 date and first signing
         * date, with whether its unit is on the case (in any role, and as 主办 or 分办) for the unit filter.
         */
        RESPONSES("response_rollups",
                List.of("unit_id", "meeting_id", "category", "first_year", "on_case", "answering", "assigned_on",
                        "first_signed"),
                List.of("n")) {
            @Override
            String share(String condition) {
                return "select " + TASK_PLACE + ", t.assigned_on, t.first_signed, 1 n"
                        + " from task_facts t join case_facts c on c.id = t.suggestion_id"
                        + " where t.first_signed is not null and " + condition;
            }
        },
        /**
         * The overdue count: every answering task whose deadline runs, by its unit and due date (which tasks are
         * overdue depends on today, their due dates do not), with the unit's place on the case as for the responses.
         */
        RUNNING("running_rollups",
                List.of("unit_id", "meeting_id", "category", "first_year", "on_case", "answering", "due_on"),
                List.of("n")) {
            @Override
            String share(String condition) {
                return "select " + TASK_PLACE + ", t.due_on, 1 n"
                        + " from task_facts t join case_facts c on c.id = t.suggestion_id"
                        + " where t.running = true and " + condition;
            }
        };

        /** The task's unit is on the case (alias {@code t}; close the parenthesis after any further condition). */
        private static final String UNIT_ON_CASE = "exists (select 1 from case_fact_units u"
                + " where u.suggestion_id = t.suggestion_id and u.unit_id = t.unit_id";

        /** A task's key columns shared by the response and running rollups: its unit, its case's, its place on it. */
        private static final String TASK_PLACE = "t.unit_id, c.meeting_id, c.category, c.first_year,"
                + " case when " + UNIT_ON_CASE + ") then true else false end on_case,"
                + " case when " + UNIT_ON_CASE + " and u.answering = true) then true else false end answering";

        final String table;
        final List<String> keys;
        final List<String> measures;

        Rollup(String table, List<String> keys, List<String> measures) {
            this.table = table;
            this.keys = keys;
            this.measures = measures;
        }

        /** The rows the cases whose facts rows (alias {@code c}) match the condition add to this rollup. */
        abstract String share(String condition);
    }

    /** A rollup's rows as keys (in the order of {@link Rollup#keys}) and their measures. */
    record Shares(Map<Rollup, Map<List<Object>, long[]>> rows) {

        /** This share minus another (what to add when the cases' share changed from {@code old} to this). */
        Shares minus(Shares old) {
            var difference = new HashMap<Rollup, Map<List<Object>, long[]>>();
            for (Rollup rollup : Rollup.values()) {
                Map<List<Object>, long[]> delta = new HashMap<>();
                rows.getOrDefault(rollup, Map.of()).forEach((key, m) -> add(delta, key, m, 1));
                old.rows.getOrDefault(rollup, Map.of()).forEach((key, m) -> add(delta, key, m, -1));
                delta.values().removeIf(m -> java.util.Arrays.stream(m).allMatch(v -> v == 0));
                difference.put(rollup, delta);
            }
            return new Shares(difference);
        }

        boolean isEmpty() {
            return rows.values().stream().allMatch(Map::isEmpty);
        }

        private static void add(Map<List<Object>, long[]> into, List<Object> key, long[] measures, int sign) {
            long[] sum = into.computeIfAbsent(key, k -> new long[measures.length]);
            for (int i = 0; i < measures.length; i++) {
                sum[i] += sign * measures[i];
            }
        }
    }

    /**
     * A total order of keys: every act touches its rows in it, so two acts wait for each other rather than deadlock.
     * The keys of one rollup have the same types position by position.
     */
    private static final Comparator<List<Object>> KEY_ORDER = (a, b) -> {
        for (int i = 0; i < a.size(); i++) {
            int c = String.valueOf(a.get(i)).compareTo(String.valueOf(b.get(i)));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    private final JdbcClient jdbc;

    Rollups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The rows the cases add to the rollups now, from their projections. */
    Shares shares(Collection<Long> caseIds) {
        var rows = new HashMap<Rollup, Map<List<Object>, long[]>>();
        for (Rollup rollup : Rollup.values()) {
            Map<List<Object>, long[]> share = new HashMap<>();
            int keys = rollup.keys.size();
            int measures = rollup.measures.size();
            for (List<Long> some : chunks(caseIds)) {
                jdbc.sql(rollup.share("c.id in (:ids)")).param("ids", some).query(rs -> {
                    var key = new ArrayList<Object>(keys);
                    for (int i = 1; i <= keys; i++) {
                        key.add(rs.getObject(i));
                    }
                    long[] m = share.computeIfAbsent(key, k -> new long[measures]);
                    for (int i = 0; i < measures; i++) {
                        m[i] += rs.getLong(keys + 1 + i);
                    }
                });
            }
            rows.put(rollup, share);
        }
        return new Shares(rows);
    }

    /**
     * Adds the difference to the rollups, row by row in the order of {@link #KEY_ORDER}: an update in place; where the
     * row is missing, it is inserted with zeros (a concurrent act's uncommitted insert of the same row makes this
     * wait for its commit, then do nothing) and updated.
     */
    void apply(Shares difference) {
        for (Rollup rollup : Rollup.values()) {
            var sorted = new TreeMap<List<Object>, long[]>(KEY_ORDER);
            sorted.putAll(difference.rows().getOrDefault(rollup, Map.of()));
            String where = String.join(" and ", rollup.keys.stream().map(k -> k + " = ?").toList());
            String update = "update " + rollup.table + " set "
                    + String.join(", ", rollup.measures.stream().map(m -> m + " = " + m + " + ?").toList())
                    + " where " + where;
            String insert = "insert into " + rollup.table + " (" + String.join(", ", rollup.keys) + ") values ("
                    + String.join(", ", rollup.keys.stream().map(k -> "?").toList()) + ") on conflict do nothing";
            sorted.forEach((key, measures) -> {
                var params = new ArrayList<Object>();
                for (long m : measures) {
                    params.add(m);
                }
                params.addAll(key);
                if (jdbc.sql(update).params(params).update() == 0) {
                    jdbc.sql(insert).params(key).update();
                    if (jdbc.sql(update).params(params).update() != 1) {
                        throw new IllegalStateException("rollup row missing in " + rollup.table + ": " + key);
                    }
                }
            });
        }
    }

    /** Computes every rollup again from the projections, without the rows whose counts fell to zero. */
    void rebuild() {
        for (Rollup rollup : Rollup.values()) {
            jdbc.sql("delete from " + rollup.table).update();
            String keys = String.join(", ", rollup.keys);
            jdbc.sql("insert into " + rollup.table + " (" + keys + ", " + String.join(", ", rollup.measures) + ")"
                    + " select " + keys + ", "
                    + String.join(", ", rollup.measures.stream().map(m -> "sum(" + m + ")").toList())
                    + " from (" + rollup.share("1 = 1") + ") x group by " + keys).update();
        }
    }

    /** Ids in chunks a statement can bind. */
    private static List<List<Long>> chunks(Collection<Long> ids) {
        var all = List.copyOf(ids);
        var chunks = new ArrayList<List<Long>>();
        for (int from = 0; from < all.size(); from += 1000) {
            chunks.add(all.subList(from, Math.min(all.size(), from + 1000)));
        }
        return chunks;
    }
}
