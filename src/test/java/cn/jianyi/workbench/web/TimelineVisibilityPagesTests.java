package cn.jianyi.workbench.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import cn.jianyi.assignment.AssignCommand;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.assignment.RequestExtensionCommand;
import cn.jianyi.assignment.UnitRequests;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.TestWorld;
import cn.jianyi.support.WebClient;

/**
 * The case page's timeline as each role reads it (TimelineVisibility): the deputy sees neither the co-unit's opinion
 * nor the extension request and its reason; every other role that may open the case sees both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TimelineVisibilityPagesTests {

    private static final String OPINION = "同意主办单位意见。";
    private static final String REASON = "需要协调市级部门，申请延期二十天";

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired UnitRequests unitRequests;
    @Autowired Assignments assignments;
    @Autowired Clock clock;

    private long id;

    @BeforeAll
    void world() {
        TestWorld world = TestWorld.create(context);
        id = world.registered(1);
        assignments.assign(new AssignCommand(id, world.health.id(), List.of(world.education.id()), LocalDate.now(clock),
                world.clerk));
        world.opinionGiven(id);
        LocalDate due = assignments.taskOf(id, world.health.id()).orElseThrow().dueOn();
        unitRequests.requestExtension(new RequestExtensionCommand(id, world.health.id(), due.plusDays(20), REASON,
                world.head));
    }

    @Test
    void theDeputyReadsNoInternalDeliberation() {
        for (String deputy : List.of("deputy", "deputy2")) {
            String page = WebClient.loggedIn(port, deputy, TestWorld.PASSWORD).get("/suggestions/" + id).body();
            assertThat(page).as(deputy).contains("办理经过").contains("交承办单位办理")
                    .doesNotContain(OPINION).doesNotContain(REASON).doesNotContain(">申请延期<").doesNotContain(">提交协办意见<");
        }
    }

    @Test
    void everyOtherRoleThatOpensTheCaseReadsTheWholeTimeline() {
        for (String login : List.of("clerk", "supervisor", "admin", "handler", "head", "handler2", "head2")) {
            String page = WebClient.loggedIn(port, login, TestWorld.PASSWORD).get("/suggestions/" + id).body();
            assertThat(page).as(login).contains(">申请延期<").contains(">提交协办意见<").contains(REASON);
        }
    }
}
