package cn.jianyi.benchmark;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database's size on disk and its largest tables (indexes and TOAST included), for the sizing section of
 * docs/operations.md (ADR 0068): PostgreSQL only, where {@code pg_database_size} answers what a disk holds.
 */
final class DatabaseSizes {

    private DatabaseSizes() {
    }

    /** A Markdown paragraph and table; empty on H2. */
    static String of(JdbcTemplate jdbc) {
        if (!"postgres".equals(System.getProperty("jianyi.test.db"))) {
            return "";
        }
        var report = new StringBuilder("\nDatabase size (pg_database_size): ")
                .append(mb(jdbc.queryForObject("select pg_database_size(current_database())", Long.class)))
                .append("\n\n| Table | Rows (estimate) | Size with indexes | of which indexes |\n|---|---|---|---|\n");
        jdbc.query("""
                select relname, n_live_tup, pg_total_relation_size(relid) as total, pg_indexes_size(relid) as idx
                from pg_catalog.pg_stat_user_tables order by total desc limit 15""", row -> {
            report.append("| ").append(row.getString("relname")).append(" | ").append(row.getLong("n_live_tup"))
                    .append(" | ").append(mb(row.getLong("total"))).append(" | ").append(mb(row.getLong("idx")))
                    .append(" |\n");
        });
        return report.toString();
    }

    private static String mb(long bytes) {
        return String.format("%.1f MB", bytes / 1_048_576.0);
    }
}
