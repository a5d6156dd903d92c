package cn.jianyi.benchmark;

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
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.jianyi.casesearch.CaseIndex;
import cn.jianyi.casesearch.OfficeSearch;
import cn.jianyi.casesearch.SearchRequest;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.Directory;
import cn.jianyi.suggestion.MeetingView;
import cn.jianyi.suggestion.Meetings;
import cn.jianyi.suggestion.SubjectArea;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.TestTextsForSearch;

/**
 * Benchmark of the office-wide search (ADR 0061; not part of the build: tag {@code benchmark}): N generated
 * suggestions (-Djianyi.benchmark.suggestions, default 100,000) with varied Chinese titles and texts (topics, places,
 * sentences drawn from a pool) and a signed reply for three in four; then the index rebuilt from the database
 * (documents per second, size on disk) and twenty two-character and longer topic words searched, p50/p95: the index
 * alone (first page of 20, total and facets), the whole {@code OfficeSearch} page (read-back and snippets), and on
 * PostgreSQL the same words with {@code ILIKE} over title, text and reply, before and after GIN trigram indexes
 * ({@code pg_trgm}). Run: {@code bin/benchmark search -Djianyi.test.db=postgres -Djianyi.benchmark.suggestions=1000000}.
 */
@Tag("benchmark")
@IntegrationTest(properties = "jianyi.demo.enabled=true")
class SearchBenchmark {

    static final int SUGGESTIONS = Integer.getInteger("jianyi.benchmark.suggestions", 100_000);
    static final int RUNS = Integer.getInteger("jianyi.benchmark.runs", 5);

    @Autowired Meetings meetings;
    @Autowired Directory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired CaseIndex index;
    @Autowired OfficeSearch search;
    @Autowired UserDetailsService logins;
    @Value("${jianyi.search.index-dir}") String indexDir;

    private final Map<String, String> results = new LinkedHashMap<>();

