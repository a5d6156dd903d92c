package cn.jianyi.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.WebApplicationContext;

import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.DataScope;
import cn.jianyi.statistics.Statistics;
import cn.jianyi.statistics.StatisticsFilter;
import cn.jianyi.statistics.report.HandlingReports;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.MockWebClient;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestWorld;

/**
 * Several congresses in one installation (ADR 0042): 区人大 (the world's) and 望城镇人大 below it, each with its own
 * clerk. Neither clerk sees the other's cases, units or statistics, nor acts on them; an account of 区人大 that
 * includes the congresses below sees both. The route-by-route walk of every role is in {@code AuthorizationTests}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@OnPostgres
@IntegrationTest
class CongressScopeTests {

    @Autowired WebApplicationContext context;
    @Autowired UserDetailsService logins;
    @Autowired Statistics statistics;
    @Autowired HandlingReports reports;

    private TestWorld world;
    private TestWorld.SecondCongress town;
    private long districtCase;
    private long districtRegistered;
    private MockWebClient clerk;
    private MockWebClient clerk2;
    private MockWebClient clerkall;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        districtCase = world.replied(1);
        districtRegistered = world.registered(2);
        town = world.secondCongress();
        clerk = MockWebClient.loggedIn(context, "clerk");
        clerk2 = MockWebClient.loggedIn(context, "clerk2");
        clerkall = MockWebClient.loggedIn(context, "clerkall");
    }

    private DataScope scopeOf(String login) {
        return ((CurrentUser) logins.loadUserByUsername(login)).dataScope();
    }

    @Test
    void eachClerkReadsTheCasesOfTheirOwnCongressOnly() {
        assertThat(scopeOf("clerk")).isEqualTo(new DataScope.OfCongresses(java.util.Set.of(world.meeting.congressId())));
        assertThat(scopeOf("clerk2")).isEqualTo(new DataScope.OfCongresses(java.util.Set.of(town.congressId)));

        String list = clerk.get("/suggestions").body();
        assertThat(list).contains("关于健全生育服务保障机制的建议").doesNotContain("关于修缮镇文化站的建议");
        String list2 = clerk2.get("/suggestions").body();
        assertThat(list2).contains("关于修缮镇文化站的建议").doesNotContain("关于健全生育服务保障机制的建议");

        assertThat(clerk.get("/suggestions/" + town.caseId).statusCode()).isEqualTo(404);
        assertThat(clerk2.get("/suggestions/" + districtCase).statusCode()).isEqualTo(404);
        assertThat(clerk.get("/suggestions/export.xlsx").statusCode()).isEqualTo(200);
        assertThat(clerk2.get("/suggestions/" + town.caseId).statusCode()).isEqualTo(200);
    }

    @Test
    void anAccountOfTheDistrictWithTheCongressesBelowSeesBoth() {
        assertThat(((DataScope.OfCongresses) scopeOf("clerkall")).congressIds())
                .contains(world.meeting.congressId(), town.congressId);
        assertThat(clerkall.get("/suggestions").body()).contains("关于健全生育服务保障机制的建议", "关于修缮镇文化站的建议");
        assertThat(clerkall.get("/suggestions/" + town.caseId).statusCode()).isEqualTo(200);
        assertThat(clerkall.get("/suggestions/" + districtCase).statusCode()).isEqualTo(200);
        assertThat(statistics.report(StatisticsFilter.all().within(scopeOf("clerkall"))).total()).isEqualTo(4);
    }

    @Test
    void theStatisticsAndTheYearReportOfOneClerkDoNotCountTheOtherCongress() {
        assertThat(statistics.report(StatisticsFilter.all()).total()).as("the installation").isEqualTo(4);
        assertThat(statistics.report(StatisticsFilter.all().within(scopeOf("clerk"))).total()).isEqualTo(2);
        assertThat(statistics.report(StatisticsFilter.all().within(scopeOf("clerk2"))).total()).isEqualTo(2);
        assertThat(statistics.report(StatisticsFilter.meeting(town.meeting.id()).within(scopeOf("clerk"))).total())
                .as("another congress's meeting chosen by URL").isZero();
        assertThat(reports.report(StatisticsFilter.all().within(scopeOf("clerk"))).toString())
                .contains("区卫健委").doesNotContain("镇政府办");
        assertThat(reports.report(StatisticsFilter.all().within(scopeOf("clerk2"))).toString())
                .contains("镇政府办").doesNotContain("区卫健委");

        assertThat(clerk.get("/dashboard").body()).doesNotContain("镇政府办").doesNotContain("一届三次会议");
        assertThat(clerk2.get("/dashboard").body()).contains("镇政府办").doesNotContain("区卫健委");
        assertThat(clerk2.get("/dashboard/cases?figure=ALL").body()).contains("关于修缮镇文化站的建议")
                .doesNotContain("关于健全生育服务保障机制的建议");
        assertThat(clerk.get("/assessment").body()).doesNotContain("镇政府办");
        assertThat(clerk.download("/dashboard/export.xlsx").statusCode()).isEqualTo(200);
    }

    @Test
    void eachClerkIsOfferedAndMayChooseTheUnitsDeputiesAndMeetingsOfTheirCongressOnly() {
        String assign = clerk.get("/suggestions/" + districtRegistered + "/assign").body();
        assertThat(assign).contains("区卫健委").doesNotContain("镇政府办");
        String assign2 = clerk2.get("/suggestions/" + town.registeredId + "/assign").body();
        assertThat(assign2).contains("镇政府办").doesNotContain("区卫健委");
        // another congress's unit typed into the form: refused beside the field, nothing assigned
        assertThat(clerk.follow(clerk.post("/suggestions/" + districtRegistered + "/assign", List.of("leadUnitId",
                String.valueOf(town.unit.id()), "assignedOn", TestWorld.ASSIGNED.toString()))).body())
                .contains("has-error");
        assertThat(clerk.get("/suggestions/" + districtRegistered).body()).contains("已登记");

        String register = clerk.get("/suggestions/new").body();
        assertThat(register).contains("程绮南").doesNotContain("胡立新").doesNotContain("一届三次会议");
        // another congress's meeting, or a deputy of another congress, typed in: refused, nothing registered
        assertThat(clerk.follow(clerk.post("/suggestions/new", List.of("meetingId", String.valueOf(town.meeting.id()),
                "number", "9", "title", "越权登记", "content", "内容", "leadDeputyId", String.valueOf(town.deputy.id()),
                "category", "OTHER", "receivedOn", "2024-01-12"))).body()).contains("has-error");
        assertThat(clerk.follow(clerk.post("/suggestions/new", List.of("meetingId", String.valueOf(world.meeting.id()),
                "number", "9", "title", "越权登记", "content", "内容", "leadDeputyId", String.valueOf(town.deputy.id()),
                "category", "OTHER", "receivedOn", "2024-01-12"))).body()).contains("has-error");
        assertThat(clerkall.get("/suggestions").body()).doesNotContain("越权登记");

        assertThat(clerk.get("/suggestions").body()).doesNotContain("镇政府办");
        assertThat(clerk.post("/exports", List.of("meetingId", String.valueOf(town.meeting.id()))).statusCode())
                .as("another congress's meeting ZIP").isEqualTo(404);
    }

    @Test
    void theAdministratorOfOneCongressKeepsItsDirectoryOnly() {
        MockWebClient admin2 = MockWebClient.loggedIn(context, "admin2");
        String health = "/directory/units/" + world.health.id() + "\"";
        assertThat(admin2.get("/directory/units").body()).contains("镇政府办").doesNotContain(health);
        assertThat(admin2.get("/directory/units?congressId=" + world.meeting.congressId()).body())
                .doesNotContain(health);
        assertThat(admin2.get("/directory/units/" + world.health.id()).statusCode()).isEqualTo(404);
        assertThat(admin2.get("/directory/deputies/" + world.cheng.id()).statusCode()).isEqualTo(404);
        assertThat(admin2.get("/directory/congresses/" + world.meeting.congressId()).statusCode()).isEqualTo(404);
        assertThat(admin2.get("/directory/congresses").body()).contains("望城镇人民代表大会")
                .doesNotContain("南昌市新建区人民代表大会<");
        assertThat(admin2.follow(admin2.post("/rules/" + world.meeting.congressId(), List.of())).statusCode()).isEqualTo(404);
        assertThat(admin2.download("/directory/units/export.xlsx").statusCode()).isEqualTo(200);

        MockWebClient admin = MockWebClient.loggedIn(context, "admin");
        assertThat(admin.get("/directory/units/" + town.unit.id()).statusCode())
                .as("the district's administrator covers the congresses below").isEqualTo(200);
    }

    @Test
    void aCongressAddedBelowIsCoveredFromTheNextRequestWithoutLoggingInAgain() {
        MockWebClient admin = MockWebClient.loggedIn(context, "admin");     // the principal of the login, kept
        var meetings = context.getBean(cn.jianyi.suggestion.Meetings.class);
        long village = meetings.addCongress("南昌市新建区望城镇新祺周村民代表会议", "村民代表会议",
                cn.jianyi.suggestion.CongressLevel.TOWNSHIP, "村委会", town.congressId).id();
        long unit = context.getBean(cn.jianyi.identity.IdentityManagement.class).addUnit(village, "新祺周村村委会",
                "村委会", "新祺字", "83760000", "330100", null).id();
        assertThat(admin.get("/directory/units/" + unit).statusCode()).isEqualTo(200);
        assertThat(admin.get("/directory/congresses/" + village).statusCode()).isEqualTo(200);
        assertThat(MockWebClient.loggedIn(context, "admin2").get("/directory/units/" + unit).statusCode())
                .as("望城镇人大's administrator, without the congresses below").isEqualTo(404);
        assertThat(clerk.get("/directory/units/" + unit).statusCode()).as("not the clerk's page").isEqualTo(403);
    }

    @Test
    void theSecurityAdministratorPlacesAccountsInCongressesOfTheirOwnScopeOnly() {
        MockWebClient security = MockWebClient.loggedIn(context, "security");
        String form = security.get("/accounts/new").body();
        assertThat(form).contains("南昌市新建区人民代表大会", "南昌市新建区望城镇人民代表大会");
        // several congresses: an office account must name one
        assertThat(security.follow(security.post("/accounts/new", List.of("username", "clerk9", "displayName", "新办事员",
                "roles", "CLERK"))).body()).contains("请选择所属人大");
        assertThat(security.post("/accounts/new", List.of("username", "clerk9", "displayName", "新办事员",
                "roles", "CLERK", "congressId", String.valueOf(town.congressId))).statusCode()).isEqualTo(302);
        assertThat(security.get("/accounts").body()).contains("clerk9", "clerk2", "望城镇人大", "区人大（含下级）");

        // 望城镇人大's own security administrator: its accounts only, its congress only
        var identity = context.getBean(cn.jianyi.identity.IdentityManagement.class);
        identity.addAccount("security2", identity.hash(TestWorld.PASSWORD), "孙静",
                cn.jianyi.identity.RoleSet.of(cn.jianyi.identity.Role.SECURITY_ADMIN), null, null, town.congressId,
                false, false);
        MockWebClient security2 = MockWebClient.loggedIn(context, "security2");
        String list = security2.get("/accounts").body();
        assertThat(list).contains(">clerk2<", ">handler3<", ">deputy4<").doesNotContain(">clerk<")
                .doesNotContain(">handler<").doesNotContain(">clerkall<");
        long clerkId = ((CurrentUser) logins.loadUserByUsername("clerk")).id();
        assertThat(security2.get("/accounts/" + clerkId).statusCode()).isEqualTo(404);
        assertThat(security2.follow(security2.post("/accounts/" + clerkId + "/reset-password", List.of())).statusCode()).isEqualTo(404);
        assertThat(security2.get("/accounts/new").body()).contains("南昌市新建区望城镇人民代表大会")
                .doesNotContain("<option value=\"" + world.meeting.congressId() + "\"");
        assertThat(security2.follow(security2.post("/accounts/new", List.of("username", "clerk8", "displayName", "越权",
                "roles", "CLERK", "congressId", String.valueOf(world.meeting.congressId())))).body())
                .contains("只能选择您管理范围内的人大");
        assertThat(security2.follow(security2.post("/accounts/new", List.of("username", "handler8", "displayName", "越权",
                "roles", "HANDLER", "unitId", String.valueOf(world.health.id())))).body())
                .as("another congress's unit").contains("has-error");
    }
}
