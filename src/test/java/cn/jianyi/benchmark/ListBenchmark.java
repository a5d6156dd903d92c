package cn.jianyi.benchmark;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import cn.jianyi.identity.DataScope;
import cn.jianyi.suggestion.ListQueriesOnJdbc;
import cn.jianyi.suggestion.PageOf;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionFilter;
import cn.jianyi.suggestion.SuggestionQueries;
import cn.jianyi.suggestion.SuggestionSummary;

/**
 * The case list at volume (ADR 0071): the application's own list query ({@link SuggestionQueries#search}, its count
 * and its page) for each common list — every case of the district's and a town's office, by meeting, by meeting and
 * status, by status, a unit's cases, a deputy's, the key items — on the load benchmark's generated database
 * ({@link LoadDatabase}, {@link LoadData}; {@code -Djianyi.benchmark.suggestions}, default 100,000, reused under
 * {@code target/load-db}). Times: the call's wall time over JDBC on one connection, median of
 * {@value #RUNS} after {@value #WARM_UP} warm-ups (the driver's server-side statements and PostgreSQL's generic plans
 * included, as in the application). Plans: each statement's last execution as {@code auto_explain} logs it (ANALYZE,
 * BUFFERS). Writes {@code target/benchmarks/list.md}. Run: {@code bin/benchmark list}.
 */
@Tag("benchmark")
class ListBenchmark {

    static final int SUGGESTIONS = Integer.getInteger("jianyi.benchmark.suggestions", 100_000);
    static final int RUNS = 15;
    static final int WARM_UP = 3;
    static final int PAGE_SIZE = 20;
    static final Path OUT = Path.of("target", "benchmarks");
    static final Path LOG = LoadDatabase.DIRECTORY.resolve("data").resolve("log").resolve("postgresql.log");

    record Case(String name, SuggestionFilter filter, DataScope scope, int page) {
    }

    /** The lists people open all day, in the load data's directory (LoadData: congress 1 the district). */
    static List<Case> cases() {
        var district = new DataScope.OfCongresses(Set.of(1L, 2L, 3L));
        var town = new DataScope.OfCongresses(Set.of(2L));
        SuggestionFilter all = SuggestionFilter.none();
        return List.of(
                new Case("clerk: all, page 1", all, district, 1),
                new Case("clerk: all, page 2", all, district, 2),
                new Case("clerk: all, page 500 (the deepest)", all, district, 500),
                new Case("town clerk: all, page 2", all, town, 2),
                new Case("clerk: meeting, page 2", new SuggestionFilter(4L, null, null, null), district, 2),
                new Case("clerk: meeting and status, page 2",
                        new SuggestionFilter(4L, Suggestion.Status.ASSIGNED, null, null), district, 2),
                new Case("clerk: status, page 2", new SuggestionFilter(null, Suggestion.Status.ASSIGNED, null, null),
                        district, 2),
                new Case("clerk: a status no case has", new SuggestionFilter(null, Suggestion.Status.WITHDRAWN, null,
                        null), district, 1),
                new Case("clerk: a unit, page 2", new SuggestionFilter(null, null, 7L, null), district, 2),
                new Case("handler: all, page 1", all, new DataScope.OfUnit(7), 1),
                new Case("handler: all, page 2", all, new DataScope.OfUnit(7), 2),
                new Case("handler: meeting and status", new SuggestionFilter(4L, Suggestion.Status.REPLIED, null, null),
                        new DataScope.OfUnit(7), 1),
                new Case("deputy (district): all", all, new DataScope.OfDeputy(11), 1),
                new Case("deputy (town): all", all, new DataScope.OfDeputy(311), 1),
                new Case("clerk: key items only (只看重点督办)", SuggestionFilter.keyItems(), district, 1),
                new Case("clerk: keyword, page 1", new SuggestionFilter(null, null, null, "托育"), district, 1));
    }

