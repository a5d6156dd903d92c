package cn.jianyi.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import cn.jianyi.assignment.AssignCommand;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.identity.DataScope;
import cn.jianyi.identity.Deputy;
import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.identity.IdentityManagement;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestWorld;

/**
 * The scoped case queries on a known set of cases (H2, then PostgreSQL): every filter, their combination, paging,
 * and data scope. Meeting A (二届四次) holds numbers 1–7, meeting B (二届五次) number 1.
 */
@OnPostgres
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuggestionQueriesIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired Meetings meetings;
    @Autowired IdentityManagement identity;
    @Autowired SuggestionManagement suggestions;
    @Autowired SuggestionQueries queries;
    @Autowired Assignments assignments;

    TestWorld world;
    MeetingView meetingB;
    HandlingUnit idleUnit;
    Deputy stranger;
    long a1, a2, a3, b1;
    final List<Long> xiongRegistered = new ArrayList<>();

    @BeforeAll
    void cases() {
        world = TestWorld.create(context);
        long termId = jdbcTermOf(world.meeting);
        meetingB = meetings.addMeeting(termId, 5, LocalDate.of(2025, 1, 9));
        idleUnit = identity.addUnit("南昌市新建区统计局", "区统计局", "新统提字", "83700000", "330100", null);
        stranger = identity.addDeputy("万小东", "联圩镇代表团", null, null, null);

        a1 = register(world.meeting, 1, "关于增设社区托育服务点的建议", world.cheng, List.of(world.liu));
        a2 = register(world.meeting, 2, "关于改善农村道路照明的建议", world.xiong, List.of());
        a3 = register(world.meeting, 3, "关于加强校园周边交通安全的建议", world.liu, List.of());
        for (int n = 4; n <= 7; n++) {
            xiongRegistered.add(register(world.meeting, n, "关于完善乡村公共服务的建议之" + "甲乙丙丁".charAt(n - 4),
                    world.xiong, List.of()));
        }
        b1 = register(meetingB, 1, "关于托育机构备案的建议", world.cheng, List.of());
        assignments.assign(new AssignCommand(a1, world.health.id(), List.of(world.education.id()), TestWorld.ASSIGNED,
                world.clerk));
        assignments.assign(AssignCommand.leadOnly(a2, world.education.id(), TestWorld.ASSIGNED, world.clerk));
    }

    @Test
    void filtersByMeeting() {
        assertThat(ids(new SuggestionFilter(world.meeting.id(), null, null, null), DataScope.all()))
                .containsExactly(a1, a2, a3, xiongRegistered.get(0), xiongRegistered.get(1), xiongRegistered.get(2),
                        xiongRegistered.get(3));
        assertThat(ids(new SuggestionFilter(meetingB.id(), null, null, null), DataScope.all())).containsExactly(b1);
    }

    @Test
    void listsTheLatestMeetingFirstThenByNumber() {
        assertThat(ids(SuggestionFilter.none(), DataScope.all())).startsWith(b1, a1, a2, a3).hasSize(8);
    }

    @Test
    void filtersByStatus() {
        assertThat(ids(new SuggestionFilter(null, Suggestion.Status.ASSIGNED, null, null), DataScope.all()))
                .containsExactly(a1, a2);
        assertThat(ids(new SuggestionFilter(world.meeting.id(), Suggestion.Status.REGISTERED, null, null),
                DataScope.all())).hasSize(5).doesNotContain(a1, a2, b1);
        assertThat(ids(new SuggestionFilter(null, Suggestion.Status.CONCLUDED, null, null), DataScope.all())).isEmpty();
    }

    @Test
    void filtersByUnitInAnyRole() {
        assertThat(ids(new SuggestionFilter(null, null, world.health.id(), null), DataScope.all())).containsExactly(a1);
        assertThat(ids(new SuggestionFilter(null, null, world.education.id(), null), DataScope.all()))
                .containsExactly(a1, a2);
        assertThat(ids(new SuggestionFilter(null, null, idleUnit.id(), null), DataScope.all())).isEmpty();
    }

    @Test
    void filtersByKeywordInTitleDeputyOrExactNumber() {
        assertThat(ids(new SuggestionFilter(null, null, null, "托育"), DataScope.all())).containsExactly(b1, a1);
        assertThat(ids(new SuggestionFilter(null, null, null, " 熊小梅 "), DataScope.all()))
                .containsExactlyElementsOf(concat(List.of(a2), xiongRegistered));
        assertThat(ids(new SuggestionFilter(null, null, null, "3"), DataScope.all())).containsExactly(a3);
        assertThat(ids(new SuggestionFilter(null, null, null, "%"), DataScope.all())).as("wildcards are literal")
                .isEmpty();
        assertThat(ids(new SuggestionFilter(null, null, null, "_"), DataScope.all())).isEmpty();
    }

    @Test
    void combinesFilters() {
        assertThat(ids(new SuggestionFilter(world.meeting.id(), Suggestion.Status.REGISTERED, null, "熊小梅"),
                DataScope.all())).containsExactlyElementsOf(xiongRegistered);
        assertThat(ids(new SuggestionFilter(meetingB.id(), null, null, "熊小梅"), DataScope.all())).isEmpty();
        assertThat(ids(new SuggestionFilter(world.meeting.id(), null, null, "3"), DataScope.all()))
                .as("a number within one meeting").containsExactly(a3);
        assertThat(ids(new SuggestionFilter(meetingB.id(), null, null, "3"), DataScope.all())).isEmpty();
        List<Long> streamed = new ArrayList<>();
        assertThat(queries.forEachMatching(new SuggestionFilter(world.meeting.id(), null, null, "3"), DataScope.all(),
                summary -> streamed.add(summary.id()))).as("the same filter streamed, as an export reads it").isEqualTo(1);
        assertThat(streamed).containsExactly(a3);
    }

    @Test
    void theSameFiltersWithinACongressAndAMeetingsCasesByNumber() {
        var office = new DataScope.OfCongresses(java.util.Set.of(world.meeting.congressId()));
        var filter = new SuggestionFilter(world.meeting.id(), null, null, "熊小梅");
        PageOf<SuggestionSummary> page = queries.search(filter, office, 1, 3);
        assertThat(page.total()).isEqualTo(1 + xiongRegistered.size());
        assertThat(page.items()).extracting(SuggestionSummary::id).containsExactly(a2, xiongRegistered.get(0),
                xiongRegistered.get(1));
        List<Long> streamed = new ArrayList<>();
        queries.forEachMatching(filter, office, summary -> streamed.add(summary.id()));
        assertThat(streamed).containsExactlyElementsOf(concat(List.of(a2), xiongRegistered));
        assertThat(queries.search(filter, new DataScope.OfCongresses(java.util.Set.of(-1L)), 1, 3).total())
                .as("another congress's office").isZero();
        assertThat(queries.idsInMeeting(meetingB.id(), DataScope.all())).containsExactly(b1);
    }

    @Test
    void pagesThroughAMeeting() {
        var filter = new SuggestionFilter(world.meeting.id(), null, null, null);
        PageOf<SuggestionSummary> first = queries.search(filter, DataScope.all(), 1, 3);
        PageOf<SuggestionSummary> second = queries.search(filter, DataScope.all(), 2, 3);
        PageOf<SuggestionSummary> third = queries.search(filter, DataScope.all(), 3, 3);
        assertThat(first.total()).isEqualTo(7);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.items()).extracting(SuggestionSummary::number).containsExactly(1, 2, 3);
        assertThat(second.items()).extracting(SuggestionSummary::number).containsExactly(4, 5, 6);
        assertThat(third.items()).extracting(SuggestionSummary::number).containsExactly(7);
        assertThat(first.hasPrevious()).isFalse();
        assertThat(second.hasPrevious()).isTrue();
        assertThat(third.hasNext()).isFalse();
        assertThat(queries.search(filter, DataScope.all(), 99, 3).page()).as("clamped to the last page").isEqualTo(3);
        assertThat(queries.search(filter, DataScope.all(), 0, 3).page()).isEqualTo(1);
    }

    @Test
    void summariesCarryLeadUnitAndDueDate() {
        SuggestionSummary summary = queries.search(new SuggestionFilter(null, null, null, "社区托育"), DataScope.all(),
                1, 10).items().get(0);
        assertThat(summary.leadUnitName()).isEqualTo("区卫健委");
        assertThat(summary.dueOn()).isEqualTo(LocalDate.of(2024, 6, 5));
        assertThat(summary.leadDeputyName()).isEqualTo("程绮南");
        assertThat(summary.meetingName()).isEqualTo("二届四次会议");
    }

    @Test
    @DisplayName("本单位：只看到交办给本单位（主办或协办）的案卷")
    void aUnitSeesOnlyCasesAssignedToIt() {
        var health = new DataScope.OfUnit(world.health.id());
        var education = new DataScope.OfUnit(world.education.id());
        var idle = new DataScope.OfUnit(idleUnit.id());
        assertThat(ids(SuggestionFilter.none(), health)).containsExactly(a1);
        assertThat(ids(SuggestionFilter.none(), education)).containsExactly(a1, a2);
        assertThat(queries.isVisible(a2, health)).isFalse();
        assertThatThrownBy(() -> queries.details(a2, health)).isInstanceOf(NotFoundException.class);
        assertThat(queries.countByStatus(health)).containsEntry(Suggestion.Status.ASSIGNED, 1L)
                .containsEntry(Suggestion.Status.REGISTERED, 0L);

        assertThat(queries.search(SuggestionFilter.none(), idle, 1, 20).total()).isZero();
        for (long id : List.of(a1, a2, a3, b1)) {
            assertThat(queries.isVisible(id, idle)).isFalse();
            assertThatThrownBy(() -> queries.details(id, idle)).isInstanceOf(NotFoundException.class);
        }
        assertThat(queries.countByStatus(idle).values()).containsOnly(0L);
    }

    @Test
    @DisplayName("本人：代表只看到自己领衔或联名的建议")
    void aDeputySeesOnlyWhatTheyLeadOrCoSigned() {
        assertThat(ids(SuggestionFilter.none(), new DataScope.OfDeputy(world.cheng.id()))).containsExactly(b1, a1);
        assertThat(ids(SuggestionFilter.none(), new DataScope.OfDeputy(world.liu.id()))).as("co-signed a1, leads a3")
                .containsExactly(a1, a3);
        var strangerScope = new DataScope.OfDeputy(stranger.id());
        assertThat(queries.search(SuggestionFilter.none(), strangerScope, 1, 20).total()).isZero();
        for (long id : List.of(a1, a2, a3, b1)) {
            assertThat(queries.isVisible(id, strangerScope)).isFalse();
            assertThatThrownBy(() -> queries.details(id, strangerScope)).isInstanceOf(NotFoundException.class);
        }
        assertThat(queries.details(a1, new DataScope.OfDeputy(world.liu.id())).coSigners())
                .extracting(Deputy::name).containsExactly("刘建华");
    }

    @Test
    void anUnknownCaseIsNotFoundEvenForAll() {
        assertThat(queries.isVisible(999_999, DataScope.all())).isFalse();
        assertThatThrownBy(() -> queries.details(999_999, DataScope.all())).isInstanceOf(NotFoundException.class);
    }

    private List<Long> ids(SuggestionFilter filter, DataScope scope) {
        return queries.search(filter, scope, 1, 100).items().stream().map(SuggestionSummary::id).toList();
    }

    private long register(MeetingView meeting, int number, String title, Deputy lead, List<Deputy> coSigners) {
        return suggestions.register(new RegisterSuggestionCommand(meeting.id(), number, title, "建议内容",
                lead.id(), coSigners.stream().map(Deputy::id).toList(), SubjectArea.OTHER, TestWorld.RECEIVED,
                world.clerk));
    }

    private long jdbcTermOf(MeetingView meeting) {
        return context.getBean(MeetingRepository.class).findById(meeting.id()).orElseThrow().termId();
    }

    private static List<Long> concat(List<Long> a, List<Long> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
