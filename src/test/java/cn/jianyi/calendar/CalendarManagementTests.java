package cn.jianyi.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jianyi.identity.DataScope;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.suggestion.CaseAction;
import cn.jianyi.suggestion.SuggestionDetails;
import cn.jianyi.suggestion.SuggestionQueries;
import cn.jianyi.suggestion.TimelineEntry;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestWorld;

/** Keeping the calendar: refusals, and running deadlines recomputed with the reason on each case. */
@OnPostgres
@IntegrationTest
class CalendarManagementTests {

    @Autowired ApplicationContext context;
    @Autowired CalendarManagement calendar;
    @Autowired WorkingDays workingDays;
    @Autowired SuggestionQueries queries;
    @Autowired JdbcClient jdbc;

    @Test
    @DisplayName("日历调整后重新计算正在办理的期限，并在案卷上说明原因")
    void recomputesRunningDeadlinesAndSaysWhy() {
        TestWorld world = TestWorld.create(context);
        long running = world.assigned(1);
        long replied = world.replied(2);
        assertThat(leadDue(running)).isEqualTo(LocalDate.of(2024, 6, 5));

        calendar.add(new CalendarEntryCommand(LocalDate.of(2024, 6, 5), LocalDate.of(2024, 6, 5),
                CalendarDay.Kind.HOLIDAY, "防汛调休", null, world.clerk));
        assertThat(leadDue(running)).isEqualTo(LocalDate.of(2024, 6, 6));
        assertThat(jdbc.sql("select due_on from assignments where suggestion_id = :id").param("id", running)
                .query(LocalDate.class).list()).containsOnly(LocalDate.of(2024, 6, 6));
        TimelineEntry entry = last(running);
        assertThat(entry.action()).isEqualTo(CaseAction.RESCHEDULE);
        assertThat(entry.remark()).isEqualTo("工作日历调整（防汛调休），答复期限由2024-06-05改为2024-06-06。");
        assertThat(entry.actorUsername()).isEqualTo("clerk");
        assertThat(leadDue(replied)).as("a replied case keeps its deadline").isEqualTo(LocalDate.of(2024, 6, 5));

        calendar.remove(LocalDate.of(2024, 6, 5), world.clerk);
        assertThat(leadDue(running)).isEqualTo(LocalDate.of(2024, 6, 5));
        assertThat(last(running).remark()).contains("由2024-06-06改为2024-06-05");
        assertThat(workingDays.calendar().isWorkingDay(LocalDate.of(2024, 6, 5))).isTrue();
    }

    @Test
    @DisplayName("重叠、矛盾的日历安排被拒绝，什么都不改")
    void refusesOverlappingAndContradictoryEntries() {
        long before = jdbc.sql("select count(*) from calendar_days").query(Long.class).single();
        assertRefused(new CalendarEntryCommand(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 2),
                CalendarDay.Kind.HOLIDAY, "重复", null, null), "from", "calendar.day.taken");
        assertRefused(new CalendarEntryCommand(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 3),
                CalendarDay.Kind.WORKDAY, "周二补班", null, null), "kind", "calendar.workday.onWeekday");
        assertRefused(new CalendarEntryCommand(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 3),
                CalendarDay.Kind.HOLIDAY, "倒序", null, null), "to", "calendar.range.reversed");
        assertRefused(new CalendarEntryCommand(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 15),
                CalendarDay.Kind.HOLIDAY, "太长", null, null), "to", "calendar.range.tooLong");
        assertRefused(new CalendarEntryCommand(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1),
                CalendarDay.Kind.HOLIDAY, "元旦", " ", null), "source", "calendar.year.sourceRequired");
        assertThatThrownBy(() -> calendar.remove(LocalDate.of(2026, 3, 3), null))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.reasonKey()).isEqualTo("calendar.day.notFound"));
        assertThat(jdbc.sql("select count(*) from calendar_days").query(Long.class).single()).isEqualTo(before);
        assertThat(workingDays.calendar().covers(2027)).isFalse();
    }

    @Test
    void opensANewYearWithItsSource() {
        calendar.add(new CalendarEntryCommand(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 1, 1),
                CalendarDay.Kind.HOLIDAY, "元旦", "国务院办公厅关于2028年部分节假日安排的通知", null));
        assertThat(workingDays.calendar().covers(2028)).isTrue();
        assertThat(workingDays.sourceOf(2028)).contains("国务院办公厅关于2028年部分节假日安排的通知");
        assertThat(workingDays.calendar().isWorkingDay(LocalDate.of(2028, 1, 3))).isTrue();
        assertThat(workingDays.calendar().isWorkingDay(LocalDate.of(2028, 1, 1))).isFalse();
    }

    private void assertRefused(CalendarEntryCommand command, String field, String key) {
        assertThatThrownBy(() -> calendar.add(command)).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.field()).isEqualTo(field);
            assertThat(v.reasonKey()).isEqualTo(key);
        });
    }

    private LocalDate leadDue(long id) {
        SuggestionDetails details = queries.details(id, DataScope.all());
        return details.leadUnit().dueOn();
    }

    private TimelineEntry last(long id) {
        var timeline = queries.details(id, DataScope.all()).timeline().stream()
                .filter(e -> e.action() != cn.jianyi.suggestion.CaseAction.NOTIFY).toList();   // not the notices it caused
        return timeline.get(timeline.size() - 1);
    }
}