    @Test
    void list() throws Exception {
        Files.createDirectories(OUT);
        var report = new StringBuilder();
        try (LoadDatabase database = LoadDatabase.start(SUGGESTIONS); Connection connection = database.connect()) {
            long present = count(connection);
            if (present == 0) {
                long started = System.nanoTime();
                LoadData.generate(connection, SUGGESTIONS, done -> System.out.printf("generated %,d cases%n", done));
                report.append(String.format("Generated %,d cases in %.1f s.%n%n", SUGGESTIONS,
                        (System.nanoTime() - started) / 1e9));
                present = count(connection);
            } else if (present != SUGGESTIONS) {
                throw new IllegalStateException(database.url() + " holds " + present + " cases: remove target/load-db");
            }
            connection.setAutoCommit(true);
            try (var statement = connection.createStatement()) {
                statement.execute("vacuum analyze");
                statement.execute("load 'auto_explain'");
                statement.execute("set auto_explain.log_analyze = on");
                statement.execute("set auto_explain.log_buffers = on");
                statement.execute("set auto_explain.log_min_duration = -1");
            }
            var single = new SingleConnectionDataSource(connection, true);
            SuggestionQueries queries = ListQueriesOnJdbc.on(JdbcClient.create(single));
            report.append(String.format("%,d cases, page size %d, median of %d runs after %d warm-ups%n%n", present,
                    PAGE_SIZE, RUNS, WARM_UP));
            report.append("| List | Total shown | Page | Median | p90 | Count alone: server, buffers | Page alone:"
                    + " server, buffers |\n|---|---|---|---|---|---|---|\n");
            var plans = new StringBuilder();
            for (Case c : cases()) {
                double[] ms = new double[RUNS];
                PageOf<SuggestionSummary> result = null;
                for (int run = -WARM_UP; run < RUNS; run++) {
                    long start = System.nanoTime();
                    result = queries.search(c.filter(), c.scope(), c.page(), PAGE_SIZE);
                    if (run >= 0) {
                        ms[run] = (System.nanoTime() - start) / 1e6;
                    }
                }
                Arrays.sort(ms);
                String plan = plan(connection, queries, c);
                List<String> statements = statements(plan);
                report.append(String.format("| %s | %s | %d of %d | %.2f ms | %.2f ms | %s | %s |%n", c.name(),
                        shown(result), result.page(), result.pages(), ms[RUNS / 2], ms[RUNS * 9 / 10],
                        statements.get(0), statements.size() > 1 ? statements.get(1) : "—"));
                plans.append("\n### ").append(c.name()).append("\n\n```\n").append(plan).append("```\n");
            }
            report.append("\n## Plans (auto_explain, the statements' last execution)\n").append(plans);
        }
        Files.writeString(OUT.resolve("list.md"), report, StandardCharsets.UTF_8);
        System.out.println(report);
    }

    /** What the page says the total is. */
    private static String shown(PageOf<?> result) {
        return String.format("%,d", result.total()) + (result.totalCapped() ? "+" : "");
    }

    /** The plans auto_explain logs for one more call of the case's list. */
    private static String plan(Connection connection, SuggestionQueries queries, Case c) throws Exception {
        long from = Files.size(LOG);
        try (var statement = connection.createStatement()) {
            statement.execute("set auto_explain.log_min_duration = 0");
        }
        queries.search(c.filter(), c.scope(), c.page(), PAGE_SIZE);
        try (var statement = connection.createStatement()) {
            statement.execute("set auto_explain.log_min_duration = -1");
        }
        Thread.sleep(300);             // the logging collector writes asynchronously
        byte[] bytes;
        try (var file = new RandomAccessFile(LOG.toFile(), "r")) {
            file.seek(from);
            bytes = new byte[(int) (file.length() - from)];
            file.readFully(bytes);
        }
        var kept = new ArrayList<String>();
        boolean inPlan = false;
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            if (line.matches("^\\d{4}-\\d\\d-\\d\\d .*")) {
                inPlan = line.contains("plan:");
                if (inPlan) {
                    kept.add(line.replaceFirst("^.*LOG:\\s*", ""));
                }
            } else if (inPlan && !line.contains("auto_explain.log_min_duration")) {
                kept.add(line);
            }
        }
        return String.join("\n", kept) + "\n";
    }

    /**
     * Each logged statement's execution time (with ANALYZE's timing) and the buffers its plan touched: the second is
     * what a statement reads, whatever else the machine does meanwhile.
     */
    private static List<String> statements(String plan) {
        var found = new ArrayList<String>();
        var matcher = java.util.regex.Pattern.compile("duration: ([0-9.]+) ms  plan:(?:(?!duration:)[\\s\\S])*?Buffers: shared hit=(\\d+)"
                + "(?: read=(\\d+))?").matcher(plan);
        while (matcher.find()) {
            long buffers = Long.parseLong(matcher.group(2))
                    + (matcher.group(3) == null ? 0 : Long.parseLong(matcher.group(3)));
            found.add(String.format("%s ms, %,d", matcher.group(1), buffers));
        }
        return found.isEmpty() ? List.of("—") : found;
    }

    private static long count(Connection connection) throws Exception {
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("select count(*) from suggestions")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
