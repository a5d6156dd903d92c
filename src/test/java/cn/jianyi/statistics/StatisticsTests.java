package cn.jianyi.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import cn.jianyi.assignment.AssignCommand;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.assignment.DecideRequestCommand;
import cn.jianyi.assignment.RequestExtensionCommand;
import cn.jianyi.assignment.UnitRequests;
import cn.jianyi.feedback.FeedbackManagement;
import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.handling.ContactKind;
import cn.jianyi.handling.Replies;
import cn.jianyi.handling.ContactLog;
import cn.jianyi.handling.RecordContactCommand;
import cn.jianyi.handling.Reply;
import cn.jianyi.handling.ResolutionCategory;
import cn.jianyi.handling.ReviewClassCommand;
import cn.jianyi.suggestion.MeetingView;
import cn.jianyi.suggestion.Meetings;
import cn.jianyi.suggestion.RegisterSuggestionCommand;
import cn.jianyi.suggestion.SubjectArea;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.MutableClock;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestWorld;

/**
 * Statistics a clerk can trust: meetings with known outcomes, built through the public use cases, and every figure
 * asserted exactly as numerator, denominator and percentage.
 *
 * <p>Rounding: percentages are computed from the exact quotient and rounded half up to two decimals (ADR 0022). The
 * city's 2024 report prints A 54 of 93 as 58.07 %, but 54 ÷ 93 = 58.0645…, which is 58.06 % under any
 * round-to-nearest rule; 58.07 only comes from rounding up or from adjusting one share so that the four add up to
 * 100.00 %. We show the exact rounding and accept that shares may add up to 99.99 % (58.06 + 35.48 + 2.15 + 4.30).
 */
