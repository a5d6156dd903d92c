package cn.jianyi.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jianyi.identity.DataScope;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.support.DatabaseSnapshot;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestWorld;

/** 重点督办: designation with leader and committee, on the case file, the timeline and the key-items filter. */
@OnPostgres         // the key-items list over the whole database, which the home pages no longer send
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeySupervisionTests {

    @Autowired ApplicationContext context;
    @Autowired SuggestionManagement suggestions;
    @Autowired SuggestionQueries queries;
    @Autowired JdbcClient jdbc;

    private TestWorld world;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
    }

    @Test
    @DisplayName("列为重点督办：案卷、流转记录和“只看重点督办”筛选都显示出来")
    void aKeyItemIsRecordedAndFoundApart() {
        long key = world.assigned(1);
        long ordinary = world.assigned(2);
        suggestions.designateKey(key, " 区政府副区长 ", "区人大常委会教科文卫工委", world.clerk);

        Suggestion suggestion = queries.details(key, DataScope.all()).suggestion();
        assertThat(suggestion.keySupervision().leader()).isEqualTo("区政府副区长");
        assertThat(suggestion.keySupervision().committee()).isEqualTo("区人大常委会教科文卫工委");
        assertThat(suggestion.keySupervision().designatedOn()).isEqualTo(LocalDate.now());
        assertThat(queries.details(key, DataScope.all()).timeline()).filteredOn(e -> e.action() != CaseAction.NOTIFY)
                .last().satisfies(e -> {
                    assertThat(e.action()).isEqualTo(CaseAction.DESIGNATE_KEY);
                    assertThat(e.remark()).isEqualTo("牵头领导：区政府副区长；督办：区人大常委会教科文卫工委");
                });
        assertThat(queries.search(SuggestionFilter.keyItems(), DataScope.all(), 1, 100).items())
                .extracting(SuggestionSummary::id).containsExactly(key);
        assertThat(queries.search(SuggestionFilter.none(), DataScope.all(), 1, 100).items())
                .filteredOn(s -> s.id() == ordinary).singleElement()
                .satisfies(s -> assertThat(s.isKey()).isFalse());
    }

    @Test
    @DisplayName("牵头领导或督办单位为空、已办结的建议：拒绝且不改变数据")
    void refusesIncompleteDesignationsAndClosedCases() {
        long id = world.registered(3);
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        assertThatThrownBy(() -> suggestions.designateKey(id, " ", "工委", world.clerk))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("leader"));
        assertThatThrownBy(() -> suggestions.designateKey(id, "副区长", null, world.clerk))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("committee"));
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);

        long closed = world.replied(4);
        world.rated(closed, cn.jianyi.feedback.Satisfaction.SATISFIED, null);
        context.getBean(cn.jianyi.feedback.FeedbackManagement.class).close(closed, world.clerk);
        DatabaseSnapshot beforeClosed = DatabaseSnapshot.of(jdbc);
        assertThatThrownBy(() -> suggestions.designateKey(closed, "副区长", "工委", world.clerk))
                .isInstanceOf(cn.jianyi.shared.IllegalTransitionException.class);
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(beforeClosed);
    }
}
