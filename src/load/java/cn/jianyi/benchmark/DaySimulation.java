package cn.jianyi.benchmark;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * A working day of a clerk, a handler, a head and a deputy (ADR 0070), run by {@link LoadBenchmark} in a JVM of its
 * own: each virtual user logs in once (form login with the CSRF token, its own session) with an account of the plan
 * (CSV files under {@code -Dload.plan}), then repeats its day for {@code -Dload.seconds}, pausing
 * {@code -Dload.think-ms} between pages. Request names are "role: page", the rows of the report.
 */
public class DaySimulation extends Simulation {

    static final String BASE = System.getProperty("load.base", "http://127.0.0.1:8080");
    static final String PLAN = System.getProperty("load.plan", "target/load-plan");
    static final Duration DURATION = Duration.ofSeconds(Long.getLong("load.seconds", 120));
    static final Duration THINK = Duration.ofMillis(Long.getLong("load.think-ms", 1000));
    static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptHeader("text/html").disableCaching()
            .shareConnections().userAgentHeader("jianyi-load");

    static ChainBuilder login = exec(http("login page").get("/login")
                    .check(css("input[name='_csrf']", "value").saveAs("csrf")))
            .exec(http("login").post("/login").formParam("username", "#{username}")
                    .formParam("password", LoadData.PASSWORD).formParam("_csrf", "#{csrf}")
                    .check(status().is(200), currentLocationRegex(".*/login.*").notExists()));

    /** The i-th of the user's space-separated ids in {@code key}, round the list. */
    static String pick(Session session, String key, int i) {
        String[] ids = session.getString(key).split(" ");
        return ids[Math.floorMod(i, ids.length)];
    }

    static ChainBuilder page(String role, String name, String url) {
        return exec(http(role + ": " + name).get(url).check(status().is(200))).pause(THINK);
    }

    static ChainBuilder day(String role, ChainBuilder work) {
        return exec(login).during(DURATION).on(exec(session -> {
            int n = session.getInt("n");
            return session.set("case", pick(session, "cases", n * 7)).set("write", pick(session, "writes", n))
                    .set("listPage", 1 + n % 5).set("n", n + 1);
        }).exec(page(role, "home", "/"))
                .exec(page(role, "list", "/suggestions?meetingId=#{meeting}&status=#{status}&page=#{listPage}"))
                .exec(page(role, "case", "/suggestions/#{case}"))
                .exec(work));
    }

    static ScenarioBuilder role(String role, ChainBuilder work) {
        return CoreDsl.scenario(role).feed(csv(PLAN + "/" + role + ".csv").queue()).exec(session -> session.set("n", 0))
                .exec(day(role, work));
    }

    /** The write of the iteration: once per case (a written case leaves the plan's list as the loop goes round). */
    static ChainBuilder once(ChainBuilder write) {
        return doIf(session -> session.getInt("n") <= session.getString("writes").split(" ").length).then(write);
    }

    ScenarioBuilder clerk = role("clerk", page("clerk", "list, page 2 of all", "/suggestions?page=2"));

    ScenarioBuilder handler = role("handler", once(exec(http("handler: draft form")
            .get("/suggestions/#{write}/reply").check(status().is(200))
            .check(css("meta[name='_csrf']", "content").saveAs("csrf"))).pause(THINK)
            .exec(http("handler: draft save").post("/suggestions/#{write}/reply")
                    .formParam("_csrf", "#{csrf}").formParam("classification", "A")
                    .formParam("title", "关于第#{write}号建议的答复").formParam("salutation", "尊敬的代表：")
                    .formParam("body", "您提出的建议收悉。现答复如下：我们已列入年度计划，逐步推进。")
                    .formParam("contactUnit", "承办单位").formParam("contactPhone", "0571-88000000")
                    .formParam("postcode", "310000").formParam("copyTo", "").formParam("publicity", "PROACTIVE")
                    .check(status().is(200), currentLocationRegex(".*/suggestions/\\d+$").exists()))
            .pause(THINK)));

    ScenarioBuilder head = role("head", once(exec(http("head: reply page").get("/replies/#{write}")
            .check(status().is(200)).check(css("meta[name='_csrf']", "content").saveAs("csrf")))
            .pause(THINK)
            .exec(http("head: sign").post("/replies/#{write}/sign").formParam("_csrf", "#{csrf}")
                    .formParam("signedOn", TODAY)
                    .check(status().is(200), currentLocationRegex(".*/suggestions/\\d+$").exists()))
            .pause(THINK)));

    ScenarioBuilder deputy = role("deputy", once(exec(http("deputy: feedback form")
            .get("/suggestions/#{write}/feedback").check(status().is(200))
            .check(css("meta[name='_csrf']", "content").saveAs("csrf"))).pause(THINK)
            .exec(http("deputy: feedback save").post("/suggestions/#{write}/feedback").formParam("_csrf", "#{csrf}")
                    .formParam("satisfaction", "SATISFIED").formParam("resultRating", "SATISFIED")
                    .formParam("attitudeRating", "BASICALLY_SATISFIED").formParam("comment", "")
                    .check(status().is(200), currentLocationRegex(".*/suggestions/\\d+$").exists()))
            .pause(THINK)));

    {
        int users = Integer.getInteger("load.users", 20);
        int clerks = users / 4;
        int handlers = users / 4;
        int heads = users / 4;
        int deputies = users - clerks - handlers - heads;
        setUp(clerk.injectOpen(rampUsers(clerks).during(5)), handler.injectOpen(rampUsers(handlers).during(5)),
                head.injectOpen(rampUsers(heads).during(5)), deputy.injectOpen(rampUsers(deputies).during(5)))
                .protocols(protocol);
    }
}
