package cn.jianyi.benchmark;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.jianyi.identity.DataScope;
import cn.jianyi.identity.Directory;
import cn.jianyi.shared.Spreadsheet;
import cn.jianyi.statistics.CaseFacts;
import cn.jianyi.statistics.OverdueTasks;
import cn.jianyi.statistics.Statistics;
import cn.jianyi.statistics.StatisticsFilter;
import cn.jianyi.statistics.StatisticsReport;
import cn.jianyi.suggestion.MeetingView;
import cn.jianyi.suggestion.Meetings;
import cn.jianyi.suggestion.SubjectArea;
import cn.jianyi.suggestion.SuggestionFilter;
import cn.jianyi.suggestion.SuggestionQueries;
import cn.jianyi.support.IntegrationTest;

/**
 * Benchmark of the office's work over a large database (not part of the build: tag {@code benchmark} is excluded):
 * 100,000 generated suggestions (-Djianyi.benchmark.suggestions) in one meeting besides the demo data, with their
 * tasks, signed replies, feedback forms and contacts; then the suggestion list exported to Excel in full, as the
 * export route does, and the dashboard's figures computed for the whole database, the meeting and one unit. Run: {@code bin/benchmark volume} (see
 * docs/benchmarks.md); on embedded PostgreSQL with {@code -Djianyi.test.db=postgres}.
 */
@Tag("benchmark")
@IntegrationTest(properties = "jianyi.demo.enabled=true")
class VolumeBenchmark {

    static final int SUGGESTIONS = Integer.getInteger("jianyi.benchmark.suggestions", 100_000);
    static final int RUNS = 5;

    @Autowired Meetings meetings;
    @Autowired Directory directory;
    @Autowired SuggestionQueries queries;
    @Autowired JdbcTemplate jdbc;
    @Autowired Statistics statistics;
    @Autowired CaseFacts caseFacts;
    @Autowired OverdueTasks overdueTasks;

    private final Map<String, String> results = new LinkedHashMap<>();

