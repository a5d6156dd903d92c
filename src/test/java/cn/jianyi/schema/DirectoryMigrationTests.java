package cn.jianyi.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestDatabases;

/**
 * The directory's migrations (V34, V34_1) on an installation that already has data: its units and deputies get the
 * one congress, its deputies sit in the congress's latest term, and its signed replies keep the unit's letterhead as
 * it was when the migration ran; a draft gets none.
 */
@OnPostgres
@Tag("integration")
class DirectoryMigrationTests {

    @Test
    void existingUnitsDeputiesAndSignedRepliesAreFilledIn() throws Exception {
        boolean postgres = TestDatabases.onPostgres();
        Map<String, Object> database = postgres
                ? TestDatabases.postgresDatabase("dirmig_" + UUID.randomUUID().toString().replace("-", ""))
                : Map.of("spring.datasource.url", "jdbc:h2:mem:dirmig-" + UUID.randomUUID()
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                        "spring.datasource.username", "sa", "spring.datasource.password", "");
        String url = (String) database.get("spring.datasource.url");
        try (Connection connection = DriverManager.getConnection(url, (String) database.get("spring.datasource.username"),
                (String) database.get("spring.datasource.password"))) {
            var source = new SingleConnectionDataSource(connection, true);
            Flyway.configure().dataSource(source).locations("classpath:db/migration").target("30").load().migrate();
            try (Statement sql = connection.createStatement()) {
                sql.execute("insert into congresses (id, name, short_name, level, reply_copy_to) values (9001,"
                        + " '南昌市新建区人民代表大会', '区人大', 'DISTRICT', '区政府督查室')");
                sql.execute("insert into congress_terms (id, congress_id, number) values (9001, 9001, 1)");
                sql.execute("insert into congress_terms (id, congress_id, number) values (9002, 9001, 2)");
                sql.execute("insert into meetings (id, term_id, number, opened_on) values (9001, 9002, 4, date '2024-01-10')");
                sql.execute("insert into units (id, full_name, short_name, doc_code, phone, postcode) values (9001,"
                        + " '南昌市新建区卫生健康委员会', '区卫健委', '新卫提字', '83752009', '330100')");
                sql.execute("insert into deputies (id, name, delegation) values (9001, '程绮南', '长堎代表团')");
                sql.execute("insert into suggestions (id, version, meeting_id, number, title, content, lead_deputy_id,"
                        + " category, received_on, status, registered_at) values (9001, 0, 9001, 43, '标题', '内容', 9001,"
                        + " 'OTHER', date '2024-01-12', 'REPLIED', timestamp with time zone '2024-01-12 09:00:00+08')");
                for (int round = 1; round <= 2; round++) {
                    boolean signed = round == 1;
                    sql.execute("insert into replies (id, version, suggestion_id, unit_id, round, status, classification,"
                            + " title, salutation, body, contact_unit, contact_phone, postcode, copy_to, publicity,"
                            + " drafted_by, drafted_at" + (signed ? ", doc_code, doc_year, doc_serial, signer_name,"
                            + " signed_on, signed_at" : "") + ") values (" + (9000 + round) + ", 0, 9001, 9001, " + round
                            + ", '" + (signed ? "SIGNED" : "DRAFT") + "', 'A', '答复', '程绮南代表：', '正文', '区卫健委',"
                            + " '83752009', '330100', '区政府督查室', 'PROACTIVE', 'handler',"
                            + " timestamp with time zone '2024-06-10 09:00:00+08'" + (signed ? ", '新卫提字', 2024, 1,"
                            + " '李卫东', date '2024-06-20', timestamp with time zone '2024-06-20 09:00:00+08'" : "")
                            + ")");
                }
            }
            Flyway.configure().dataSource(source).locations("classpath:db/migration").load().migrate();
            assertThat(rows(connection, "select congress_id, active from units")).containsExactly(List.of(9001L, true));
            assertThat(rows(connection, "select congress_id, active from deputies")).containsExactly(List.of(9001L, true));
            assertThat(rows(connection, "select deputy_id, term_id from deputy_terms")).containsExactly(List.of(9001L, 9002L));
            assertThat(rows(connection, "select id, unit_name, unit_short_name, unit_phone, unit_postcode from replies order by id"))
                    .containsExactly(List.of(9001L, "南昌市新建区卫生健康委员会", "区卫健委", "83752009", "330100"),
                            java.util.Arrays.asList(9002L, null, null, null, null));
            assertThat(rows(connection, "select parent_id, (select first_year from congress_terms where id = 9002)"
                    + " from congresses")).containsExactly(java.util.Arrays.asList(null, null));
        }
    }

