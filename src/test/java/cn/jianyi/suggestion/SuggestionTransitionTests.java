package cn.jianyi.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import cn.jianyi.shared.IllegalTransitionException;
import cn.jianyi.support.TransitionTable;

/** Walks every (status, action) pair of the case file against suggestion-transitions.csv (also in docs/process.md). */
class SuggestionTransitionTests {

    private static final Set<CaseUnit> UNITS = Set.of(new CaseUnit(1L, HandlingRole.LEAD, LocalDate.of(2024, 6, 5)),
            new CaseUnit(2L, HandlingRole.CO, LocalDate.of(2024, 6, 5)));

    /** Fixtures reach each status by real transitions only. */
    static Suggestion inStatus(Suggestion.Status status) {
        Suggestion s = Suggestion.register(1, LocalDate.of(2024, 1, 10), 43, "关于健全生育服务保障机制的建议", "内容", 7,
                List.of(8L), SubjectArea.EDUCATION_SCIENCE_CULTURE_HEALTH, LocalDate.of(2024, 1, 12), Instant.EPOCH);
        switch (status) {
            case REGISTERED -> { }
            case ASSIGNED -> s.assign(UNITS);
            case REPLIED -> { s.assign(UNITS); s.markReplied(); }
            case REHANDLING -> { s.assign(UNITS); s.markReplied(); s.reopenForRehandling(); }
            case CONCLUDED -> { s.assign(UNITS); s.markReplied(); s.conclude(); }
            case MERGED -> s.mergeInto(99L);
            case WITHDRAWN -> s.withdraw();
            case ARCHIVED -> s = Suggestion.archived(1, LocalDate.of(2024, 1, 10), 43, "关于健全生育服务保障机制的建议", "内容",
                    7, List.of(8L), LocalDate.of(2024, 1, 12), Instant.EPOCH);
        }
        assertThat(s.status()).isEqualTo(status);
        return s;
    }

    static final List<String> ACTIONS = List.of("assign", "markReplied", "reopenForRehandling", "conclude",
            "designateKey", "replaceUnit", "mergeInto", "withdraw");

    private static final KeySupervision KEY = new KeySupervision("副区长", "教科文卫工委", LocalDate.of(2024, 4, 1));
    private static final CaseUnit SUCCESSOR = new CaseUnit(3L, HandlingRole.CO, LocalDate.of(2024, 7, 1));