@OnPostgres
@IntegrationTest(properties = MutableClock.PROPERTIES)
@Import(MutableClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsTests {

    private static final LocalDate ASSIGNED = TestWorld.ASSIGNED;   // 2024-03-05, due three months later
    private static final LocalDate SIGNED_EARLY = LocalDate.of(2024, 5, 20);
    private static final LocalDate SIGNED_LATE = LocalDate.of(2024, 6, 20);

    @Autowired ApplicationContext context;
    @Autowired MutableClock.Control clock;
    @Autowired Statistics statistics;
    @Autowired FigureCases figureCases;
    @Autowired Meetings meetings;
    @Autowired SuggestionManagement suggestions;
    @Autowired Assignments assignments;
    @Autowired Replies replies;
    @Autowired ContactLog contactLog;
    @Autowired UnitRequests unitRequests;
    @Autowired FeedbackManagement feedback;

    private TestWorld world;
    private MeetingView small;
    private long rehandled;
    private long extended;
    private long late;
    private long met;
    private long unassigned;

    @BeforeAll
    void meetings() {
        clock.setLocal(LocalDateTime.of(2024, 3, 10, 9, 0));
        world = TestWorld.create(context);
        small = meetings.addMeeting(meetings.addTerm(world.meeting.congressId(), 3).id(), 1, LocalDate.of(2024, 1, 20));

        // the small meeting, part one: a case whose unit asks for, and gets, 20 more days before its deadline
        extended = assignedInSmall(1);
        LocalDate due = assignments.taskOf(extended, world.health.id()).orElseThrow().dueOn();
        var request = unitRequests.requestExtension(new RequestExtensionCommand(extended, world.health.id(),
                due.plusDays(20), "需要上级批复", world.handler));
        unitRequests.decideExtension(new DecideRequestCommand(request.id(), true, null, null, world.clerk));

        clock.setLocal(LocalDateTime.of(2024, 7, 1, 9, 0));
        cityMeeting();

        // the small meeting, part two
        world.signed(world.drafted(extended, ResolutionCategory.A), SIGNED_LATE);   // after the first due date
        world.rated(extended, Satisfaction.SATISFIED, null, LocalDate.of(2024, 6, 28));
        late = assignedInSmall(2);
        Reply lateReply = world.signed(world.drafted(late, ResolutionCategory.A), SIGNED_LATE);
        replies.reviewClass(new ReviewClassCommand(lateReply.id(), ResolutionCategory.D, "所提问题暂不具备条件", world.clerk));
        world.rated(late, Satisfaction.BASICALLY_SATISFIED, null, LocalDate.of(2024, 6, 28));
        rehandled = assignedInSmall(3);
        world.signed(world.drafted(rehandled, ResolutionCategory.A), SIGNED_EARLY);
        world.rated(rehandled, Satisfaction.DISSATISFIED, "没有解决", LocalDate.of(2024, 6, 28));
        world.sentBack(rehandled);
        met = assignedInSmall(4);
        contactLog.recordContact(new RecordContactCommand(met, world.health.id(), ContactKind.FACE_TO_FACE,
                LocalDate.of(2024, 3, 20), "程绮南代表、熊伟", "面商", world.handler, List.of()));
        unassigned = registeredInSmall(5);

        clock.setLocal(LocalDateTime.of(2024, 7, 10, 9, 0));
        world.signed(world.drafted(rehandled, ResolutionCategory.A), LocalDate.of(2024, 7, 5));
        world.rated(rehandled, Satisfaction.SATISFIED, null, LocalDate.of(2024, 7, 8));
        feedback.close(rehandled, world.clerk);
    }

    /**
     * Shaped like a city's 2024 report: 93 suggestions, all answered in time; the units sign every reply as A and the
     * office's review moves 33 to B, 2 to C and 4 to D; first-round forms: 86 满意, 7 基本满意.
     */
    private void cityMeeting() {
        for (int number = 1; number <= 93; number++) {
            long id = world.registered(number);
            assignments.assign(AssignCommand.leadOnly(id, world.health.id(), ASSIGNED, world.clerk));
            Reply reply = world.signed(world.drafted(id, ResolutionCategory.A), SIGNED_EARLY);
            ResolutionCategory reviewed = number <= 54 ? ResolutionCategory.A : number <= 87 ? ResolutionCategory.B
                    : number <= 89 ? ResolutionCategory.C : ResolutionCategory.D;
            if (reviewed != ResolutionCategory.A) {
                replies.reviewClass(new ReviewClassCommand(reply.id(), reviewed, "按答复内容调整分类", world.clerk));
            }
            world.rated(id, number <= 86 ? Satisfaction.SATISFIED : Satisfaction.BASICALLY_SATISFIED, null,
                    LocalDate.of(2024, 6, 28));
        }
    }

    private long registeredInSmall(int number) {
        return suggestions.register(new RegisterSuggestionCommand(small.id(), number, "关于优化社区养老服务的建议", "内容",
                world.cheng.id(), List.of(), SubjectArea.SOCIAL_DEVELOPMENT, TestWorld.RECEIVED, world.clerk));
    }

    private long assignedInSmall(int number) {
        long id = registeredInSmall(number);
        assignments.assign(AssignCommand.leadOnly(id, world.health.id(), ASSIGNED, world.clerk));
        return id;
    }

    private static void rate(Rate rate, long numerator, long denominator, String percent) {
        assertThat(rate.numerator()).as("numerator").isEqualTo(numerator);
        assertThat(rate.denominator()).as("denominator").isEqualTo(denominator);
        assertThat(rate.percentText()).isEqualTo(percent);
    }

    @Test
    @DisplayName("某市2024年：93件，A 54 / B 33 / C 2 / D 4，满意 92.47%，基本满意 7.53%")
    void cityReportShapedMeetingGivesTheReportedFigures() {
        StatisticsReport report = statistics.report(StatisticsFilter.meeting(world.meeting.id()));

        assertThat(report.total()).isEqualTo(93);
        assertThat(report.byStatus().get(Suggestion.Status.REPLIED)).isEqualTo(93);
        rate(report.replied(), 93, 93, "100.00%");
        rate(report.onTime(), 93, 93, "100.00%");
        rate(report.concluded(), 0, 93, "0.00%");
        rate(report.faceToFace(), 0, 93, "0.00%");

        assertThat(report.schemeName()).isEqualTo("全国人大四类");
        assertThat(report.classes()).extracting(StatisticsReport.ClassShare::code).containsExactly("A", "B", "C", "D");
        assertThat(report.classes()).extracting(StatisticsReport.ClassShare::label)
                .containsExactly("A类", "B类", "C类", "D类");
        rate(report.classes().get(0).share(), 54, 93, "58.06%");   // the report prints 58.07, see the class comment
        rate(report.classes().get(1).share(), 33, 93, "35.48%");
        rate(report.classes().get(2).share(), 2, 93, "2.15%");
        rate(report.classes().get(3).share(), 4, 93, "4.30%");

        rate(report.firstRound().satisfied(), 86, 93, "92.47%");
        rate(report.firstRound().basicallySatisfied(), 7, 93, "7.53%");
        rate(report.firstRound().combined(), 93, 93, "100.00%");
        rate(report.firstRound().dissatisfied(), 0, 93, "0.00%");
        assertThat(report.finalRound()).isEqualTo(report.firstRound());

        assertThat(report.responses()).singleElement().satisfies(unit -> {
            assertThat(unit.unitName()).isEqualTo("区卫健委");
            assertThat(unit.buckets()).as("52 working days from 3月5日 to 5月20日 (清明, 劳动节 and their 调休 counted)")
                    .containsExactly(0L, 0L, 93L, 0L);
            assertThat(unit.median()).isEqualByComparingTo("52.0");
        });
        assertThat(report.overdue()).isEmpty();
        assertThat(report.overdueCount()).isZero();
        assertThat(figureCases.cases(StatisticsFilter.meeting(world.meeting.id()), Figure.CLASS, "C", 100))
                .extracting(CaseRow::number).containsExactly(88, 89);
    }

    @Test
    @DisplayName("重新办理：初次不满意、再次满意；延期后按期；面商计入见面率")
    void smallMeetingShowsFirstRoundAgainstFinalExtensionsAndFaceToFace() {
        StatisticsReport report = statistics.report(StatisticsFilter.meeting(small.id()));

        assertThat(report.total()).isEqualTo(5);
        assertThat(report.byStatus()).containsEntry(Suggestion.Status.REGISTERED, 1L)
                .containsEntry(Suggestion.Status.ASSIGNED, 1L).containsEntry(Suggestion.Status.REPLIED, 2L)
                .containsEntry(Suggestion.Status.CONCLUDED, 1L).containsEntry(Suggestion.Status.REHANDLING, 0L);
        rate(report.replied(), 3, 4, "75.00%");
        rate(report.onTime(), 2, 4, "50.00%");       // the re-handled case and the extended one; not the late one
        rate(report.concluded(), 1, 4, "25.00%");
        rate(report.faceToFace(), 1, 4, "25.00%");

        rate(report.classes().get(0).share(), 2, 3, "66.67%");
        rate(report.classes().get(1).share(), 0, 3, "0.00%");
        rate(report.classes().get(3).share(), 1, 3, "33.33%");   // reviewed D wins over the unit's A

        rate(report.firstRound().satisfied(), 1, 3, "33.33%");
        rate(report.firstRound().basicallySatisfied(), 1, 3, "33.33%");
        rate(report.firstRound().combined(), 2, 3, "66.67%");
        rate(report.firstRound().dissatisfied(), 1, 3, "33.33%");
        rate(report.finalRound().satisfied(), 2, 3, "66.67%");
        rate(report.finalRound().basicallySatisfied(), 1, 3, "33.33%");
        rate(report.finalRound().combined(), 3, 3, "100.00%");
        rate(report.finalRound().dissatisfied(), 0, 3, "0.00%");

        assertThat(report.responses()).singleElement().satisfies(unit -> {
            assertThat(unit.buckets()).as("52 working days to 5月20日, 74 to 6月20日").containsExactly(0L, 0L, 1L, 2L);
            assertThat(unit.median()).isEqualByComparingTo("74.0");
        });
        LocalDate due = assignments.taskOf(met, world.health.id()).orElseThrow().dueOn();
        assertThat(report.overdueCount()).isOne();
        assertThat(report.overdue()).singleElement().satisfies(task -> {
            assertThat(task.suggestionId()).isEqualTo(met);
            assertThat(task.unitName()).isEqualTo("区卫健委");
            assertThat(task.dueOn()).isEqualTo(due);
            assertThat(task.daysOverdue()).isEqualTo(ChronoUnit.DAYS.between(due, LocalDate.of(2024, 7, 10)));
        });
        assertThat(ids(filter(), Figure.RESPONSE, world.health.id() + ":3")).containsExactly(extended, late);

        StatisticsFilter filter = StatisticsFilter.meeting(small.id());
        assertThat(ids(filter, Figure.ON_TIME, null)).containsExactly(extended, rehandled);
        assertThat(ids(filter, Figure.REPLIED, null)).containsExactly(extended, late, rehandled);
        assertThat(ids(filter, Figure.FACE_TO_FACE, null)).containsExactly(met);
        assertThat(ids(filter, Figure.FIRST_ROUND, "DISSATISFIED")).containsExactly(rehandled);
        assertThat(ids(filter, Figure.FINAL_ROUND, "DISSATISFIED")).isEmpty();
        assertThat(ids(filter, Figure.STATUS, "REGISTERED")).containsExactly(unassigned);
        assertThat(ids(filter, Figure.OVERDUE, null)).containsExactly(met);
    }

    @Test
    @DisplayName("筛选：年度（交办年份）、单位、分类；分母为0时显示—")
    void filtersNarrowTheCasesAndAnEmptyDenominatorShowsADash() {
        StatisticsReport both = statistics.report(StatisticsFilter.all());
        assertThat(both.total()).isEqualTo(98);
        rate(both.replied(), 96, 97, "98.97%");

        StatisticsReport social = statistics.report(new StatisticsFilter(null, 2024, null, false,
                SubjectArea.SOCIAL_DEVELOPMENT));
        assertThat(social.total()).as("the unassigned case has no year of 交办").isEqualTo(4);

        StatisticsReport education = statistics.report(new StatisticsFilter(null, null, world.education.id(), true, null));
        assertThat(education.total()).isZero();
        rate(education.replied(), 0, 0, "—");
        assertThat(statistics.report(new StatisticsFilter(null, 2023, null, false, null)).total()).isZero();
        assertThat(statistics.report(new StatisticsFilter(small.id(), null, world.health.id(), true, null)).overdue())
                .extracting(StatisticsReport.OverdueTask::suggestionId).containsExactly(met);
        assertThat(ids(new StatisticsFilter(small.id(), null, world.health.id(), false, null), Figure.OVERDUE, null))
                .containsExactly(met);
    }

    @Test
    @DisplayName("每个数字都等于它背后的建议件数：统计与明细用同一口径")
    void everyFigureCountsTheCasesOfItsList() {
        for (StatisticsFilter filter : List.of(StatisticsFilter.all(), StatisticsFilter.meeting(small.id()),
                StatisticsFilter.meeting(world.meeting.id()),
                new StatisticsFilter(null, 2024, world.health.id(), true, null))) {
            StatisticsReport report = statistics.report(filter);
            assertThat(count(filter, Figure.ALL, null)).isEqualTo(report.total());
            report.byStatus().forEach((status, n) ->
                    assertThat(count(filter, Figure.STATUS, status.name())).as(status.name()).isEqualTo(n));
            assertThat(count(filter, Figure.ASSIGNED, null)).isEqualTo(report.replied().denominator());
            assertThat(count(filter, Figure.REPLIED, null)).isEqualTo(report.replied().numerator());
            assertThat(count(filter, Figure.ON_TIME, null)).isEqualTo(report.onTime().numerator());
            assertThat(count(filter, Figure.CONCLUDED, null)).isEqualTo(report.concluded().numerator());
            assertThat(count(filter, Figure.FACE_TO_FACE, null)).isEqualTo(report.faceToFace().numerator());
            for (StatisticsReport.ClassShare share : report.classes()) {
                assertThat(count(filter, Figure.CLASS, share.letter())).as(share.letter())
                        .isEqualTo(share.share().numerator());
                assertThat(count(filter, Figure.CLASSIFIED, null)).isEqualTo(share.share().denominator());
            }
            for (Figure round : List.of(Figure.FIRST_ROUND, Figure.FINAL_ROUND)) {
                StatisticsReport.Satisfactions forms = round == Figure.FIRST_ROUND ? report.firstRound()
                        : report.finalRound();
                assertThat(count(filter, round, "SATISFIED")).isEqualTo(forms.satisfied().numerator());
                assertThat(count(filter, round, "BASICALLY_SATISFIED"))
                        .isEqualTo(forms.basicallySatisfied().numerator());
                assertThat(count(filter, round, "DISSATISFIED")).isEqualTo(forms.dissatisfied().numerator());
                assertThat(count(filter, round, "RETURNED")).isEqualTo(forms.returned());
            }
            for (StatisticsReport.UnitResponse unit : report.responses()) {
                for (int bucket = 0; bucket < unit.buckets().size(); bucket++) {
                    assertThat(count(filter, Figure.RESPONSE, unit.unitId() + ":" + bucket))
                            .as(unit.unitName() + " bucket " + bucket).isEqualTo(unit.buckets().get(bucket));
                }
            }
            assertThat(report.overdueCount()).isEqualTo(report.overdue().size());
            assertThat(count(filter, Figure.OVERDUE, null)).isEqualTo(report.overdue().stream()
                    .map(StatisticsReport.OverdueTask::suggestionId).distinct().count());
        }
    }

    @Test
    @DisplayName("统计的并行读取用自己的线程池（jianyi.statistics.*），应用的异步执行器不受影响")
    void reportPartsRunOnTheirOwnConfiguredExecutor() {
        ThreadPoolTaskExecutor executor = context.getBean("statisticsExecutor", ThreadPoolTaskExecutor.class);
        assertThat(executor.getMaxPoolSize()).as("jianyi.statistics.threads default").isEqualTo(4);
        assertThat(executor.getQueueCapacity()).as("jianyi.statistics.queue default").isEqualTo(100);
        assertThat(executor.getThreadNamePrefix()).isEqualTo("statistics-");
        assertThat(context.getBean("applicationTaskExecutor")).as("Spring Boot's executor for @Async and listeners")
                .isNotSameAs(executor);
    }

    private long count(StatisticsFilter filter, Figure figure, String value) {
        return figureCases.cases(filter, figure, value, 10_000).size();
    }

    private StatisticsFilter filter() {
        return StatisticsFilter.meeting(small.id());
    }

    private List<Long> ids(StatisticsFilter filter, Figure figure, String value) {
        return figureCases.cases(filter, figure, value, 100).stream().map(CaseRow::id).toList();
    }
}
