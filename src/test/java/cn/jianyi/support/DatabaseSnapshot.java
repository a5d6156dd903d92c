package cn.jianyi.support;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
            "meetings", "suggestions", "suggestion_co_signers", "suggestion_units", "suggestion_unit_list",
            "timeline_entries", "assignments", "replies", "document_number_sequences", "feedbacks", "contact_records",
            "return_requests", "extension_requests", "co_unit_opinions", "reply_versions", "rule_sets", "commitments",
            "countersignatures", "contact_attachments", "signing_keys", "reply_comments", "reply_commitments");

    public static DatabaseSnapshot of(JdbcClient jdbc) {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        for (String table : TABLES) {
            rows.put(table, jdbc.sql("select * from " + table + " order by 1, 2").query().listOfRows().stream()
                    .map(DatabaseSnapshot::comparable).toList());
        }
        return new DatabaseSnapshot(rows);
    }

    /** Binary columns (attachments' content) as length and checksum: arrays are not equal by content. */
    private static Map<String, Object> comparable(Map<String, Object> row) {
        Map<String, Object> copy = new LinkedHashMap<>(row);
        copy.replaceAll((column, value) -> value instanceof byte[] bytes
                ? bytes.length + " bytes, sha256 " + sha256(bytes) : value);
        return copy;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public long count(String table) {
        return rows.get(table).size();
    }
}