    static Consumer<Suggestion> action(String name) {
        return switch (name) {
            case "assign" -> s -> s.assign(UNITS);
            case "markReplied" -> Suggestion::markReplied;
            case "reopenForRehandling" -> Suggestion::reopenForRehandling;
            case "conclude" -> Suggestion::conclude;
            case "designateKey" -> s -> s.designateKey(KEY);
            case "replaceUnit" -> s -> s.replaceUnit(2L, SUCCESSOR);
            case "mergeInto" -> s -> s.mergeInto(98L);
            case "withdraw" -> Suggestion::withdraw;
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvFileSource(resources = "/suggestion-transitions.csv", numLinesToSkip = 1)
    void followsTheTransitionTable(Suggestion.Status from, String action, String outcome) {
        Suggestion suggestion = inStatus(from);
        if (outcome.equals("REJECTED")) {
            assertThatThrownBy(() -> action(action).accept(suggestion))
                    .isInstanceOf(IllegalTransitionException.class);
            assertThat(suggestion.status()).isEqualTo(from);
        } else {
            action(action).accept(suggestion);
            assertThat(suggestion.status()).isEqualTo(Suggestion.Status.valueOf(outcome));
        }
    }

    @ParameterizedTest(name = "{0} allows {1}: {2}")
    @CsvFileSource(resources = "/suggestion-transitions.csv", numLinesToSkip = 1)
    @DisplayName("Suggestion.allows 读的是转换所用的同一张表：案卷页的按钮与命令一致")
    void allowsAnswersFromTheSameTable(Suggestion.Status from, String action, String outcome) {
        Suggestion.Act act = Arrays.stream(Suggestion.Act.values()).filter(a -> a.transition().equals(action))
                .findFirst().orElseThrow();
        assertThat(inStatus(from).allows(act)).isEqualTo(!outcome.equals("REJECTED"));
    }

    @Test
    @DisplayName("每个状态和动作都在转换表里，且只出现一次")
    void tableCoversEveryPairExactlyOnce() {
        assertThat(TransitionTable.pairs("/suggestion-transitions.csv")).containsExactlyInAnyOrderElementsOf(
                TransitionTable.allPairs(Suggestion.Status.values(), ACTIONS));
    }

    @ParameterizedTest(name = "{0} --{1}--> returns {0}")
    @CsvFileSource(resources = "/suggestion-transitions.csv", numLinesToSkip = 1)
    void anAllowedTransitionReturnsTheStatusItLeft(Suggestion.Status from, String action, String outcome) {
        if (!outcome.equals("REJECTED")) {
            Suggestion suggestion = inStatus(from);
            Suggestion.Status left = switch (action) {
                case "assign" -> suggestion.assign(UNITS);
                case "markReplied" -> suggestion.markReplied();
                case "reopenForRehandling" -> suggestion.reopenForRehandling();
                case "conclude" -> suggestion.conclude();
                case "designateKey" -> suggestion.designateKey(KEY);
                case "replaceUnit" -> suggestion.replaceUnit(2L, SUCCESSOR);
                case "mergeInto" -> suggestion.mergeInto(98L);
                case "withdraw" -> suggestion.withdraw();
                default -> throw new IllegalArgumentException(action);
            };
            assertThat(left).as("recorded as the timeline's from-status").isEqualTo(from);
        }
    }

    @Test
    void assignmentNeedsExactlyOneLeadUnit() {
        Suggestion suggestion = inStatus(Suggestion.Status.REGISTERED);
        assertThatThrownBy(() -> suggestion.assign(Set.of(new CaseUnit(2L, HandlingRole.CO, LocalDate.now()))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(suggestion.status()).isEqualTo(Suggestion.Status.REGISTERED);
    }

    @Test
    void replacingAUnitKeepsItsRoleAndRefusesAUnitAlreadyOnTheCase() {
        Suggestion suggestion = inStatus(Suggestion.Status.ASSIGNED);
        suggestion.replaceUnit(2L, SUCCESSOR);
        assertThat(suggestion.isHandledBy(2)).isFalse();
        assertThat(suggestion.isHandledBy(3)).isTrue();
        assertThatThrownBy(() -> suggestion.replaceUnit(3L, new CaseUnit(1L, HandlingRole.CO, LocalDate.now())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> suggestion.replaceUnit(3L, new CaseUnit(4L, HandlingRole.LEAD, LocalDate.now())))
                .as("the successor takes over the same role").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKeyItemKnowsItsLeaderAndCommittee() {
        Suggestion suggestion = inStatus(Suggestion.Status.ASSIGNED);
        assertThat(suggestion.isKey()).isFalse();
        suggestion.designateKey(KEY);
        assertThat(suggestion.isKey()).isTrue();
        assertThat(suggestion.keySupervision()).isEqualTo(KEY);
    }

    @Test
    void separateHandlingNeedsTwoOrMoreUnitsAndNoLead() {
        Suggestion mixed = inStatus(Suggestion.Status.REGISTERED);
        assertThatThrownBy(() -> mixed.assign(Set.of(new CaseUnit(1L, HandlingRole.LEAD, LocalDate.now()),
                new CaseUnit(2L, HandlingRole.SEPARATE, LocalDate.now())))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mixed.assign(Set.of(new CaseUnit(2L, HandlingRole.SEPARATE, LocalDate.now()))))
                .isInstanceOf(IllegalArgumentException.class);
        mixed.assign(Set.of(new CaseUnit(1L, HandlingRole.SEPARATE, LocalDate.now()),
                new CaseUnit(2L, HandlingRole.SEPARATE, LocalDate.now())));
        assertThat(mixed.isSeparatelyHandled()).isTrue();
        assertThat(mixed.isAnsweringUnit(2)).isTrue();
        assertThat(mixed.isLeadUnit(1)).isFalse();
    }

    @Test
    void leadDeputyCannotCoSign() {
        assertThatThrownBy(() -> Suggestion.register(1, LocalDate.now(), 1, "t", "c", 7, List.of(7L), SubjectArea.OTHER,
                LocalDate.now(), Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void knowsItsDeputiesAndUnits() {
        Suggestion suggestion = inStatus(Suggestion.Status.ASSIGNED);
        assertThat(suggestion.isByDeputy(7)).isTrue();
        assertThat(suggestion.isByDeputy(8)).isTrue();
        assertThat(suggestion.isByDeputy(9)).isFalse();
        assertThat(suggestion.isLeadUnit(1)).isTrue();
        assertThat(suggestion.isLeadUnit(2)).isFalse();
        assertThat(suggestion.isHandledBy(2)).isTrue();
        assertThat(suggestion.isHandledBy(3)).isFalse();
    }
}
