package cn.jianyi.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import cn.jianyi.calendar.Window;
import cn.jianyi.shared.IllegalTransitionException;
import cn.jianyi.suggestion.HandlingRole;
import cn.jianyi.support.TransitionTable;

/** Walks every (status, action) pair of a unit's task against task-transitions.csv (also in docs/process.md). */
class TaskTransitionTests {

    static final List<String> ACTIONS = List.of("acknowledge", "requestReturn", "approveReturn", "rejectReturn",
            "giveOpinion", "markReplied", "reopenForRehandling", "recallForOpinion", "complete");

    private static final LocalDate ASSIGNED = LocalDate.of(2024, 3, 28);

    /**
     * A task reached by real transitions only. The role follows the state where only one role can reach it
     * (协办意见 → co-unit; 答复, 重新办理 → lead unit), otherwise the action (giveOpinion → co-unit).
     */
    static Assignment inStatus(Assignment.Status status, String action) {
        HandlingRole role = switch (status) {
            case OPINION_GIVEN -> HandlingRole.CO;
            case REPLIED, REHANDLING -> HandlingRole.LEAD;
            default -> action.equals("giveOpinion") || action.equals("recallForOpinion") ? HandlingRole.CO
                    : HandlingRole.LEAD;
        };
        Assignment task = Assignment.issue(1, 2, role, ASSIGNED, Window.months(3), LocalDate.of(2024, 6, 28),
                LocalDate.of(2024, 4, 28), "clerk", Instant.EPOCH);
        switch (status) {
            case PENDING -> { }
            case IN_HANDLING -> task.acknowledge("handler", Instant.EPOCH);
            case RETURN_REQUESTED -> task.requestReturn();
            case RETURNED -> { task.requestReturn(); task.approveReturn(); }
            case OPINION_GIVEN -> { task.acknowledge("handler", Instant.EPOCH); task.giveOpinion(); }
            case REPLIED -> { task.acknowledge("handler", Instant.EPOCH); task.markReplied(); }
            case REHANDLING -> { task.acknowledge("handler", Instant.EPOCH); task.markReplied(); reopen(task); }
            case COMPLETED -> { task.acknowledge("handler", Instant.EPOCH); task.complete(); }
        }
        assertThat(task.status()).isEqualTo(status);
        return task;
    }

    private static Assignment.Status reopen(Assignment task) {
        return task.reopenForRehandling(LocalDate.of(2024, 7, 1), Window.months(1), LocalDate.of(2024, 8, 1));
    }

