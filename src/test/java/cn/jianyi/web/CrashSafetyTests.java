package cn.jianyi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jianyi.audit.AuditChain;
import cn.jianyi.feedback.FeedbackVerification;
import cn.jianyi.support.ApplicationProcess;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestDatabases;
import cn.jianyi.support.TestWorld;

/**
 * Crash safety (issue 22, point 3; ADR 0066): the application runs as its own process on the test's PostgreSQL
 * database; four threads drive the acts people do all day over HTTP (登记, 交办, 拟稿, 签发 with its document number,
 * the deputy's 评价), and the process is killed with SIGKILL mid-load three times, each time while a chosen act is in
 * flight (a registration, a signature, a feedback) after one of its kind answered in that run; after the first two
 * kills it is started again and the load resumes on it, after the third the test's own application, an instance on
 * the same database, checks. After each kill every request that had answered success is in the database, no act is half done, the document numbers are gap-free per
 * unit and year, the feedback signatures and the audit chain verify. The counts go to {@code target/crash/summary.md}
 * (copied into docs/benchmarks.md, "Crash safety (kill -9)").
 * <p>
 * The world (a congress, its units, deputies and logins) is made through the use cases in the test's own application
 * before the process starts; the process shares its database, as a second instance would.
 */
@Tag("postgres-only")       // a process on the test's database: PostgreSQL only, the H2 pass has none to share
@OnPostgres
@IntegrationTest
class CrashSafetyTests {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Path OUT = Path.of("target", "crash");
    private static final int WORKERS = 4;
    /**
     * The kill points: each kills the process once its act has been in flight (sent, not yet answered) for
     * {@link #IN_FLIGHT_MILLIS}, after at least the given load: the first while the first registrations run, the
     * others once cases have reached signing and feedback.
     */
    private static final List<Act> KILL_POINTS = List.of(Act.REGISTER, Act.SIGN, Act.FEEDBACK);
    private static final Map<Act, Long> LOAD_BEFORE_KILL = Map.of(Act.REGISTER, 0L, Act.SIGN, 1_000L,
            Act.FEEDBACK, 1_000L);
    private static final long IN_FLIGHT_MILLIS = 20;
    private static final Pattern CASE_PAGE = Pattern.compile(".*/suggestions/(\\d+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");

    enum Act { REGISTER, ASSIGN, DRAFT, SIGN, FEEDBACK }

    @Autowired ApplicationContext context;
    @Autowired Environment environment;
    @Autowired JdbcClient jdbc;
    @Autowired FeedbackVerification feedbackVerification;
    @Autowired AuditChain auditChain;

    private TestWorld world;
    private final AtomicInteger numbers = new AtomicInteger();
    /** What answered success, act by act: the case's id (the reply's for a signature). */
    private final Map<Act, ConcurrentLinkedQueue<Long>> succeeded = new EnumMap<>(Act.class);
    private final List<String> summary = new ArrayList<>();
    private final List<String> checks = new ArrayList<>();

    @Test
    @DisplayName("kill -9 三次（登记、签发、评价进行中）：已成功的请求都在，无半截操作，文号连续，评价签名与审计链可验证")
    void killNineMidLoadLosesNothingThatAnsweredSuccess() throws Exception {
        assertThat(TestDatabases.onPostgres()).as("the process shares the test's PostgreSQL database").isTrue();
        long begun = System.nanoTime();
        for (Act act : Act.values()) {
            succeeded.put(act, new ConcurrentLinkedQueue<>());
        }
        Files.createDirectories(OUT);
        summary.add("| Run | Kill aimed at | Load before the kill | Acts sent | Succeeded | Cut by the kill | Refused | "
                + "In flight at the kill | Start to ready |");
        summary.add("|---|---|---|---|---|---|---|---|---|");

        List<ApplicationProcess> started = new ArrayList<>();
        try {
            ApplicationProcess app = startApplication(0, started);
            world = TestWorld.create(context);        // while the process starts, which needs no world for that
            long ready = app.awaitReadyMillis();
            for (int run = 0; run < KILL_POINTS.size(); run++) {
                Round round = load(app, KILL_POINTS.get(run));
                boolean last = run == KILL_POINTS.size() - 1;
                // the next process starts while this run is checked; after the last kill the test's own application,
                // an instance on the same database, checks what the kill left (runs 2 and 3 showed the restart)
                ApplicationProcess next = last ? null : startApplication(run + 1, started);
                checks.add("after kill " + (run + 1) + ": " + checkNothingLostOrHalfDone());
                summary.add(round.row(run + 1, ready));
                if (!last) {
                    app = next;
                    ready = app.awaitReadyMillis();
                }
            }
        } finally {
            for (ApplicationProcess app : started) {
                app.kill();
            }
        }
        writeSummary(Duration.ofNanos(System.nanoTime() - begun).toSeconds());
        for (Act act : Act.values()) {
            assertThat(succeeded.get(act)).as("%s answered success at least once", act).isNotEmpty();
        }
    }

