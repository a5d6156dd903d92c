package cn.jianyi.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every row of every business table, to prove that a refused request changed nothing. Leaves out the two tables
 * written asynchronously after earlier commits (the operation log and the event publication registry), which a
 * refused request cannot touch anyway: it publishes nothing that survives its rollback.
 */
public record DatabaseSnapshot(Map<String, List<Map<String, Object>>> rows) {

    public static final List<String> TABLES = List.of("units", "deputies", "users", "congresses", "congress_terms",
            "meetings", "suggestions", "suggestion_co_signers", "suggestion_units", "timeline_entries", "assignments",
            "replies", "document_number_sequences", "feedbacks", "contact_records", "return_requests",
            "extension_requests", "co_unit_opinions", "reply_versions", "rule_sets", "commitments", "countersignatures");

    public static DatabaseSnapshot of(JdbcClient jdbc) {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        for (String table : TABLES) {
            rows.put(table, jdbc.sql("select * from " + table + " order by 1, 2").query().listOfRows());
        }
        return new DatabaseSnapshot(rows);
    }

    public long count(String table) {
        return rows.get(table).size();
    }
}