    /**
     * V35 (ADR 0042) on an installation with one congress: its office accounts belong to it, the administrators with
     * the congresses below; unit and deputy accounts keep none. With two congresses nobody is placed.
     */
    @Test
    void officeAccountsOfTheOnlyCongressArePlacedInIt() throws Exception {
        assertThat(placedAfterV35(1)).containsExactly(java.util.Arrays.asList("admin", 9001L, true),
                java.util.Arrays.asList("clerk", 9001L, false), java.util.Arrays.asList("handler", null, false),
                java.util.Arrays.asList("security", 9001L, true), java.util.Arrays.asList("supervisor", 9001L, false));
        assertThat(placedAfterV35(2)).allMatch(row -> row.get(1) == null && Boolean.FALSE.equals(row.get(2)));
    }

    private static List<List<Object>> placedAfterV35(int congresses) throws Exception {
        Map<String, Object> database = TestDatabases.onPostgres()
                ? TestDatabases.postgresDatabase("accmig_" + UUID.randomUUID().toString().replace("-", ""))
                : Map.of("spring.datasource.url", "jdbc:h2:mem:accmig-" + UUID.randomUUID()
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                        "spring.datasource.username", "sa", "spring.datasource.password", "");
        try (Connection connection = DriverManager.getConnection((String) database.get("spring.datasource.url"),
                (String) database.get("spring.datasource.username"),
                (String) database.get("spring.datasource.password"))) {
            var source = new SingleConnectionDataSource(connection, true);
            Flyway.configure().dataSource(source).locations("classpath:db/migration").target("34.1").load().migrate();
            try (Statement sql = connection.createStatement()) {
                for (int c = 1; c <= congresses; c++) {
                    sql.execute("insert into congresses (id, name, short_name, level, reply_copy_to) values (" + (9000 + c)
                            + ", '人大" + c + "', '人大" + c + "', 'DISTRICT', '督查室')");
                }
                sql.execute("insert into units (id, full_name, short_name, doc_code, phone, postcode) values (9001,"
                        + " '南昌市新建区卫生健康委员会', '区卫健委', '新卫提字', '83752009', '330100')");
                String[][] accounts = {{"admin", "ADMIN"}, {"clerk", "CLERK"}, {"handler", "HANDLER"},
                        {"security", "SECURITY_ADMIN"}, {"supervisor", "SUPERVISOR"}};
                for (int i = 0; i < accounts.length; i++) {
                    sql.execute("insert into users (id, username, password_hash, display_name, unit_id) values ("
                            + (9001 + i) + ", '" + accounts[i][0] + "', 'x', '某人', "
                            + (accounts[i][1].equals("HANDLER") ? "9001" : "null") + ")");
                    sql.execute("insert into user_roles (user_id, role) values (" + (9001 + i) + ", '" + accounts[i][1]
                            + "')");
                }
            }
            Flyway.configure().dataSource(source).locations("classpath:db/migration").load().migrate();
            return rows(connection, "select username, congress_id, include_lower from users order by username");
        }
    }

    private static List<List<Object>> rows(Connection connection, String query) throws Exception {
        var rows = new ArrayList<List<Object>>();
        try (Statement sql = connection.createStatement(); var result = sql.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                var row = new ArrayList<Object>();
                for (int i = 1; i <= columns; i++) {
                    Object value = result.getObject(i);
                    row.add(value instanceof Number n && !(value instanceof Long) ? (Object) n.longValue() : value);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