    @Test
    void volume() throws Exception {
        long generated = System.nanoTime();
        MeetingView meeting = generate();
        Facts facts = handle(meeting);
        results.put("generating " + SUGGESTIONS + " suggestions with their tasks, replies, forms and contacts"
                + " (batch inserts, not measured against a target)",
                String.format("%.1f s", (System.nanoTime() - generated) / 1e9));
        long built = System.nanoTime();
        int projected = caseFacts.rebuild();        // rows inserted behind the application's back: build its projection
        results.put("building the dashboard's facts of all " + projected + " cases (CaseFacts.rebuild, as on the first"
                + " start after the migration; not measured against a target)",
                String.format("%.1f s", (System.nanoTime() - built) / 1e9));
        // the planner's statistics of the freshly loaded tables, as autovacuum (PostgreSQL) would gather them shortly
        // after a bulk load; without them it plans for a few hundred rows where there are 100,000
        jdbc.execute("analyze");
        long total = jdbc.queryForObject("select count(*) from suggestions", Long.class);

        double[] read = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            queries.forEachMatching(SuggestionFilter.none(), DataScope.all(), s -> { });
            read[run] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(read);
        results.put("reading the list's rows from the database only (part of the export)",
                String.format("%.2f s", read[RUNS / 2] / 1000));

        double[] ms = new double[RUNS];
        long[] rows = new long[1];
        Path file = Files.createTempFile("jianyi-export-", ".xlsx");
        try {
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                try (var sheet = Spreadsheet.create("建议列表", List.of(new Spreadsheet.Column("会议", 16),
                        new Spreadsheet.Column("建议号", 8), new Spreadsheet.Column("标题", 48),
                        new Spreadsheet.Column("领衔代表", 10), new Spreadsheet.Column("类别", 12),
                        new Spreadsheet.Column("状态", 10), new Spreadsheet.Column("主办单位", 16),
                        new Spreadsheet.Column("答复期限", 12), new Spreadsheet.Column("收到日期", 12),
                        new Spreadsheet.Column("重点督办牵头领导", 24)));
                     OutputStream out = Files.newOutputStream(file)) {
                    rows[0] = queries.forEachMatching(SuggestionFilter.none(), DataScope.all(), s -> sheet.row(
                            s.meetingName(), s.number(), s.title(), s.leadDeputyName(), s.category().name(),
                            s.status().name(), s.leadUnitName(), s.dueOn(), s.receivedOn(), s.keyLeader()));
                    sheet.writeTo(out);
                }
                ms[run] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(ms);
            results.put("Excel export of the whole list (" + rows[0] + " rows, " + Files.size(file) / 1_000_000
                    + " MB)", String.format("%.2f s (runs %s)", ms[RUNS / 2] / 1000, Arrays.stream(ms)
                    .mapToObj(m -> String.format("%.2f", m / 1000)).toList()));
        } finally {
            Files.deleteIfExists(file);
        }
        long unit = directory.units().get(0).id();
        long coUnit = directory.units().get(1 % directory.units().size()).id();
        int year = 2025;
        SubjectArea area = SubjectArea.values()[1];
        long congress = jdbc.queryForObject("select t.congress_id from meetings m join congress_terms t"
                + " on t.id = m.term_id where m.id = ?", Long.class, meeting.id());
        results.put("rows in the rollups (case_rollups, response_rollups) after the build",
                jdbc.queryForObject("select count(*) from case_rollups", Long.class) + ", "
                + jdbc.queryForObject("select count(*) from response_rollups", Long.class));
        dashboard(StatisticsFilter.all(), "the whole database");
        dashboard(StatisticsFilter.all().within(new DataScope.OfCongresses(java.util.Set.of(congress))),
                "the whole database, a clerk's congress (data scope)");
        dashboard(StatisticsFilter.meeting(meeting.id()), "the generated meeting");
        dashboard(new StatisticsFilter(meeting.id(), null, unit, true, null), "the generated meeting, one unit as lead");
        dashboard(new StatisticsFilter(meeting.id(), null, coUnit, false, null),
                "the generated meeting, one unit in any role");
        dashboard(new StatisticsFilter(null, year, null, false, null), "the year of first 交办 " + year);
        dashboard(new StatisticsFilter(null, null, null, false, area), "one subject area");
        dashboard(new StatisticsFilter(meeting.id(), year, unit, true, area),
                "the generated meeting, year, one unit as lead and one subject area");
        StatisticsReport check = statistics.report(StatisticsFilter.meeting(meeting.id()));
        if (check.replied().numerator() != facts.replied() || check.firstRound().returned() != facts.forms()
                || check.faceToFace().numerator() != facts.faceToFace() || check.total() != SUGGESTIONS) {
            throw new AssertionError("the dashboard does not count the generated facts: " + facts + " vs " + check);
        }
        long onCase = jdbc.queryForObject("select count(*) from suggestions s where s.meeting_id = ? and exists"
                + " (select 1 from suggestion_units su where su.suggestion_id = s.id and su.unit_id = ?)", Long.class,
                meeting.id(), coUnit);
        StatisticsReport ofUnit = statistics.report(new StatisticsFilter(meeting.id(), null, coUnit, false, null));
        if (ofUnit.total() != onCase) {
            throw new AssertionError("the dashboard counts " + ofUnit.total() + " cases of the unit, not " + onCase);
        }

        var report = new StringBuilder("| What | Median of " + RUNS + " runs |\n|---|---|\n");
        results.forEach((what, figure) -> report.append("| ").append(what).append(" | ").append(figure).append(" |\n"));
        report.append("\nDatabase: ").append(System.getProperty("jianyi.test.db", "h2")).append(", ").append(total)
                .append(" suggestions in all (meeting ").append(meeting.name()).append(" generated).\n");
        report.append(DatabaseSizes.of(jdbc));
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "volume.md"), report, StandardCharsets.UTF_8);
        System.out.println(report);
    }

    /**
     * Times the dashboard's figures (everything its page shows) for a filter; the first run warms up. Before each call
     * one row of each projection is written (not timed), as acts on cases do in a live system: H2 would otherwise
     * answer a repeated query from the result it cached, without reading the tables.
     */
    private void dashboard(StatisticsFilter filter, String what) {
        statistics.report(filter);
        double[] ms = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            jdbc.update("update case_facts set number = number where id = (select min(id) from case_facts)");
            jdbc.update("update task_facts set unit_id = unit_id where id = (select min(id) from task_facts)");
            jdbc.update("update case_rollups set n = n where unit_id = 0 and meeting_id = (select min(meeting_id)"
                    + " from case_rollups where unit_id = 0)");
            jdbc.update("update response_rollups set n = n where unit_id = (select min(unit_id) from response_rollups)");
            long start = System.nanoTime();
            statistics.report(filter);
            ms[run] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        results.put("dashboard figures (Statistics.report) for " + what, String.format("%.0f ms (runs %s)",
                ms[RUNS / 2], Arrays.stream(ms).mapToObj(m -> String.format("%.0f", m)).toList()));
        double[] overdue = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            jdbc.update("update case_facts set number = number where id = (select min(id) from case_facts)");
            long start = System.nanoTime();
            overdueTasks.list(filter, Statistics.OVERDUE_SHOWN);
            overdue[run] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(overdue);
        results.put("of which the overdue tasks alone (live query, read side by side with the rollups) for " + what,
                String.format("%.0f ms", overdue[RUNS / 2]));
    }

    /** What {@link #handle} generated, to check the dashboard against. */
    record Facts(long replied, long forms, long faceToFace) {
    }

    /**
     * The handling of the generated meeting's assigned cases: a task for the lead unit (交办 2025-01-20), and one for
     * the co-unit of every third case; three in
     * four answered by a signed reply (A, B, C, D as 6 : 2 : 1 : 1, signed 10 to 99 days after 交办, so some late),
     * a tenth of those concluded; four in five replies rated (满意, 基本满意, 不满意 as 7 : 2 : 1); every other case
     * contacted, face to face for half of those.
     */
    private Facts handle(MeetingView meeting) {
        LocalDate assignedOn = LocalDate.of(2025, 1, 20);
        Timestamp now = Timestamp.from(Instant.now());
        record Task(long suggestionId, int number, long unitId, LocalDate dueOn) {
        }
        jdbc.update("insert into assignments (suggestion_id, unit_id, role, assigned_on, due_on, assigned_by,"
                + " assigned_at, version, status, due_from, due_amount, due_unit, due_basis)"
                + " select su.suggestion_id, su.unit_id, 'CO', ?, su.due_on, 'benchmark', ?, 0, 'IN_HANDLING', ?, 3,"
                + " 'MONTHS', 'ASSIGNMENT' from suggestion_units su join suggestions s on s.id = su.suggestion_id"
                + " where s.meeting_id = ? and su.role = 'CO'", java.sql.Date.valueOf(assignedOn), now,
                java.sql.Date.valueOf(assignedOn), meeting.id());
        List<Task> tasks = jdbc.query("select s.id, s.number, su.unit_id, su.due_on from suggestions s"
                + " join suggestion_units su on su.suggestion_id = s.id where s.meeting_id = ? and su.role = 'LEAD'"
                + " order by s.number",
                (rs, n) -> new Task(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getObject(4, LocalDate.class)),
                meeting.id());
        long replied = 0;
        long forms = 0;
        long faceToFace = 0;
        String[] classes = {"A", "A", "A", "A", "A", "A", "B", "B", "C", "D"};
        String[] satisfactions = {"SATISFIED", "SATISFIED", "SATISFIED", "SATISFIED", "SATISFIED", "SATISFIED",
            "SATISFIED", "BASICALLY_SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"};
        for (int from = 0; from < tasks.size(); from += 1000) {
            List<Task> batch = tasks.subList(from, Math.min(tasks.size(), from + 1000));
            var assignments = new ArrayList<Object[]>();
            var replies = new ArrayList<Object[]>();
            var contacts = new ArrayList<Object[]>();
            var answered = new ArrayList<Object[]>();
            for (Task task : batch) {
                int n = task.number();
                boolean reply = n % 4 != 1;
                assignments.add(new Object[] {task.suggestionId(), task.unitId(), java.sql.Date.valueOf(assignedOn),
                        java.sql.Date.valueOf(task.dueOn()), now, reply ? "REPLIED" : n % 8 == 1 ? "PENDING"
                        : "IN_HANDLING", java.sql.Date.valueOf(assignedOn)});
                LocalDate signedOn = assignedOn.plusDays(10 + n % 90);
                if (reply) {
                    replies.add(new Object[] {task.suggestionId(), task.unitId(), classes[n % 10],
                            "关于第" + n + "号建议的答复", "代表：", "答复正文。", now, n,
                            java.sql.Date.valueOf(signedOn), now});
                    answered.add(new Object[] {n % 10 == 0 ? "CONCLUDED" : "REPLIED", task.suggestionId()});
                    replied++;
                }
                if (n % 2 == 0) {
                    contacts.add(new Object[] {task.suggestionId(), task.unitId(),
                            n % 4 == 0 ? "FACE_TO_FACE" : "PHONE", java.sql.Date.valueOf(assignedOn.plusDays(7)), now});
                    if (n % 4 == 0) {
                        faceToFace++;
                    }
                }
            }
            jdbc.batchUpdate("insert into assignments (suggestion_id, unit_id, role, assigned_on, due_on, assigned_by,"
                    + " assigned_at, version, status, due_from, due_amount, due_unit, due_basis)"
                    + " values (?, ?, 'LEAD', ?, ?, 'benchmark', ?, 0, ?, ?, 3, 'MONTHS', 'ASSIGNMENT')", assignments);
            jdbc.batchUpdate("insert into replies (version, suggestion_id, unit_id, round, status, classification,"
                    + " title, salutation, body, contact_unit, contact_phone, postcode, copy_to, publicity, drafted_by,"
                    + " drafted_at, doc_code, doc_year, doc_serial, signer_name, signed_on, signed_at)"
                    + " values (1, ?, ?, 1, 'SIGNED', ?, ?, ?, ?, '承办单位', '0791-00000000', '330100', '',"
                    + " 'PROACTIVE', 'benchmark', ?, 'BM', 2025, ?, '签发人', ?, ?)", replies);
            jdbc.batchUpdate("insert into contact_records (suggestion_id, unit_id, kind, contacted_on, participants,"
                    + " summary, recorded_by, recorded_at) values (?, ?, ?, ?, '代表、承办人', '沟通办理意见', 'benchmark', ?)",
                    contacts);
            jdbc.batchUpdate("update suggestions set status = ? where id = ?", answered);
            var rated = new ArrayList<Object[]>();
            jdbc.query("select r.id, r.suggestion_id, s.number, s.lead_deputy_id from replies r"
                    + " join suggestions s on s.id = r.suggestion_id where s.meeting_id = ? and s.number between ? and ?",
                    rs -> {
                        int n = rs.getInt(3);
                        if ((n / 4) % 5 != 0) {
                            rated.add(new Object[] {rs.getLong(2), rs.getLong(1), rs.getLong(4),
                                    satisfactions[(n / 5) % 10], java.sql.Date.valueOf(assignedOn.plusDays(100)), now});
                        }
                    }, meeting.id(), batch.get(0).number(), batch.get(batch.size() - 1).number());
            jdbc.batchUpdate("insert into feedbacks (suggestion_id, reply_id, round, deputy_id, satisfaction, given_on,"
                    + " submitted_by, submitted_at, version, channel) values (?, ?, 1, ?, ?, ?, 'benchmark', ?, 1,"
                    + " 'ONLINE')", rated);
            forms += rated.size();
        }
        return new Facts(replied, forms, faceToFace);
    }

    /**
     * One meeting of generated suggestions: a fifth registered, the rest assigned to a lead unit with a due date, every
     * third of those with a co-unit (so a unit's figures count cases it leads and cases it co-handles).
     */
    private MeetingView generate() {
        MeetingView any = meetings.all().get(0);
        long term = jdbc.queryForObject("select term_id from meetings where id = ?", Long.class, any.id());
        MeetingView meeting = meetings.addMeeting(term, 90, LocalDate.of(2025, 1, 8));
        var deputies = directory.deputies().stream().map(d -> d.id()).toList();
        var units = directory.units().stream().map(u -> u.id()).toList();
        SubjectArea[] areas = SubjectArea.values();
        Timestamp now = Timestamp.from(Instant.now());
        for (int from = 1; from <= SUGGESTIONS; from += 1000) {
            var suggestionRows = new ArrayList<Object[]>();
            for (int n = from; n < from + 1000 && n <= SUGGESTIONS; n++) {
                suggestionRows.add(new Object[] {meeting.id(), java.sql.Date.valueOf(meeting.openedOn()), n,
                        "关于第" + n + "号事项的建议",
                        "内容：关于第" + n + "号事项的现状、问题和具体建议。", deputies.get(n % deputies.size()),
                        areas[n % areas.length].name(), java.sql.Date.valueOf(LocalDate.of(2025, 1, 10)),
                        n % 5 == 0 ? "REGISTERED" : "ASSIGNED", now});
            }
            jdbc.batchUpdate("insert into suggestions (version, meeting_id, meeting_opened_on, number, title, content,"
                    + " lead_deputy_id, category, received_on, status, registered_at)"
                    + " values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    suggestionRows);
            var unitRows = new ArrayList<Object[]>();
            jdbc.query("select id, number from suggestions where meeting_id = ? and number between ? and ?"
                    + " and status = 'ASSIGNED'", rs -> {
                int n = rs.getInt("number");
                unitRows.add(new Object[] {rs.getLong("id"), units.get(n % units.size()), "LEAD",
                        java.sql.Date.valueOf(LocalDate.of(2025, 4, 10))});
                if (n % 3 == 0 && units.size() > 1) {
                    unitRows.add(new Object[] {rs.getLong("id"), units.get((n + 1) % units.size()), "CO",
                            java.sql.Date.valueOf(LocalDate.of(2025, 4, 10))});
                }
            }, meeting.id(), from, from + 999);
            jdbc.batchUpdate("insert into suggestion_units (suggestion_id, unit_id, role, due_on) values (?, ?, ?, ?)",
                    unitRows);
            // 本单位's list reads each unit's cases from suggestion_unit_list (V46), kept by the application's saves
            jdbc.update("insert into suggestion_unit_list (suggestion_id, unit_id, meeting_opened_on, meeting_id, number)"
                    + " select s.id, su.unit_id, s.meeting_opened_on, s.meeting_id, s.number from suggestion_units su"
                    + " join suggestions s on s.id = su.suggestion_id where s.meeting_id = ? and s.number between ? and ?",
                    meeting.id(), from, from + 999);
        }
        return meeting;
    }
}
