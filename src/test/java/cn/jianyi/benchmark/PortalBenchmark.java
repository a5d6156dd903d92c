package cn.jianyi.benchmark;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.jianyi.identity.Directory;
import cn.jianyi.portal.PublicPortalBenchmarkAccess;
import cn.jianyi.suggestion.MeetingView;
import cn.jianyi.suggestion.Meetings;
import cn.jianyi.suggestion.SubjectArea;
import cn.jianyi.support.IntegrationTest;

/**
 * Benchmark of the public portal at 100,000 published cases (-Djianyi.benchmark.published), not part of the build
 * (tag {@code benchmark}): generated published copies (batch inserts: cases, signed replies, publication records and
 * their public copies, texts drawn from a vocabulary of everyday subjects), the search index built from them, then a
 * local load driver (HTTP, {@link #CLIENTS} concurrent clients) on the item page and on the search, p50/p95 beside the
 * raw time of the same read without HTTP (the SQL of the item, the index's search with its read-back). Run:
 * {@code bin/benchmark portal} (see docs/benchmarks.md); embedded PostgreSQL with {@code -Djianyi.test.db=postgres}.
 */
@Tag("benchmark")
@IntegrationTest(properties = "jianyi.demo.enabled=true")
class PortalBenchmark {

    static final int PUBLISHED = Integer.getInteger("jianyi.benchmark.published", 100_000);
    static final int CLIENTS = 4;
    static final int REQUESTS = 2_000;
    static final int RAW = 1_000;

    /** Subjects, each a word of two characters or more; some frequent, most rare. */
    static final String[] WORDS = {"托育", "路灯", "学位", "养老", "医保", "停车", "电梯", "垃圾分类", "污水", "公交", "菜市场",
        "幼儿园", "农村饮水", "道路硬化", "河道整治", "老旧小区", "社区食堂", "充电桩", "消防通道", "校车", "营商环境",
        "中小企业", "乡村振兴", "高标准农田", "冷链物流", "文化站", "体育公园", "家庭医生", "助餐点", "无障碍设施"};

    @Autowired Meetings meetings;
    @Autowired Directory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.springframework.context.ApplicationContext context;
    @LocalServerPort int port;

    private final Map<String, String> results = new LinkedHashMap<>();

    @Test
    void portal() throws Exception {
        var portal = PublicPortalBenchmarkAccess.of(context);
        long started = System.nanoTime();
        List<Long> ids = generate();
        results.put("generating " + ids.size() + " published cases (batch inserts; not measured against a target)",
                seconds(started));
        jdbc.execute("analyze");
        long indexed = System.nanoTime();
        int documents = portal.rebuild();
        results.put("building the search index from " + documents + " public copies (as when ./data/index is missing)",
                seconds(indexed));

        var random = new Random(7);
        double[] sql = time(RAW, i -> ids.get(random.nextInt(ids.size())), id -> portal.item(id));
        results.put("item, raw SQL: one row of published_copies by id (p50 / p95)", percentiles(sql));
        String[] queries = {"托育", "垃圾分类", "无障碍设施 校车", "停车"};
        double[] search = time(RAW, i -> queries[i % queries.length], words -> portal.search(words));
        results.put("search, raw: the index's first page of 20 and its read-back from the table (p50 / p95)",
                percentiles(search));

        HttpClient http = HttpClient.newBuilder().build();
        String base = "http://localhost:" + port;
        double[] items = load(http, i -> base + "/public/cases/" + ids.get((i * 7919) % ids.size()));
        results.put("item page over HTTP, " + CLIENTS + " clients, " + REQUESTS + " requests (p50 / p95)",
                percentiles(items));
        double[] searches = load(http, i -> base + "/public?q=" + URLEncoder.encode(queries[i % queries.length],
                StandardCharsets.UTF_8).replace("+", "%20"));
        results.put("search page over HTTP (first page, highlighted snippets), " + CLIENTS + " clients, " + REQUESTS
                + " requests (p50 / p95)", percentiles(searches));
        double[] pdf = load(http, i -> base + "/public/cases/" + ids.get((i * 104729) % ids.size()) + "/reply.pdf",
                200);
        results.put("reply PDF over HTTP, " + CLIENTS + " clients, 200 requests (p50 / p95)", percentiles(pdf));
        write();
    }