    private ApplicationProcess startApplication(int n, List<ApplicationProcess> started) {
        String run = "run-" + ProcessHandle.current().pid();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.datasource.url", environment.getRequiredProperty("spring.datasource.url"));
        settings.put("spring.datasource.username", environment.getRequiredProperty("spring.datasource.username"));
        settings.put("spring.datasource.password", environment.getRequiredProperty("spring.datasource.password"));
        settings.put("jianyi.demo.enabled", "false");
        settings.put(TestDatabases.SESSION_LIMIT_PROPERTY, "-1");
        settings.put(TestDatabases.PASSWORD_AGE_PROPERTY, "0");
        settings.put("jianyi.security.password-hash-cost", "4");
        settings.put("jianyi.documents.seal-dir", OUT.resolve(run).resolve("seals").toAbsolutePath().toString());
        settings.put("jianyi.feedback.signing-key-dir", OUT.resolve(run).resolve("keys").toAbsolutePath().toString());
        settings.put("jianyi.search.index-dir", OUT.resolve(run).resolve("index").toAbsolutePath().toString());
        ApplicationProcess app = ApplicationProcess.start(settings, OUT.resolve(run).resolve("application-" + n + ".log"));
        started.add(app);
        return app;
    }

    // the load -------------------------------------------------------------------------------------------------------

    /** One run of the load: {@link #WORKERS} threads, each taking new cases through every act until stopped or cut. */
    private final class Round {
        final Map<Act, AtomicInteger> sent = counters();
        final Map<Act, AtomicInteger> ok = counters();
        final Map<Act, AtomicInteger> cut = counters();
        final Map<Act, AtomicInteger> refused = counters();
        final AtomicReferenceArray<Act> inFlight = new AtomicReferenceArray<>(WORKERS);
        final AtomicLongArray inFlightSince = new AtomicLongArray(WORKERS);
        final AtomicBoolean stop = new AtomicBoolean();
        final CountDownLatch loggedIn = new CountDownLatch(WORKERS);
        final List<String> refusals = new java.util.concurrent.CopyOnWriteArrayList<>();
        /** Why each worker stopped on a request that did not answer (the kill; anything else fails the test). */
        final List<String> gone = new java.util.concurrent.CopyOnWriteArrayList<>();
        String aimedAt;
        String atKill = "-";
        long loadMillis;

        private static Map<Act, AtomicInteger> counters() {
            Map<Act, AtomicInteger> counters = new EnumMap<>(Act.class);
            for (Act act : Act.values()) {
                counters.put(act, new AtomicInteger());
            }
            return counters;
        }

        String row(int run, long readyMillis) {
            return "| " + run + " | " + aimedAt + " | " + String.format("%.1f s", loadMillis / 1000.0) + " | "
                    + per(sent) + " | " + per(ok) + " | " + per(cut) + " | " + per(refused) + " | " + atKill + " | "
                    + String.format("%.1f s", readyMillis / 1000.0) + " |";
        }