    static Assignment.Status act(Assignment task, String action) {
        return switch (action) {
            case "acknowledge" -> task.acknowledge("handler", Instant.EPOCH);
            case "requestReturn" -> task.requestReturn();
            case "approveReturn" -> task.approveReturn();
            case "rejectReturn" -> task.rejectReturn();
            case "giveOpinion" -> task.giveOpinion();
            case "markReplied" -> task.markReplied();
            case "reopenForRehandling" -> reopen(task);
            case "recallForOpinion" -> task.recallForOpinion(LocalDate.of(2024, 7, 1), Window.months(1),
                    LocalDate.of(2024, 8, 1), LocalDate.of(2024, 7, 15));
            case "complete" -> task.complete();
            default -> throw new IllegalArgumentException(action);
        };
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvFileSource(resources = "/task-transitions.csv", numLinesToSkip = 1)
    void followsTheTransitionTable(Assignment.Status from, String action, String outcome) {
        Assignment task = inStatus(from, action);
        if (outcome.equals("REJECTED")) {
            assertThatThrownBy(() -> act(task, action)).isInstanceOf(IllegalTransitionException.class);
            assertThat(task.status()).isEqualTo(from);
        } else {
            assertThat(act(task, action)).as("returns the status it left, for the timeline").isEqualTo(from);
            assertThat(task.status()).isEqualTo(Assignment.Status.valueOf(outcome));
        }
    }

    @ParameterizedTest(name = "{0} allows {1}: {2}")
    @CsvFileSource(resources = "/task-transitions.csv", numLinesToSkip = 1)
    @DisplayName("Status.allows 读的是转换所用的同一张表")
    void allowsAnswersFromTheSameTable(Assignment.Status from, String action, String outcome) {
        TaskAction named = java.util.Arrays.stream(TaskAction.values()).filter(a -> a.verb().equals(action))
                .findFirst().orElseThrow();
        assertThat(from.allows(named)).isEqualTo(!outcome.equals("REJECTED"));
    }

    @Test
    @DisplayName("每个状态和动作都在转换表里，且只出现一次")
    void tableCoversEveryPairExactlyOnce() {
        assertThat(TransitionTable.pairs("/task-transitions.csv")).containsExactlyInAnyOrderElementsOf(
                TransitionTable.allPairs(Assignment.Status.values(), ACTIONS));
    }

    @Test
    void onlyACoUnitGivesAnOpinionAndOnlyTheLeadReplies() {
        Assignment lead = inStatus(Assignment.Status.IN_HANDLING, "markReplied");
        assertThatThrownBy(lead::giveOpinion).isInstanceOf(IllegalArgumentException.class);
        Assignment co = inStatus(Assignment.Status.IN_HANDLING, "giveOpinion");
        assertThatThrownBy(co::markReplied).isInstanceOf(IllegalArgumentException.class);
        assertThat(co.opinionDueOn()).isEqualTo(LocalDate.of(2024, 4, 28));
        assertThat(lead.opinionDueOn()).as("the lead unit writes no opinion").isNull();
        Assignment replied = inStatus(Assignment.Status.REPLIED, "recallForOpinion");
        assertThatThrownBy(() -> replied.recallForOpinion(LocalDate.of(2024, 7, 1), Window.months(1),
                LocalDate.of(2024, 8, 1), LocalDate.of(2024, 7, 15))).as("the lead unit is not recalled")
                .isInstanceOf(cn.jianyi.shared.IllegalTransitionException.class);
    }

    @Test
    @DisplayName("重新办理时再次征求协办意见：已提交意见的协办任务重新办理中，期限为新的答复期限和协办意见期限")
    void aRecalledCoUnitWorksToTheNewDates() {
        Assignment co = inStatus(Assignment.Status.OPINION_GIVEN, "recallForOpinion");
        assertThat(co.recallForOpinion(LocalDate.of(2024, 7, 1), Window.months(1), LocalDate.of(2024, 8, 1),
                LocalDate.of(2024, 7, 15))).isEqualTo(Assignment.Status.OPINION_GIVEN);
        assertThat(co.status()).isEqualTo(Assignment.Status.IN_HANDLING);
        assertThat(co.opinionDueOn()).isEqualTo(LocalDate.of(2024, 7, 15));
        assertThat(co.dueOn()).isEqualTo(LocalDate.of(2024, 8, 1));
        assertThat(co.dueBasis()).isEqualTo(Assignment.DueBasis.REHANDLING);
        assertThat(co.allows(TaskAction.GIVE_OPINION)).isTrue();
    }

    @Test
    void reHandlingRebasesTheDeadlineOnTheDecision() {
        Assignment task = inStatus(Assignment.Status.REHANDLING, "complete");
        assertThat(task.dueOn()).isEqualTo(LocalDate.of(2024, 8, 1));
        assertThat(task.dueFrom()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(task.dueWindow()).isEqualTo(Window.months(1));
        assertThat(task.dueBasis()).isEqualTo(Assignment.DueBasis.REHANDLING);
        assertThat(task.assignedOn()).as("交办 stays what it was").isEqualTo(ASSIGNED);
    }

    @Test
    void anExtensionRunsFromTheCurrentDeadlineAndNeedsARunningTask() {
        Assignment task = inStatus(Assignment.Status.IN_HANDLING, "complete");
        task.extend(Window.days(31), LocalDate.of(2024, 7, 29));
        assertThat(task.dueFrom()).isEqualTo(LocalDate.of(2024, 6, 28));
        assertThat(task.dueBasis()).isEqualTo(Assignment.DueBasis.EXTENSION);
        assertThat(task.status()).isEqualTo(Assignment.Status.IN_HANDLING);
        Assignment returned = inStatus(Assignment.Status.RETURNED, "complete");
        assertThatThrownBy(() -> returned.extend(Window.days(1), LocalDate.of(2024, 6, 29)))
                .isInstanceOf(IllegalTransitionException.class);
    }
}