    private interface Timed<T> {
        void run(T input) throws Exception;
    }

    private static <T> double[] time(int runs, IntFunction<T> input, Timed<T> action) throws Exception {
        for (int i = 0; i < 50; i++) {
            action.run(input.apply(i));                 // warm-up
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            T value = input.apply(i);
            long start = System.nanoTime();
            action.run(value);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return millis;
    }

    private static double[] load(HttpClient http, IntFunction<String> url) throws Exception {
        return load(http, url, REQUESTS);
    }

    /** The load driver: {@link #CLIENTS} threads sending the requests one after another, each timed; all must be 200. */
    private static double[] load(HttpClient http, IntFunction<String> url, int requests) throws Exception {
        for (int i = 0; i < 50; i++) {
            http.send(HttpRequest.newBuilder(URI.create(url.apply(i))).build(), HttpResponse.BodyHandlers.discarding());
        }
        double[] millis = new double[requests];
        var pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            var tasks = new ArrayList<Callable<Void>>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                tasks.add(() -> {
                    for (int i = client; i < requests; i += CLIENTS) {
                        long start = System.nanoTime();
                        var response = http.send(HttpRequest.newBuilder(URI.create(url.apply(i))).build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        millis[i] = (System.nanoTime() - start) / 1e6;
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(url.apply(i) + " → " + response.statusCode());
                        }
                    }
                    return null;
                });
            }
            for (var future : pool.invokeAll(tasks)) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        return millis;
    }