        private String per(Map<Act, AtomicInteger> counts) {
            int total = counts.values().stream().mapToInt(AtomicInteger::get).sum();
            var parts = new ArrayList<String>();
            counts.forEach((act, n) -> parts.add(n.get() + ""));
            return total + " (" + String.join("/", parts) + ")";
        }
    }

    private Round load(ApplicationProcess app, Act target) throws Exception {
        Round round = new Round();
        long from = System.nanoTime();
        List<CompletableFuture<Void>> workers = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            int worker = w;
            workers.add(CompletableFuture.runAsync(() -> work(app.port(), worker, round),
                    command -> new Thread(command, "crash-load-" + worker).start()));
        }
        assertThat(round.loggedIn.await(60, TimeUnit.SECONDS)).as("every worker logged in").isTrue();
        from = System.nanoTime();
        Thread.sleep(LOAD_BEFORE_KILL.get(target));
        round.aimedAt = "a " + target.name().toLowerCase() + " in flight";
        // one act of the kind answered in this run, then another in flight: the kill falls between a success
        // and a request it cuts
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (round.ok.get(target).get() == 0 && System.nanoTime() < until) {
            Thread.sleep(1);
        }
        assertThat(round.gone).as("requests that did not answer before the kill").isEmpty();
        until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!inFlight(round, target) && System.nanoTime() < until) {
            Thread.sleep(1);
        }
        round.atKill = describeInFlight(round);
        round.loadMillis = Duration.ofNanos(System.nanoTime() - from).toMillis();
        assertThat(app.kill()).as("SIGKILL (kill -9) ends the process").isEqualTo(ApplicationProcess.KILLED);
        CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).get();
        assertThat(round.refusals).as("no act refused: the load's acts are all allowed").isEmpty();
        return round;
    }

    /** Whether a worker has had this act in flight for at least {@link #IN_FLIGHT_MILLIS}. */
    private static boolean inFlight(Round round, Act act) {
        long now = System.nanoTime();
        for (int w = 0; w < WORKERS; w++) {
            if (round.inFlight.get(w) == act
                    && now - round.inFlightSince.get(w) >= Duration.ofMillis(IN_FLIGHT_MILLIS).toNanos()) {
                return true;
            }
        }
        return false;
    }

    private static String describeInFlight(Round round) {
        var acts = new ArrayList<String>();
        for (int w = 0; w < WORKERS; w++) {
            Act act = round.inFlight.get(w);
            acts.add(act == null ? "-" : act.name().toLowerCase());
        }
        return String.join(", ", acts);
    }

    /** One worker: logs in the four people, then takes new cases through the acts until stopped or the server is gone. */
    private void work(int port, int worker, Round round) {
        LocalDate today = LocalDate.now(CHINA);
        boolean counted = false;
        try {
            Http clerk = Http.loggedIn(port, "clerk");
            Http handler = Http.loggedIn(port, "handler");
            Http head = Http.loggedIn(port, "head");
            Http deputy = Http.loggedIn(port, "deputy");
            round.loggedIn.countDown();
            counted = true;
            while (!round.stop.get()) {
                int number = numbers.incrementAndGet();
                Optional<Long> id = act(round, worker, Act.REGISTER, () -> clerk.post("/suggestions/new", List.of(
                        "meetingId", String.valueOf(world.meeting.id()), "number", String.valueOf(number),
                        "title", "关于崩溃测试第" + number + "号的建议", "content", "建议内容：第" + number + "号。",
                        "leadDeputyId", String.valueOf(world.cheng.id()), "category", "URBAN_ENVIRONMENT",
                        "receivedOn", TestWorld.RECEIVED.toString())), null);
                if (id.isEmpty()) {
                    continue;
                }
                long caseId = id.get();
                if (act(round, worker, Act.ASSIGN, () -> clerk.post("/suggestions/" + caseId + "/assign", List.of(
                        "leadUnitId", String.valueOf(world.health.id()), "assignedOn", today.toString())), caseId)
                        .isEmpty()) {
                    continue;
                }
                if (act(round, worker, Act.DRAFT, () -> handler.post("/suggestions/" + caseId + "/reply", List.of(
                        "classification", "A", "title", "关于第" + number + "号建议的答复", "salutation", "程绮南代表：",
                        "body", "答复正文：第" + number + "号建议所提事项已办理。", "contactUnit", "区卫健委",
                        "contactPhone", "0791-83730001", "postcode", "330100", "copyTo", "区政府督查室",
                        "publicity", "PROACTIVE")), caseId).isEmpty()) {
                    continue;
                }
                long replyId = jdbc.sql("select id from replies where suggestion_id = :id").param("id", caseId)
                        .query(Long.class).single();
                if (act(round, worker, Act.SIGN, () -> head.post("/replies/" + replyId + "/sign", List.of(
                        "signedOn", today.toString())), caseId, replyId).isEmpty()) {
                    continue;
                }
                act(round, worker, Act.FEEDBACK, () -> deputy.post("/suggestions/" + caseId + "/feedback", List.of(
                        "satisfaction", "SATISFIED", "resultRating", "SATISFIED", "attitudeRating", "SATISFIED",
                        "comment", "满意。")), caseId);
            }
        } catch (ServerGone gone) {
            // the process was killed: this worker's run ends; the next run starts on the restarted process
            round.gone.add(gone.getMessage());
        } finally {
            round.inFlight.set(worker, null);
            if (!counted) {
                round.loggedIn.countDown();         // the assertion on the round names why
            }
        }
    }

    /**
     * Sends one act; success is the redirect to the case page (a refusal redirects back to its form). Returns the
     * case's id on success; throws {@link ServerGone} when the request was cut by the kill.
     */
    private Optional<Long> act(Round round, int worker, Act act, RequestCall call, Long expectedCase) {
        return act(round, worker, act, call, expectedCase, null);
    }

    /** As above, recording {@code recorded} (a reply's id) as what succeeded instead of the case's id. */
    private Optional<Long> act(Round round, int worker, Act act, RequestCall call, Long expectedCase, Long recorded) {
        round.inFlightSince.set(worker, System.nanoTime());
        round.inFlight.set(worker, act);
        round.sent.get(act).incrementAndGet();
        HttpResponse<String> response;
        try {
            response = call.send();
        } catch (IOException e) {
            round.cut.get(act).incrementAndGet();
            throw new ServerGone(e);
        } finally {
            round.inFlight.set(worker, null);
        }
        String location = response.headers().firstValue("Location").orElse("");
        Matcher casePage = CASE_PAGE.matcher(URI.create(location.isEmpty() ? "/" : location).getPath());
        if (response.statusCode() == 302 && casePage.matches()
                && (expectedCase == null || Long.parseLong(casePage.group(1)) == expectedCase)) {
            long id = Long.parseLong(casePage.group(1));
            round.ok.get(act).incrementAndGet();
            succeeded.get(act).add(recorded == null ? id : recorded);
            return Optional.of(id);
        }
        round.refused.get(act).incrementAndGet();
        round.refusals.add(act + ": " + response.statusCode() + " " + location);
        return Optional.empty();
    }

    @FunctionalInterface
    private interface RequestCall {
        HttpResponse<String> send() throws IOException;
    }

    private static final class ServerGone extends RuntimeException {
        ServerGone(IOException cause) {
            super(String.valueOf(cause), cause, false, false);
        }
    }

    /** A browser's session over plain HTTP: cookies, the CSRF token of the session, no redirects followed. */
    private static final class Http {
        private static final Duration TIMEOUT = Duration.ofSeconds(60);
        private final int port;
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(2)).build();
        private String csrf;

        private Http(int port) {
            this.port = port;
        }

        static Http loggedIn(int port, String username) {
            Http http = new Http(port);
            try {
                http.csrf = http.token("/login");
                HttpResponse<String> login = http.post("/login", List.of("username", username,
                        "password", TestWorld.PASSWORD));
                String location = login.headers().firstValue("Location").orElse("");
                if (login.statusCode() != 302 || location.contains("error")) {
                    throw new IllegalStateException("login of " + username + " failed: " + location);
                }
                http.csrf = http.token("/");
                return http;
            } catch (IOException e) {
                throw new ServerGone(e);
            }
        }

        private String token(String path) throws IOException {
            HttpResponse<String> page = send(HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT).GET().build());
            if (page.statusCode() == 302) {
                String location = page.headers().firstValue("Location").orElseThrow();
                page = send(HttpRequest.newBuilder(uri(URI.create(location).getRawPath())).timeout(TIMEOUT).GET().build());
            }
            Matcher m = CSRF.matcher(page.body());
            if (!m.find()) {
                throw new IllegalStateException("no CSRF token on " + path + ": " + page.statusCode());
            }
            return m.group(1);
        }

        HttpResponse<String> post(String path, List<String> nameValuePairs) throws IOException {
            var body = new StringBuilder("_csrf=").append(URLEncoder.encode(csrf, StandardCharsets.UTF_8));
            for (int i = 0; i < nameValuePairs.size(); i += 2) {
                body.append('&').append(URLEncoder.encode(nameValuePairs.get(i), StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(nameValuePairs.get(i + 1), StandardCharsets.UTF_8));
            }
            return send(HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
        }

        private HttpResponse<String> send(HttpRequest request) throws IOException {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }

    // the checks -----------------------------------------------------------------------------------------------------

    /** Every success present, nothing half done, numbers gap-free, signatures and chain verifying; what was checked. */
    private String checkNothingLostOrHalfDone() {
        // every request that answered success is there
        for (long id : succeeded.get(Act.REGISTER)) {
            assertThat(count("select count(*) from suggestions where id = ?", id)).as("registered case %d", id)
                    .isEqualTo(1);
        }
        for (long id : succeeded.get(Act.ASSIGN)) {
            assertThat(count("select count(*) from assignments where suggestion_id = ? and role = 'LEAD'", id))
                    .as("assignment of case %d", id).isEqualTo(1);
        }
        for (long id : succeeded.get(Act.DRAFT)) {
            assertThat(count("select count(*) from replies where suggestion_id = ?", id)).as("reply of case %d", id)
                    .isEqualTo(1);
        }
        for (long replyId : succeeded.get(Act.SIGN)) {
            assertThat(count("select count(*) from replies where id = ? and status = 'SIGNED' and doc_serial is not null",
                    replyId)).as("signed reply %d with its number", replyId).isEqualTo(1);
        }
        for (long id : succeeded.get(Act.FEEDBACK)) {
            assertThat(count("select count(*) from feedbacks where suggestion_id = ?", id)).as("feedback on %d", id)
                    .isEqualTo(1);
        }

        // no half-done act
        assertThat(rows("select s.id from suggestions s where s.status <> 'REGISTERED' and not exists"
                + " (select 1 from assignments a where a.suggestion_id = s.id and a.role = 'LEAD')"))
                .as("a case past registration without its lead unit's task").isEmpty();
        assertThat(rows("select a.suggestion_id from assignments a join suggestions s on s.id = a.suggestion_id"
                + " where s.status = 'REGISTERED'")).as("a task whose case is not assigned").isEmpty();
        assertThat(rows("select a.suggestion_id from assignments a where not exists (select 1 from suggestion_units u"
                + " where u.suggestion_id = a.suggestion_id and u.unit_id = a.unit_id)"))
                .as("a task without the case's unit record (data scope)").isEmpty();
        assertThat(rows("select r.id from replies r where r.status = 'SIGNED' and (r.doc_serial is null"
                + " or r.signed_on is null)")).as("a signature without its number").isEmpty();
        assertThat(rows("select r.id from replies r join suggestions s on s.id = r.suggestion_id"
                + " where r.status = 'SIGNED' and s.status not in ('REPLIED', 'CONCLUDED', 'REHANDLING')"))
                .as("a signed reply whose case is not replied").isEmpty();
        assertThat(rows("select s.id from suggestions s where s.status = 'REPLIED' and not exists"
                + " (select 1 from replies r where r.suggestion_id = s.id and r.status = 'SIGNED')"))
                .as("a replied case without a signed reply").isEmpty();
        assertThat(rows("select f.id from feedbacks f where f.signature is null or f.signing_key_id is null"))
                .as("a feedback without its signature").isEmpty();
        assertThat(rows("select f.id from feedbacks f join replies r on r.id = f.reply_id where r.status <> 'SIGNED'"))
                .as("a feedback on an unsigned reply").isEmpty();
        assertThat(rows("select s.id from suggestions s where s.status <> (select t.to_status from timeline_entries t"
                + " where t.suggestion_id = s.id order by t.id desc limit 1)"))
                .as("a case whose status is not where its timeline's last step left it").isEmpty();
        assertThat(rows("select s.id from suggestions s where not exists"
                + " (select 1 from timeline_entries t where t.suggestion_id = s.id)"))
                .as("a case without its timeline").isEmpty();

        // document numbers: 1..n per unit and year, the counter at n, so no number was taken without its reply
        var numbered = jdbc.sql("select unit_id, doc_year, count(*), min(doc_serial), max(doc_serial) from replies"
                        + " where status = 'SIGNED' group by unit_id, doc_year")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)})
                .list();
        int signed = 0;
        for (long[] group : numbered) {
            assertThat(group[3]).as("first number of unit %d in %d", group[0], group[1]).isEqualTo(1);
            assertThat(group[4]).as("gap-free numbers of unit %d in %d", group[0], group[1]).isEqualTo(group[2]);
            assertThat(jdbc.sql("select last_serial from document_number_sequences where unit_id = ? and serial_year = ?")
                    .params(group[0], group[1]).query(Long.class).single())
                    .as("no number taken without its reply (unit %d, %d)", group[0], group[1]).isEqualTo(group[2]);
            signed += (int) group[2];
        }
        assertThat(rows("select q.unit_id from document_number_sequences q where q.last_serial > 0 and not exists"
                + " (select 1 from replies r where r.unit_id = q.unit_id and r.doc_year = q.serial_year"
                + " and r.status = 'SIGNED')")).as("a counter ahead of every reply").isEmpty();

        // the signatures and the chain
        var feedbackResult = feedbackVerification.verifyAll();
        assertThat(feedbackResult.altered()).as("feedback signatures").isEmpty();
        var chain = auditChain.verify();
        assertThat(chain.firstBroken()).as("audit chain").isEmpty();

        long cases = count("select count(*) from suggestions");
        return cases + " cases, every success of the load present (" + succeededCounts() + "), no half-done act, "
                + signed + " document numbers gap-free, " + feedbackResult.verified() + " feedback signatures and "
                + chain.verified() + " audit records verified";
    }

    private String succeededCounts() {
        var parts = new ArrayList<String>();
        succeeded.forEach((act, ids) -> parts.add(ids.size() + ""));
        return String.join("/", parts);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private List<Long> rows(String sql) {
        return jdbc.sql(sql).query(Long.class).list();
    }

    private void writeSummary(long seconds) throws IOException {
        var text = new StringBuilder("# Crash safety (kill -9)\n\n")
                .append("Acts per run as registrations/assignments/drafts/signatures/feedback; ").append(WORKERS)
                .append(" threads, each taking new cases through every act. \"In flight at the kill\": each thread's")
                .append(" request when SIGKILL came. \"Start to ready\": the process that ran the load, from its start")
                .append(" to /actuator/health/readiness answering 200.\n\n");
        summary.forEach(line -> text.append(line).append('\n'));
        text.append('\n');
        checks.forEach(line -> text.append("- ").append(line).append('\n'));
        text.append("\nThe whole test: ").append(seconds).append(" s.\n");
        Files.writeString(OUT.resolve("summary.md"), text.toString(), StandardCharsets.UTF_8);
    }
}
