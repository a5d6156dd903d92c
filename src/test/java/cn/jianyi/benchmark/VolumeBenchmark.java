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
import cn.jianyi.suggestion.MeetingView;
import cn.jianyi.suggestion.Meetings;
import cn.jianyi.suggestion.SubjectArea;
import cn.jianyi.suggestion.SuggestionFilter;
import cn.jianyi.suggestion.SuggestionQueries;
import cn.jianyi.support.IntegrationTest;

/**
 * Benchmark of the office's work over a large database (not part of the build: tag {@code benchmark} is excluded):
 * 100,000 generated suggestions (-Djianyi.benchmark.suggestions) in one meeting besides the demo data, then the
 * suggestion list exported to Excel in full, as the export route does. Run: {@code bin/benchmark volume} (see
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

    private final Map<String, String> results = new LinkedHashMap<>();

    @Test
    void volume() throws Exception {
        long generated = System.nanoTime();
        MeetingView meeting = generate();
        results.put("generating " + SUGGESTIONS + " suggestions (batch inserts, not measured against a target)",
                String.format("%.1f s", (System.nanoTime() - generated) / 1e9));
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
        var report = new StringBuilder("| What | Median of " + RUNS + " runs |\n|---|---|\n");
        results.forEach((what, figure) -> report.append("| ").append(what).append(" | ").append(figure).append(" |\n"));
        report.append("\nDatabase: ").append(System.getProperty("jianyi.test.db", "h2")).append(", ").append(total)
                .append(" suggestions in all (meeting ").append(meeting.name()).append(" generated).\n");
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "volume.md"), report, StandardCharsets.UTF_8);
        System.out.println(report);
    }

    /** One meeting of generated suggestions: a fifth registered, the rest assigned to a lead unit with a due date. */
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
                suggestionRows.add(new Object[] {meeting.id(), n, "关于第" + n + "号事项的建议",
                        "内容：关于第" + n + "号事项的现状、问题和具体建议。", deputies.get(n % deputies.size()),
                        areas[n % areas.length].name(), java.sql.Date.valueOf(LocalDate.of(2025, 1, 10)),
                        n % 5 == 0 ? "REGISTERED" : "ASSIGNED", now});
            }
            jdbc.batchUpdate("insert into suggestions (version, meeting_id, number, title, content, lead_deputy_id,"
                    + " category, received_on, status, registered_at) values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    suggestionRows);
            var unitRows = new ArrayList<Object[]>();
            jdbc.query("select id, number from suggestions where meeting_id = ? and number between ? and ?"
                    + " and status = 'ASSIGNED'", rs -> {
                unitRows.add(new Object[] {rs.getLong("id"), units.get(rs.getInt("number") % units.size()),
                        java.sql.Date.valueOf(LocalDate.of(2025, 4, 10))});
            }, meeting.id(), from, from + 999);
            jdbc.batchUpdate("insert into suggestion_units (suggestion_id, unit_id, role, due_on) values (?, ?, 'LEAD', ?)",
                    unitRows);
        }
        return meeting;
    }
}
