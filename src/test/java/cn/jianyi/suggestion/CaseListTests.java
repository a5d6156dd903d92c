package cn.jianyi.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jianyi.assignment.AssignCommand;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.assignment.DecideRequestCommand;
import cn.jianyi.assignment.RequestReturnCommand;
import cn.jianyi.assignment.UnitRequests;
import cn.jianyi.identity.DataScope;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestWorld;
import cn.jianyi.support.WebClient;
import cn.jianyi.support.Workbooks;

/**
 * The case list at volume (ADR 0071), H2 then PostgreSQL. Four meetings whose ids are not in the order of their days:
 * 二届四次 (2024-01-10), 二届五次 (2025), a meeting opened the same day as 二届四次 but added after it, and 一届三次 of
 * 2019 added last, as 历史复函导入 files an old meeting. The list shows the newest meeting first (the later-added one
 * first on a shared day), then by number, on every path its query takes (all cases, a status, a unit's cases, a
 * deputy's, the export), and again after a meeting's day is moved. Each unit's copy of its cases follows the acts that
 * change a case's units. The tests' applications count at most 30 cases (jianyi.list.count-cap): the list of 34 says
 * "30+", pages up to the 30th, and exports all 34; page numbers that make no sense give the nearest page.
 */
@OnPostgres
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseListTests {

    static final int CAP = 30;

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired Meetings meetings;
    @Autowired CongressDirectory directory;
    @Autowired SuggestionManagement suggestions;
    @Autowired SuggestionQueries queries;
    @Autowired Assignments assignments;
    @Autowired UnitRequests unitRequests;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    TestWorld world;
    WebClient clerk;
    MeetingView fifth;
    MeetingView sameDay;
    MeetingView archived;
    long oldTerm;
    final List<Listed> cases = new ArrayList<>();

    /** A case as the list orders it: its meeting's day and id, its number. */
    record Listed(long id, LocalDate openedOn, long meetingId, int number) {
    }

    @BeforeAll
    void cases() {
        world = TestWorld.create(context);
        long term = context.getBean(MeetingRepository.class).findById(world.meeting.id()).orElseThrow().termId();
        fifth = meetings.addMeeting(term, 5, LocalDate.of(2025, 1, 9));
        sameDay = meetings.addMeeting(term, 6, world.meeting.openedOn());
        oldTerm = meetings.addTerm(world.meeting.congressId(), 1).id();
        archived = meetings.addMeeting(oldTerm, 3, LocalDate.of(2019, 1, 8));
        assertThat(archived.id()).isGreaterThan(sameDay.id()).isGreaterThan(fifth.id())
                .isGreaterThan(world.meeting.id());
        for (MeetingView meeting : List.of(archived, sameDay, world.meeting, fifth)) {
            for (int number = 1; number <= (meeting == world.meeting ? 28 : 2); number++) {
                register(meeting, number, number % 2 == 0 ? world.xiong.id() : world.cheng.id());
            }
        }
    }

    private long register(MeetingView meeting, int number, long deputy) {
        long id = suggestions.register(new RegisterSuggestionCommand(meeting.id(), number, "关于第" + number
                + "号事项的建议", "建议内容", deputy, List.of(), SubjectArea.OTHER, TestWorld.RECEIVED, world.clerk));
        cases.add(new Listed(id, meeting.openedOn(), meeting.id(), number));
        return id;
    }

    /** The cases in the order the list promises, computed here from the meetings' days and ids. */
    private List<Long> expected(java.util.function.Predicate<Listed> which) {
        return cases.stream().filter(which)
                .sorted(Comparator.comparing(Listed::openedOn).reversed()
                        .thenComparing(Comparator.comparing(Listed::meetingId).reversed())
                        .thenComparing(Listed::number))
                .map(Listed::id).toList();
    }

    private long id(MeetingView meeting, int number) {
        return cases.stream().filter(c -> c.meetingId() == meeting.id() && c.number() == number).findFirst()
                .orElseThrow().id();
    }

    private List<Long> listed(SuggestionFilter filter, DataScope scope) {
        var ids = new ArrayList<Long>();
        for (int page = 1; ; page++) {
            PageOf<SuggestionSummary> result = queries.search(filter, scope, page, 7);
            result.items().forEach(s -> ids.add(s.id()));
            if (!result.hasNext()) {
                return ids;
            }
        }
    }

    private List<Long> exported(SuggestionFilter filter, DataScope scope) {
        var ids = new ArrayList<Long>();
        queries.forEachMatching(filter, scope, s -> ids.add(s.id()));
        return ids;
    }

    @Test
    @Order(1)
    @DisplayName("会议编号与日期顺序不一致（历史会议后补、同日两次会议）：列表仍按会议日期从新到旧、同日后建的在前，再按建议号")
    void listsTheNewestMeetingFirstWhateverTheMeetingIds() {
        List<Long> all = expected(c -> true);
        assertThat(all).hasSize(34).startsWith(id(fifth, 1), id(fifth, 2), id(sameDay, 1), id(sameDay, 2),
                id(world.meeting, 1)).endsWith(id(world.meeting, 28), id(archived, 1), id(archived, 2));
        assertThat(listed(SuggestionFilter.none(), DataScope.all())).as("paged up to the cap")
                .containsExactlyElementsOf(all.subList(0, CAP));
        assertThat(exported(SuggestionFilter.none(), DataScope.all())).as("the export, uncapped")
                .containsExactlyElementsOf(all);
        var office = new DataScope.OfCongresses(Set.of(world.meeting.congressId()));
        assertThat(exported(SuggestionFilter.none(), office)).containsExactlyElementsOf(all);

        long chengsCount = cases.stream().filter(c -> c.number() % 2 == 1).count();
        assertThat(listed(SuggestionFilter.none(), new DataScope.OfDeputy(world.cheng.id()))).as("本人")
                .hasSize((int) chengsCount).containsExactlyElementsOf(expected(c -> c.number() % 2 == 1));
        assertThat(listed(new SuggestionFilter(null, null, null, "号事项"), office)).as("a keyword")
                .containsExactlyElementsOf(all.subList(0, CAP));
        assertThat(listed(new SuggestionFilter(sameDay.id(), null, null, null), office)).as("one meeting")
                .containsExactly(id(sameDay, 1), id(sameDay, 2));
    }

    @Test
    @Order(2)
    @DisplayName("承办单位的列表（本单位、按单位筛选、按状态）：交办、退回改由他单位办理后，顺序与内容都随案卷")
    void aUnitsListFollowsItsCasesThroughTheActsThatChangeUnits() {
        LocalDate today = LocalDate.now(clock);
        for (long id : List.of(id(world.meeting, 1), id(archived, 2), id(sameDay, 2))) {
            assignments.assign(new AssignCommand(id, world.health.id(), List.of(world.education.id()), today,
                    world.clerk));
        }
        assignments.assign(AssignCommand.leadOnly(id(fifth, 1), world.education.id(), today, world.clerk));
        var health = new DataScope.OfUnit(world.health.id());
        var education = new DataScope.OfUnit(world.education.id());
        assertThat(listed(SuggestionFilter.none(), health))
                .containsExactly(id(sameDay, 2), id(world.meeting, 1), id(archived, 2));
        assertThat(listed(SuggestionFilter.none(), education))
                .containsExactly(id(fifth, 1), id(sameDay, 2), id(world.meeting, 1), id(archived, 2));
        assertThat(listed(new SuggestionFilter(null, null, world.health.id(), null), DataScope.all()))
                .as("the unit filter").containsExactly(id(sameDay, 2), id(world.meeting, 1), id(archived, 2));
        assertThat(listed(new SuggestionFilter(null, Suggestion.Status.ASSIGNED, world.education.id(), null),
                new DataScope.OfCongresses(Set.of(world.meeting.congressId()))))
                .containsExactly(id(fifth, 1), id(sameDay, 2), id(world.meeting, 1), id(archived, 2));
        assertThat(listed(new SuggestionFilter(null, null, world.education.id(), null), health))
                .as("a unit's reader filtering by another unit").containsExactly(id(sameDay, 2), id(world.meeting, 1),
                        id(archived, 2));
        assertThat(queries.search(SuggestionFilter.none(), health, 1, 20).total()).isEqualTo(3);

        // 区教体局 returns its part of 第2号 (the same-day meeting's); 区卫健委, already on the case, cannot take it:
        // the office gives it to a unit new to the case
        var civil = context.getBean(cn.jianyi.identity.IdentityManagement.class)
                .addUnit("南昌市新建区民政局", "区民政局", "新民提字", "83750000", "330100", null);
        var request = unitRequests.requestReturn(new RequestReturnCommand(id(sameDay, 2), world.education.id(),
                "不属于本单位职责", civil.id(), world.handler2));
        unitRequests.decideReturn(new DecideRequestCommand(request.id(), true, null, "同意调整", world.clerk));
        assertThat(listed(SuggestionFilter.none(), education))
                .containsExactly(id(fifth, 1), id(world.meeting, 1), id(archived, 2));
        assertThat(listed(SuggestionFilter.none(), new DataScope.OfUnit(civil.id()))).containsExactly(id(sameDay, 2));
        suggestions.designateKey(id(archived, 2), "副区长", "教科文卫工委", world.clerk);       // a save that keeps the units
        assertThat(listed(SuggestionFilter.none(), health))
                .containsExactly(id(sameDay, 2), id(world.meeting, 1), id(archived, 2));
        assertThat(unitCopy()).isEqualTo(unitsOfCases());
    }

    @Test
    @Order(3)
    @DisplayName("修改会议日期：该次会议的案卷随之移到列表中新的位置（全部、本单位）")
    void movingAMeetingsDayMovesItsCases() {
        directory.save(new SaveMeetingCommand(archived.id(), oldTerm, 3, LocalDate.of(2026, 1, 8), world.admin));
        try {
            List<Long> all = listed(SuggestionFilter.none(), DataScope.all());
            assertThat(all).startsWith(id(archived, 1), id(archived, 2), id(fifth, 1));
            assertThat(listed(SuggestionFilter.none(), new DataScope.OfUnit(world.health.id())))
                    .containsExactly(id(archived, 2), id(sameDay, 2), id(world.meeting, 1));
            assertThat(unitCopy()).isEqualTo(unitsOfCases());
        } finally {
            directory.save(new SaveMeetingCommand(archived.id(), oldTerm, 3, archived.openedOn(), world.admin));
        }
        assertThat(listed(SuggestionFilter.none(), new DataScope.OfUnit(world.health.id())))
                .containsExactly(id(sameDay, 2), id(world.meeting, 1), id(archived, 2));
    }

    /** Each unit's copy of its cases, as the list reads it. */
    private List<Map<String, Object>> unitCopy() {
        return jdbc.sql("select suggestion_id, unit_id, meeting_opened_on, meeting_id, number from suggestion_unit_list"
                + " order by suggestion_id, unit_id").query().listOfRows();
    }

    /** The same from the case files: their units, meetings' days and numbers. */
    private List<Map<String, Object>> unitsOfCases() {
        return jdbc.sql("select s.id as suggestion_id, su.unit_id, m.opened_on as meeting_opened_on, s.meeting_id,"
                + " s.number from suggestion_units su join suggestions s on s.id = su.suggestion_id"
                + " join meetings m on m.id = s.meeting_id order by s.id, su.unit_id").query().listOfRows();
    }

    @Test
    @Order(4)
    @DisplayName("超过计数上限：显示“共 30+ 件”和提示，可翻到上限内的最后一页；条件缩小后显示确切件数；导出Excel含全部 34 件")
    void aListBeyondTheCapSaysSoAndTheExportHoldsEverything() {
        PageOf<SuggestionSummary> first = queries.search(SuggestionFilter.none(), DataScope.all(), 1, 20);
        assertThat(first.totalCapped()).isTrue();
        assertThat(first.total()).isEqualTo(CAP);
        assertThat(first.pages()).isEqualTo(2);
        PageOf<SuggestionSummary> last = queries.search(SuggestionFilter.none(), DataScope.all(), 99, 20);
        assertThat(last.page()).isEqualTo(2);
        assertThat(last.items()).hasSize(CAP - 20);
        PageOf<SuggestionSummary> meeting = queries.search(new SuggestionFilter(world.meeting.id(), null, null, null),
                DataScope.all(), 1, 20);
        assertThat(meeting.totalCapped()).as("28 cases: counted exactly").isFalse();
        assertThat(meeting.total()).isEqualTo(28);

        clerk = WebClient.loggedIn(port, "clerk", TestWorld.PASSWORD);
        String page = clerk.get("/suggestions").body();
        assertThat(page).contains("共 30+ 件").contains("只列出前 30 件").contains("第 1 / 2 页").contains("下一页");
        assertThat(clerk.get("/suggestions?meetingId=" + world.meeting.id()).body()).contains("共 28 件")
                .doesNotContain("只列出前");
        var exported = Workbooks.read(clerk.download("/suggestions/export.xlsx").body()).get("建议列表");
        assertThat(exported).as("a header and every case").hasSize(1 + 34);
    }

    @Test
    @Order(5)
    @DisplayName("页码为 0、负数、小数、文字、超过末页或超大数：给出最近的一页，不报错")
    void aPageNumberThatMakesNoSenseGivesTheNearestPage() {
        for (String first : List.of("0", "-1", "-99999999999999999999", "1.5", "abc", "", "%20", "+1")) {
            var response = clerk.get("/suggestions?page=" + first);
            assertThat(response.statusCode()).as(first).isEqualTo(200);
            assertThat(response.body()).as(first).contains("第 1 / 2 页");
        }
        for (String last : List.of("2", "3", "99", "2147483648", "99999999999999999999")) {
            var response = clerk.get("/suggestions?page=" + last);
            assertThat(response.statusCode()).as(last).isEqualTo(200);
            assertThat(response.body()).as(last).contains("第 2 / 2 页").contains("上一页");
        }
        assertThat(clerk.get("/suggestions?page=5&meetingId=" + fifth.id()).body()).contains("共 2 件");
    }
}