    @Test
    void search() throws Exception {
        long generated = System.nanoTime();
        generate();
        results.put("generating " + SUGGESTIONS + " suggestions and their replies (not measured against a target)",
                seconds(generated));
        jdbc.execute("analyze");
        long[] totals = index.totals();
        long built = System.nanoTime();
        int documents = index.rebuild((cases, letters) -> { });
        double buildSeconds = (System.nanoTime() - built) / 1e9;
        results.put("index rebuild from the database (" + totals[0] + " cases, " + documents + " documents)",
                String.format("%.1f s, %.0f documents/s", buildSeconds, documents / buildSeconds));
        results.put("index size on disk", String.format("%.0f MB", size(Path.of(indexDir, "cases")) / 1e6));

        CurrentUser clerk = (CurrentUser) logins.loadUserByUsername("clerk");
        List<String> words = TestTextsForSearch.QUERIES;
        for (String w : words) {
            search.search(SearchRequest.of(w), clerk);      // warm up
        }
        results.put("search page (OfficeSearch: index, facets, read-back, snippets), clerk, "
                + words.size() + " words × " + RUNS + " (p50 / p95)", percentiles(time(words,
                w -> search.search(SearchRequest.of(w), clerk))));
        if (System.getProperty("jianyi.test.db", "h2").equals("postgres")) {
            String sql = "select s.id from suggestions s where s.title ilike ? or s.content ilike ?"
                    + " or exists (select 1 from replies r where r.suggestion_id = s.id and r.body ilike ?)"
                    + " order by s.id desc limit 20";
            String count = "select count(*) from suggestions s where s.title ilike ? or s.content ilike ?"
                    + " or exists (select 1 from replies r where r.suggestion_id = s.id and r.body ilike ?)";
            results.put("PostgreSQL ILIKE on title, text and reply: first 20 and the count (p50 / p95)",
                    percentiles(time(words, w -> {
                        String like = "%" + w + "%";
                        jdbc.queryForList(sql, Long.class, like, like, like);
                        jdbc.queryForObject(count, Long.class, like, like, like);
                    })));
            long trgm = System.nanoTime();
            jdbc.execute("create extension if not exists pg_trgm");
            jdbc.execute("create index bench_s_title_trgm on suggestions using gin (title gin_trgm_ops)");
            jdbc.execute("create index bench_s_content_trgm on suggestions using gin (content gin_trgm_ops)");
            jdbc.execute("create index bench_r_body_trgm on replies using gin (body gin_trgm_ops)");
            jdbc.execute("analyze");
            results.put("pg_trgm: building the three GIN trigram indexes", seconds(trgm));
            results.put("pg_trgm indexes' size", String.format("%.0f MB", jdbc.queryForObject(
                    "select sum(pg_relation_size(c.oid)) from pg_class c where c.relname like 'bench_%_trgm'",
                    Long.class) / 1e6));
            results.put("PostgreSQL ILIKE with the trigram indexes: first 20 and the count (p50 / p95)",
                    percentiles(time(words, w -> {
                        String like = "%" + w + "%";
                        jdbc.queryForList(sql, Long.class, like, like, like);
                        jdbc.queryForObject(count, Long.class, like, like, like);
                    })));
            jdbc.execute("drop index bench_s_title_trgm");
            jdbc.execute("drop index bench_s_content_trgm");
            jdbc.execute("drop index bench_r_body_trgm");
        }
        var report = new StringBuilder("| What | Figure |\n|---|---|\n");
        results.forEach((what, figure) -> report.append("| ").append(what).append(" | ").append(figure).append(" |\n"));
        report.append("\nDatabase: ").append(System.getProperty("jianyi.test.db", "h2")).append(", ")
                .append(totals[0]).append(" suggestions in all. Words: ").append(String.join("、", words)).append(".\n");
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "search.md"), report, StandardCharsets.UTF_8);
        System.out.println(report);
    }

    private static double[] time(List<String> words, java.util.function.Consumer<String> call) {
        double[] ms = new double[words.size() * RUNS];
        int i = 0;
        for (int run = 0; run < RUNS; run++) {
            for (String w : words) {
                long start = System.nanoTime();
                call.accept(w);
                ms[i++] = (System.nanoTime() - start) / 1e6;
            }
        }
        return ms;
    }

    private static String percentiles(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return String.format("%.1f ms / %.1f ms", sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.95)]);
    }

    private static String seconds(long since) {
        return String.format("%.1f s", (System.nanoTime() - since) / 1e9);
    }

    private static long size(Path folder) throws java.io.IOException {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /** One meeting of generated suggestions, a fifth registered, the rest assigned with a signed reply for most. */
    private void generate() {
        MeetingView any = meetings.all().get(0);
        long term = jdbc.queryForObject("select term_id from meetings where id = ?", Long.class, any.id());
        MeetingView meeting = meetings.addMeeting(term, 92, LocalDate.of(2025, 1, 8));
        var deputies = directory.deputies().stream().map(d -> d.id()).toList();
        var units = directory.units().stream().map(u -> u.id()).toList();
        SubjectArea[] areas = SubjectArea.values();
        Timestamp now = Timestamp.from(Instant.now());
        var random = new Random(21);
        for (int from = 1; from <= SUGGESTIONS; from += 1000) {
            var rows = new ArrayList<Object[]>();
            for (int n = from; n < from + 1000 && n <= SUGGESTIONS; n++) {
                rows.add(new Object[] {meeting.id(), java.sql.Date.valueOf(meeting.openedOn()), n,
                        TestTextsForSearch.title(random),
                        TestTextsForSearch.text(random, 6), deputies.get(n % deputies.size()),
                        areas[n % areas.length].name(), java.sql.Date.valueOf(LocalDate.of(2025, 1, 10)),
                        n % 5 == 0 ? "REGISTERED" : "REPLIED", now});
            }
            jdbc.batchUpdate("insert into suggestions (version, meeting_id, meeting_opened_on, number, title, content,"
                    + " lead_deputy_id, category, received_on, status, registered_at)"
                    + " values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
            var units1 = new ArrayList<Object[]>();
            var replies = new ArrayList<Object[]>();
            jdbc.query("select id, number from suggestions where meeting_id = ? and number between ? and ?"
                    + " and status = 'REPLIED'", rs -> {
                long unit = units.get(rs.getInt("number") % units.size());
                units1.add(new Object[] {rs.getLong("id"), unit, java.sql.Date.valueOf(LocalDate.of(2025, 4, 10))});
                replies.add(new Object[] {rs.getLong("id"), unit, "ABCD".substring(rs.getInt("number") % 4,
                        rs.getInt("number") % 4 + 1), "答复", "代表：", TestTextsForSearch.text(random, 10), now,
                        rs.getInt("number"), java.sql.Date.valueOf(LocalDate.of(2025, 4, 1)), now});
            }, meeting.id(), from, from + 999);
            jdbc.batchUpdate("insert into suggestion_units (suggestion_id, unit_id, role, due_on) values (?, ?, 'LEAD', ?)",
                    units1);
            // 本单位's list reads each unit's cases from suggestion_unit_list (V46), kept by the application's saves
            jdbc.update("insert into suggestion_unit_list (suggestion_id, unit_id, meeting_opened_on, meeting_id, number)"
                    + " select s.id, su.unit_id, s.meeting_opened_on, s.meeting_id, s.number from suggestion_units su"
                    + " join suggestions s on s.id = su.suggestion_id where s.meeting_id = ? and s.number between ? and ?",
                    meeting.id(), from, from + 999);
            jdbc.batchUpdate("insert into replies (version, suggestion_id, unit_id, round, status, classification,"
                    + " title, salutation, body, contact_unit, contact_phone, postcode, copy_to, publicity, drafted_by,"
                    + " drafted_at, doc_code, doc_year, doc_serial, signer_name, signed_on, signed_at)"
                    + " values (1, ?, ?, 1, 'SIGNED', ?, ?, ?, ?, '承办单位', '0791-00000000', '330100', '',"
                    + " 'PROACTIVE', 'benchmark', ?, 'BS', 2025, ?, '签发人', ?, ?)", replies);
        }
    }
}
