package cn.jianyi.benchmark;

import java.io.File;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Point 5 of issue 22 (ADR 0070): {@code suggestions} generated cases ({@code -Djianyi.benchmark.suggestions}, default
 * 1,000,000) in a kept embedded PostgreSQL ({@link LoadDatabase}); the application started as in production (its jar,
 * a JVM of its own with {@code -Xmx512m}, profile postgres, no demo data); the pages' statements captured once per page
 * (PostgreSQL's statement log for the values, {@code pg_stat_statements} for their identities) and timed alone over
 * JDBC ({@code EXPLAIN ANALYZE}: the server's execution time, plans written beside the table); then
 * {@link DaySimulation} (Gatling, a JVM of its own) at {@code -Djianyi.benchmark.users} (20) users, and the same
 * statements' mean execution time under that load from {@code pg_stat_statements}. Writes target/benchmarks/load.md.
 * Run: {@code bin/benchmark load}.
 */
@Tag("benchmark")
class LoadBenchmark {

    static final int SUGGESTIONS = Integer.getInteger("jianyi.benchmark.suggestions", 1_000_000);
    static final int USERS = Integer.getInteger("jianyi.benchmark.users", 20);
    static final int SECONDS = Integer.getInteger("jianyi.benchmark.seconds", 120);
    static final int THINK_MS = Integer.getInteger("jianyi.benchmark.think-ms", 1000);
    static final String HEAP = System.getProperty("jianyi.benchmark.heap", "512m");
    static final Path OUT = Path.of("target", "benchmarks");

    private final List<String> notes = new ArrayList<>();

    @Test
    void load() throws Exception {
        Files.createDirectories(OUT);
        try (LoadDatabase database = LoadDatabase.start(SUGGESTIONS)) {
            try (Connection c = database.connect()) {
                long present = count(c, "select count(*) from suggestions");
                if (present == 0) {
                    long started = System.nanoTime();
                    long[] last = {started};
                    LoadData.generate(c, SUGGESTIONS, done -> {
                        long now = System.nanoTime();
                        notes.add(String.format("generated %,d cases: %.1f s for the last part (total %.1f s)", done,
                                (now - last[0]) / 1e9, (now - started) / 1e9));
                        System.out.println(notes.get(notes.size() - 1));
                        last[0] = now;
                    });
                } else if (present != SUGGESTIONS) {
                    throw new IllegalStateException("database " + database.url() + " holds " + present
                            + " cases, not " + SUGGESTIONS + ": remove target/load-db");
                } else {
                    notes.add(String.format("reused the generated database of %,d cases (target/load-db)", present));
                }
            }
            int port = freePort();
            Process app = startApplication(database, port);
            try {
                String base = "http://127.0.0.1:" + port;
                awaitReady(base, app);
                Map<String, List<String[]>> plan = plan(database);
                Map<String, Page> pages = capture(database, base, plan);
                runGatling(base);
                underLoad(database, pages);
                report(pages, latestStats());
            } finally {
                app.destroy();
                app.waitFor();
            }
        }
    }

    // ---------------------------------------------------------------- the application

    private Process startApplication(LoadDatabase database, int port) throws Exception {
        String jar = System.getProperty("load.jar");
        if (jar == null) {
            try (var files = Files.list(Path.of("target"))) {
                jar = files.map(Path::toString).filter(f -> f.matches(".*/jianyi-[^/]*\\.jar")).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no target/jianyi-*.jar: bin/benchmark load builds it"));
            }
        }
        Path home = LoadDatabase.DIRECTORY.resolve("app-" + SUGGESTIONS);
        Files.createDirectories(home);
        var command = List.of("java", "-Xmx" + HEAP, "-jar", new File(jar).getAbsolutePath(),
                "--spring.profiles.active=postgres", "--server.port=" + port, "--server.address=127.0.0.1",
                "--jianyi.search.index-dir=" + home.resolve("index").toAbsolutePath(),
                // the case index is not what the pages read: its first build (a million letters) stays out of the run
                "--jianyi.search.poll=PT1H", "--jianyi.notifications.dispatch-initial-delay=PT1H");
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve("application.log").toFile());
        builder.environment().put("JIANYI_DB_URL", database.url());
        builder.environment().put("JIANYI_DB_USER", "postgres");
        builder.environment().put("JIANYI_DB_PASSWORD", "postgres");
        builder.environment().put("JIANYI_DEMO", "false");
        builder.environment().put("JIANYI_KEY_DIR", home.resolve("keys").toAbsolutePath().toString());
        builder.environment().put("JIANYI_SEAL_DIR", home.resolve("seals").toAbsolutePath().toString());
        notes.add("application: " + String.join(" ", command.subList(0, 4)) + " (profile postgres, demo data off)");
        return builder.start();
    }

    private static void awaitReady(String base, Process app) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long until = System.currentTimeMillis() + 15 * 60_000;
        while (System.currentTimeMillis() < until) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the application stopped: see target/load-db/app-*/application.log");
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the application did not become ready in 15 minutes");
    }

    // ---------------------------------------------------------------- the plan: accounts and their cases

    /**
     * Per role, rows of (username, meeting, status, cases, writes): the accounts the virtual users log in with, a
     * meeting and status to filter the list by, cases of their scope to open, and the cases or replies their write
     * acts on (a draft on an untouched task; a signature on a draft; a feedback on an answered case not yet rated).
     * The last row of each role is the capture account, not used by Gatling.
     */
    private Map<String, List<String[]>> plan(LoadDatabase database) throws Exception {
        Map<String, List<String[]>> plan = new LinkedHashMap<>();
        int each = USERS / 4 + 2;
        try (Connection c = database.connect()) {
            plan.put("clerk", rows(c, "select u.username, (select max(m.id) from meetings m join congress_terms t"
                    + " on t.id = m.term_id where t.congress_id = u.congress_id), 'ASSIGNED',"
                    + " (select string_agg(cast(s.id as varchar), ' ') from (select s.id from suggestions s join meetings m"
                    + " on m.id = s.meeting_id join congress_terms t on t.id = m.term_id where t.congress_id = u.congress_id"
                    + " and s.id % 97 = u.id % 97 limit 200) s), '0'"
                    + " from users u join user_roles r on r.user_id = u.id and r.role = 'CLERK' order by u.id limit ?", each));
            plan.put("handler", rows(c, "select u.username, (select max(m.id) from meetings m join congress_terms t"
                    + " on t.id = m.term_id where t.congress_id = u.congress_id), 'ASSIGNED',"
                    + " (select string_agg(cast(a.suggestion_id as varchar), ' ') from (select suggestion_id from"
                    + " assignments a where a.unit_id = u.unit_id limit 200) a),"
                    + " (select string_agg(cast(a.suggestion_id as varchar), ' ') from (select a.suggestion_id from"
                    + " assignments a where a.unit_id = u.unit_id and a.role = 'LEAD' and a.status = 'IN_HANDLING'"
                    + " and not exists (select 1 from replies r where r.suggestion_id = a.suggestion_id)"
                    + " and not exists (select 1 from assignments o where o.suggestion_id = a.suggestion_id"
                    + " and o.role <> 'LEAD') limit 400) a)"
                    + " from users u join user_roles r on r.user_id = u.id and r.role = 'HANDLER'"
                    + " where u.username like '%-handler1' order by u.unit_id limit ?", each));
            plan.put("head", rows(c, "select u.username, (select max(m.id) from meetings m join congress_terms t"
                    + " on t.id = m.term_id where t.congress_id = u.congress_id), 'ASSIGNED',"
                    + " (select string_agg(cast(a.suggestion_id as varchar), ' ') from (select suggestion_id from"
                    + " assignments a where a.unit_id = u.unit_id limit 200) a),"
                    + " (select string_agg(cast(r.id as varchar), ' ') from (select r.id from replies r"
                    + " where r.unit_id = u.unit_id and r.status = 'DRAFT' limit 400) r)"
                    + " from users u join user_roles r on r.user_id = u.id and r.role = 'HEAD' order by u.unit_id limit ?",
                    each));
            plan.put("deputy", rows(c, "select u.username, (select max(m.id) from meetings m join congress_terms t"
                    + " on t.id = m.term_id where t.congress_id = u.congress_id), 'REPLIED',"
                    + " (select string_agg(cast(s.id as varchar), ' ') from (select id from suggestions s"
                    + " where s.lead_deputy_id = u.deputy_id limit 200) s),"
                    + " (select string_agg(cast(s.id as varchar), ' ') from (select s.id from suggestions s"
                    + " where s.lead_deputy_id = u.deputy_id and s.status = 'REPLIED' and not exists (select 1 from"
                    + " feedbacks f where f.suggestion_id = s.id) limit 400) s)"
                    + " from users u join user_roles r on r.user_id = u.id and r.role = 'DEPUTY' order by u.id limit ?",
                    each));
        }
        Path dir = Path.of("target", "load-plan");
        Files.createDirectories(dir);
        for (var role : plan.entrySet()) {
            var csv = new StringBuilder("username,meeting,status,cases,writes\n");
            for (String[] row : role.getValue().subList(0, role.getValue().size() - 1)) {
                csv.append(String.join(",", row)).append('\n');
            }
            Files.writeString(dir.resolve(role.getKey() + ".csv"), csv);
        }
        return plan;
    }

    private static List<String[]> rows(Connection c, String sql, int limit) throws SQLException {
        var rows = new ArrayList<String[]>();
        try (var statement = c.prepareStatement(sql)) {
            statement.setInt(1, limit * 10);
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    String[] row = new String[5];
                    for (int i = 0; i < 5; i++) {
                        row[i] = rs.getString(i + 1) == null || rs.getString(i + 1).isBlank() ? "0" : rs.getString(i + 1);
                    }
                    if (rows.size() < limit && !row[3].equals("0") && (sql.contains("'CLERK'") || !row[4].equals("0"))) {
                        rows.add(row);                  // an account with cases to open and, but the clerk, to act on
                    }
                }
            }
        }
        if (rows.size() < 2) {
            throw new IllegalStateException("the plan found no accounts for: " + sql);
        }
        return rows;
    }

    // ---------------------------------------------------------------- capture: each page's statements, timed alone

    /** One page of one role: its statements (queryid → calls per page) and their raw and loaded times. */
    static final class Page {
        final String name;
        final Map<Long, Long> calls = new LinkedHashMap<>();
        final List<String> statements = new ArrayList<>();
        double rawMs;
        int rawStatements;
        int skipped;
        int unseen;
        double loadedMs = Double.NaN;

        Page(String name) {
            this.name = name;
        }
    }

    private Map<String, Page> capture(LoadDatabase database, String base, Map<String, List<String[]>> plan)
            throws Exception {
        Map<String, Page> pages = new LinkedHashMap<>();
        Path log = LoadDatabase.DIRECTORY.resolve("data").resolve("log").resolve("postgresql.log");
        var plans = new StringBuilder();
        try (Connection c = database.connect(); var statement = c.createStatement()) {
            int me;
            try (var rs = statement.executeQuery("select pg_backend_pid()")) {
                rs.next();
                me = rs.getInt(1);
            }
            for (var role : plan.entrySet()) {
                String[] account = role.getValue().get(role.getValue().size() - 1);
                var client = new Client(base, account[0]);
                String firstCase = account[3].split(" ")[0];
                String write = account[4].split(" ")[0];
                var urls = new LinkedHashMap<String, String>();
                urls.put("home", "/");
                urls.put("list", "/suggestions?meetingId=" + account[1] + "&status=" + account[2] + "&page=1");
                urls.put("case", "/suggestions/" + firstCase);
                switch (role.getKey()) {
                    case "clerk" -> urls.put("list, page 2 of all", "/suggestions?page=2");
                    case "handler" -> urls.put("draft form", "/suggestions/" + write + "/reply");
                    case "head" -> urls.put("reply page", "/replies/" + write);
                    case "deputy" -> urls.put("feedback form", "/suggestions/" + write + "/feedback");
                    default -> { }
                }
                for (var url : urls.entrySet()) {
                    for (int i = 0; i < 5; i++) {
                        client.get(url.getValue());                      // warm-up of the application's code
                    }
                    Page page = new Page(role.getKey() + ": " + url.getKey());
                    statement.execute("alter system set log_statement = 'all'");
                    statement.execute("select pg_reload_conf()");
                    Thread.sleep(300);
                    long from = Files.exists(log) ? Files.size(log) : 0;
                    statement.execute("select pg_stat_statements_reset()");
                    client.get(url.getValue());
                    try (var rs = statement.executeQuery("select queryid, calls from pg_stat_statements"
                            + " where query not ilike '%pg_stat_statements%' and query ~* '^\\s*(select|with)'")) {
                        while (rs.next()) {
                            page.calls.put(rs.getLong(1), rs.getLong(2));
                        }
                    }
                    statement.execute("alter system reset log_statement");
                    statement.execute("select pg_reload_conf()");
                    Thread.sleep(300);
                    page.statements.addAll(loggedSelects(log, from, me));
                    for (String sql : page.statements) {
                        try {
                            executionTime(statement, sql);                 // warm-up: the pages' data in cache
                            double median = medianExecution(statement, sql);
                            page.rawMs += median;
                            page.rawStatements++;
                            plans.append("## ").append(page.name).append(String.format(" (%.3f ms)%n", median))
                                    .append(sql).append("\n\n").append(explain(statement, sql)).append("\n\n");
                        } catch (SQLException notRerun) {
                            page.skipped++;
                            plans.append("## ").append(page.name).append(" (not re-run: ")
                                    .append(notRerun.getMessage().lines().findFirst().orElse("")).append(")\n")
                                    .append(sql).append("\n\n");
                        }
                    }
                    pages.put(page.name, page);
                }
            }
        }
        Files.writeString(OUT.resolve("load-plans.md"), plans);
        return pages;
    }

    private static final Pattern ENTRY = Pattern.compile(
            "^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d+ \\S+ \\[(\\d+)\\] ", Pattern.MULTILINE);
    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+) = ('(?:[^']|'')*'|NULL)");

    /** The selects the application sent since {@code from}, each with its logged parameters put in as literals. */
    private static List<String> loggedSelects(Path log, long from, int me) throws Exception {
        byte[] bytes = Files.readAllBytes(log);
        String text = new String(bytes, (int) Math.min(from, bytes.length), (int) (bytes.length - Math.min(from,
                bytes.length)), StandardCharsets.UTF_8);
        Matcher m = ENTRY.matcher(text);
        var starts = new ArrayList<int[]>();
        while (m.find()) {
            starts.add(new int[] {m.start(), m.end(), Integer.parseInt(m.group(1))});
        }
        var selects = new ArrayList<String>();
        for (int i = 0; i < starts.size(); i++) {
            int[] entry = starts.get(i);
            if (entry[2] == me) {
                continue;
            }
            String body = text.substring(entry[1], i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length());
            Matcher statement = Pattern.compile("^LOG:\\s+(?:execute [^:]*|statement): (.*)$", Pattern.DOTALL)
                    .matcher(body.strip());
            if (!statement.matches()) {
                continue;
            }
            String sql = statement.group(1).strip();
            if (!sql.matches("(?is)^\\s*(select|with)\\b.*")) {
                continue;
            }
            if (i + 1 < starts.size() && starts.get(i + 1)[2] == entry[2]) {
                String next = text.substring(starts.get(i + 1)[1], i + 2 < starts.size() ? starts.get(i + 2)[0]
                        : text.length()).strip();
                if (next.startsWith("DETAIL:  Parameters:")) {
                    Map<Integer, String> values = new HashMap<>();
                    Matcher p = PARAMETER.matcher(next);
                    while (p.find()) {
                        values.put(Integer.parseInt(p.group(1)), p.group(2));
                    }
                    for (int n = values.size(); n >= 1; n--) {
                        sql = sql.replace("$" + n, values.getOrDefault(n, "NULL"));
                    }
                }
            }
            selects.add(sql);
        }
        return selects;
    }

    private static double executionTime(java.sql.Statement statement, String sql) throws SQLException {
        try (var rs = statement.executeQuery("explain (analyze, timing off, summary on, format json) " + sql)) {
            rs.next();
            Matcher m = Pattern.compile("\"Execution Time\": ([0-9.]+)").matcher(rs.getString(1));
            return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
        }
    }

    private static double medianExecution(java.sql.Statement statement, String sql) throws SQLException {
        double[] times = new double[15];
        for (int i = 0; i < times.length; i++) {
            times[i] = executionTime(statement, sql);
        }
        java.util.Arrays.sort(times);
        return times[times.length / 2];
    }

    private static String explain(java.sql.Statement statement, String sql) throws SQLException {
        var plan = new StringBuilder();
        try (var rs = statement.executeQuery("explain (analyze, buffers) " + sql)) {
            while (rs.next()) {
                plan.append("    ").append(rs.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    /** A logged-in browser of the capture pass: cookies, the form login with its CSRF token. */
    static final class Client {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        private final String base;

        Client(String base, String username) throws Exception {
            this.base = base;
            String login = get("/login");
            Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
            if (!token.find()) {
                throw new IllegalStateException("no CSRF token on the login page");
            }
            String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                    + LoadData.PASSWORD + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
            var response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.uri().toString().contains("/login")) {
                throw new IllegalStateException("login of " + username + " failed");
            }
        }

        String get(String path) throws Exception {
            var response = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " → " + response.statusCode());
            }
            return response.body();
        }
    }

    // ---------------------------------------------------------------- the load

    private void runGatling(String base) throws Exception {
        Path results = Path.of("target", "gatling");
        Files.createDirectories(results);
        // the JVM options gatling-maven-plugin gives Gatling (it reflects into java.lang)
        var command = List.of("java", "-Xmx1g", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-XX:MaxInlineLevel=20", "-XX:MaxTrivialSize=12", "-cp", System.getProperty("java.class.path"),
                "-Dload.base=" + base, "-Dload.plan=target/load-plan", "-Dload.seconds=" + SECONDS,
                "-Dload.think-ms=" + THINK_MS, "-Dload.users=" + USERS,
                "io.gatling.app.Gatling", "--simulation", DaySimulation.class.getName(),
                "--results-folder", results.toString());
        Path log = results.resolve("gatling.log");
        Process gatling = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int status = gatling.waitFor();
        notes.add("Gatling exit status " + status + " (its console in target/gatling/gatling.log)");
        String console = Files.readString(log);
        int errors = console.lastIndexOf("---- Errors");
        if (errors >= 0) {
            int end = console.indexOf("=====", errors);
            console.substring(errors, end < 0 ? console.length() : end).lines().skip(1)
                    .filter(line -> !line.isBlank()).forEach(line -> notes.add("error: " + line.strip()));
        }
    }

    /** The captured statements' mean execution time during the load, per page (calls per page × mean). */
    private void underLoad(LoadDatabase database, Map<String, Page> pages) throws SQLException {
        // pg_stat_statements was reset by the last capture; what it holds now is (almost all) the load's
        Map<Long, Double> mean = new HashMap<>();
        try (Connection c = database.connect(); var statement = c.createStatement();
             var rs = statement.executeQuery("select queryid, mean_exec_time from pg_stat_statements")) {
            while (rs.next()) {
                mean.put(rs.getLong(1), rs.getDouble(2));
            }
        }
        for (Page page : pages.values()) {
            double sum = 0;
            for (var call : page.calls.entrySet()) {
                Double loaded = mean.get(call.getKey());
                if (loaded == null) {
                    page.unseen++;      // a statement of the capture's moment the load never ran (a scheduled job's)
                } else {
                    sum += call.getValue() * loaded;
                }
            }
            page.loadedMs = sum;
        }
    }

    /**
     * Gatling's per-request statistics, from its report's {@code js/stats.js} (a script, not JSON: each request's
     * {@code stats: {...}} block is JSON and is read as such); one object node per request name.
     */
    private static JsonNode latestStats() throws Exception {
        Path run;
        try (var runs = Files.list(Path.of("target", "gatling"))) {
            run = runs.filter(Files::isDirectory).max(Comparator.comparing(p -> p.toFile().lastModified()))
                    .orElseThrow();
        }
        String script = Files.readString(run.resolve("js").resolve("stats.js"));
        var mapper = new ObjectMapper();
        var requests = mapper.createObjectNode();
        Matcher m = Pattern.compile("name: \"([^\"]+)\",\\s*path: \"[^\"]*\",\\s*pathFormatted: \"[^\"]*\",\\s*stats: \\{")
                .matcher(script);
        while (m.find()) {
            int start = m.end() - 1;
            int depth = 0;
            int end = start;
            for (int i = start; i < script.length(); i++) {
                char ch = script.charAt(i);
                depth += ch == '{' ? 1 : ch == '}' ? -1 : 0;
                if (depth == 0) {
                    end = i + 1;
                    break;
                }
            }
            if (!m.group(1).equals("All Requests")) {
                requests.set(m.group(1), mapper.readTree(script.substring(start, end)));
            }
        }
        return requests;
    }

    private void report(Map<String, Page> pages, JsonNode stats) throws Exception {
        var table = new StringBuilder("| Page | Requests | p50 | p95 | p99 | Errors | Page SQL under load | Raw SQL"
                + " (alone) | Ratio | Heap |\n|---|---|---|---|---|---|---|---|---|---|\n");
        long errors = 0;
        for (var entry : (Iterable<Map.Entry<String, JsonNode>>) stats::fields) {
            String name = entry.getKey();
            JsonNode s = entry.getValue();
            long ko = s.get("numberOfRequests").get("ko").asLong();
            errors += ko;
            Page page = pages.get(name);
            table.append(String.format("| %s | %d | %d ms | %d ms | %d ms | %d | %s | %s | %s | %s |%n", name,
                    s.get("numberOfRequests").get("total").asLong(), s.get("percentiles1").get("total").asLong(),
                    s.get("percentiles3").get("total").asLong(), s.get("percentiles4").get("total").asLong(), ko,
                    page == null ? "—" : String.format("%.2f ms%s", page.loadedMs,
                            page.unseen > 0 ? " (" + page.unseen + " statements not seen under load)" : ""),
                    page == null ? "—" : String.format("%.2f ms (%d statements%s)", page.rawMs, page.rawStatements,
                            page.skipped > 0 ? ", " + page.skipped + " not re-run" : ""),
                    page == null || page.rawMs == 0 ? "—" : String.format("%.2f", page.loadedMs / page.rawMs),
                    "-Xmx" + HEAP));
        }
        table.append(String.format("%nErrors in all: %d. %,d cases, %d users for %d s, %d ms between pages.%n%n",
                errors, SUGGESTIONS, USERS, SECONDS, THINK_MS));
        notes.forEach(note -> table.append("- ").append(note).append('\n'));
        Files.writeString(OUT.resolve("load.md"), table);
        System.out.println(table);
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (var statement = c.createStatement(); var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int freePort() throws Exception {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