    private static String percentiles(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return String.format("%.2f ms / %.2f ms", sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.95)]);
    }

    private static String seconds(long since) {
        return String.format("%.1f s", (System.nanoTime() - since) / 1e9);
    }

    /** One meeting of published cases: suggestion, signed reply, publication record (公开), public copy. */
    private List<Long> generate() {
        MeetingView any = meetings.all().get(0);
        long term = jdbc.queryForObject("select term_id from meetings where id = ?", Long.class, any.id());
        MeetingView meeting = meetings.addMeeting(term, 91, LocalDate.of(2025, 1, 8));
        var deputies = directory.deputies();
        var units = directory.units();
        SubjectArea[] areas = SubjectArea.values();
        String[] classes = {"A", "A", "A", "A", "A", "A", "B", "B", "C", "D"};
        Timestamp now = Timestamp.from(Instant.now());
        var random = new Random(42);
        for (int from = 1; from <= PUBLISHED; from += 1000) {
            int to = Math.min(PUBLISHED, from + 999);
            var suggestions = new ArrayList<Object[]>();
            for (int n = from; n <= to; n++) {
                String subject = WORDS[skewed(random)];
                suggestions.add(new Object[] {meeting.id(), java.sql.Date.valueOf(meeting.openedOn()), n,
                        "关于加强" + subject + "工作的建议", text(random, subject, 6),
                        deputies.get(n % deputies.size()).id(), areas[n % areas.length].name(),
                        java.sql.Date.valueOf(LocalDate.of(2025, 1, 10)), now});
            }
            jdbc.batchUpdate("insert into suggestions (version, meeting_id, meeting_opened_on, number, title, content,"
                    + " lead_deputy_id, category, received_on, status, registered_at)"
                    + " values (0, ?, ?, ?, ?, ?, ?, ?, ?, 'REPLIED', ?)",
                    suggestions);
            var replies = new ArrayList<Object[]>();
            var rows = jdbc.queryForList("select id, number, title from suggestions where meeting_id = ?"
                    + " and number between ? and ?", meeting.id(), from, to);
            for (var row : rows) {
                int n = ((Number) row.get("number")).intValue();
                long unit = units.get(n % units.size()).id();
                String subject = ((String) row.get("title")).substring(4).replace("工作的建议", "");
                replies.add(new Object[] {row.get("id"), unit, classes[n % 10], "关于第" + n + "号建议的答复",
                        "尊敬的代表：", text(random, subject, 20), now, n,
                        java.sql.Date.valueOf(LocalDate.of(2025, 5, 1).plusDays(n % 60)), now});
            }
            jdbc.batchUpdate("insert into replies (version, suggestion_id, unit_id, round, status, classification,"
                    + " title, salutation, body, contact_unit, contact_phone, postcode, copy_to, publicity, drafted_by,"
                    + " drafted_at, doc_code, doc_year, doc_serial, signer_name, signed_on, signed_at)"
                    + " values (1, ?, ?, 1, 'SIGNED', ?, ?, ?, ?, '承办单位', '0791-00000000', '330100', '',"
                    + " 'PROACTIVE', 'benchmark', ?, 'BM', 2025, ?, '签发人', ?, ?)", replies);
            jdbc.update("insert into publications (version, reply_id, suggestion_id, unit_id, meeting_id, signed_on,"
                    + " due_on, status, decided_by, decided_at) select 1, r.id, r.suggestion_id, r.unit_id, s.meeting_id,"
                    + " r.signed_on, r.signed_on, 'PUBLISHED', 'benchmark', ? from replies r join suggestions s"
                    + " on s.id = r.suggestion_id where s.meeting_id = ? and s.number between ? and ?",
                    now, meeting.id(), from, to);
            jdbc.update("insert into published_copies (publication_id, suggestion_id, reply_id, congress_id, meeting_id,"
                    + " unit_id, subject_area, classification, outcome, suggestion_number, deputy_name, suggestion_title,"
                    + " suggestion_text, reply_title, reply_salutation, reply_body, document_number, unit_name,"
                    + " signed_on, contact_line, copy_to, redactions, published_at)"
                    + " select p.id, s.id, r.id, ?, s.meeting_id, r.unit_id, s.category, r.classification, 'PUBLISHED',"
                    + " s.number, '代表', s.title, s.content, r.title, r.salutation, r.body,"
                    + " concat('BM提字〔2025〕', cast(r.doc_serial as varchar(10)), '号'), '承办单位', r.signed_on,"
                    + " '联系单位及电话：承办单位 0791-00000000', null, 0, ?"
                    + " from publications p join replies r on r.id = p.reply_id join suggestions s on s.id = p.suggestion_id"
                    + " where s.meeting_id = ? and s.number between ? and ?",
                    meeting.congressId(), now, meeting.id(), from, to);
        }
        return jdbc.queryForList("select publication_id from published_copies where meeting_id = ?", Long.class,
                meeting.id());
    }

    /** Mostly the first few subjects (托育 in about one case of eight), the rest rarely. */
    private static int skewed(Random random) {
        return Math.min(WORDS.length - 1, (int) Math.floor(-Math.log(1 - random.nextDouble()) * 6));
    }

    private static String text(Random random, String subject, int sentences) {
        var out = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            String other = WORDS[random.nextInt(WORDS.length)];
            out.append(i == 0 ? "关于" + subject + "问题，" : "").append("我们结合").append(other)
                    .append("工作进行了调研，群众反映较多的是").append(i % 2 == 0 ? subject : other).append("方面的困难。");
        }
        return out.toString();
    }

    private void write() throws Exception {
        var table = new StringBuilder("| What | Time |\n|---|---|\n");
        results.forEach((what, time) -> table.append("| ").append(what).append(" | ").append(time).append(" |\n"));
        Path out = Path.of("target", "benchmarks", "portal.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table.toString());
        System.out.println(table);
    }
}
