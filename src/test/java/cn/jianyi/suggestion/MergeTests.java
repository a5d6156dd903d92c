package cn.jianyi.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jianyi.feedback.FeedbackManagement;
import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.feedback.SubmitFeedbackCommand;
import cn.jianyi.handling.ReplyTemplates;
import cn.jianyi.identity.DataScope;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.support.DatabaseSnapshot;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.TestWorld;

/** 并案: a registered suggestion joins another of the same content; each deputy is still answered and rates. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MergeTests {

    @Autowired ApplicationContext context;
    @Autowired SuggestionManagement suggestions;
    @Autowired SuggestionQueries queries;
    @Autowired ReplyTemplates replyTemplates;
    @Autowired FeedbackManagement feedback;
    @Autowired JdbcClient jdbc;

    private TestWorld world;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
    }

    @Test
    @DisplayName("并案后由主件一并办理：答复称呼两位领衔代表，两位代表分别评价后才能办结")
    void aMergedSuggestionIsAnsweredWithTheOther() {
        long target = world.assigned(1);
        long source = suggestions.register(new RegisterSuggestionCommand(world.meeting.id(), 2, "关于托育机构消防安全的建议",
                "内容相同", world.xiong.id(), List.of(), SubjectArea.EDUCATION_SCIENCE_CULTURE_HEALTH,
                TestWorld.RECEIVED, world.clerk));
        suggestions.merge(source, 1, world.clerk);

        Suggestion merged = queries.details(source, DataScope.all()).suggestion();
        assertThat(merged.status()).isEqualTo(Suggestion.Status.MERGED);
        assertThat(merged.mergedInto()).isEqualTo(target);
        assertThat(suggestions.mergedInto(target)).extracting(Suggestion::id).containsExactly(source);
        assertThat(queries.details(source, DataScope.all()).timeline()).filteredOn(e -> e.action() == CaseAction.MERGE)
                .singleElement().satisfies(e -> assertThat(e.remark()).isEqualTo("并入第1号建议办理"));
        assertThat(queries.details(target, DataScope.all()).timeline()).last()
                .satisfies(e -> assertThat(e.action()).isEqualTo(CaseAction.MERGE_IN));
        assertThat(queries.details(target, new DataScope.OfDeputy(world.xiong.id())).id())
                .as("the merged suggestion's deputy follows the case that answers it").isEqualTo(target);
        assertThat(replyTemplates.newDraftTemplate(target, world.health.id()).salutation())
                .isEqualTo("尊敬的程绮南、熊小梅代表：");

        world.signed(world.drafted(target), LocalDate.of(2024, 6, 20));
        world.rated(target, Satisfaction.SATISFIED, null);
        assertThat(feedback.isClosable(target)).as("熊小梅 has not answered yet").isFalse();
        assertThat(feedback.awaitsAnswerFrom(target, world.xiong.id())).isTrue();
        feedback.submit(new SubmitFeedbackCommand(target, world.xiong.id(), Satisfaction.BASICALLY_SATISFIED,
                Satisfaction.BASICALLY_SATISFIED, Satisfaction.SATISFIED, null, LocalDate.of(2024, 6, 28),
                new cn.jianyi.shared.Actor("deputy3", "熊小梅", "DEPUTY", null)));
        assertThat(feedback.isClosable(target)).isTrue();
    }

    @Test
    @DisplayName("并入自身、不存在的编号、已答复的建议、已交办的建议：拒绝且不改变数据")
    void refusesMergesThatCannotBe() {
        long registered = world.registered(10);
        long replied = world.replied(11);
        long assigned = world.assigned(12);
        refused(() -> suggestions.merge(registered, 10, world.clerk), "suggestion.merge.self", "targetNumber");
        refused(() -> suggestions.merge(registered, 999, world.clerk), "suggestion.merge.targetUnknown", "targetNumber");
        refused(() -> suggestions.merge(registered, 11, world.clerk), "suggestion.merge.targetNotOpen", "targetNumber");
        refused(() -> suggestions.merge(assigned, 10, world.clerk), "suggestion.merge.sourceNotRegistered", null);
        assertThat(queries.details(replied, DataScope.all()).status()).isEqualTo(Suggestion.Status.REPLIED);
    }

    private void refused(Runnable action, String reasonKey, String field) {
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.reasonKey()).isEqualTo(reasonKey);
            assertThat(v.field()).isEqualTo(field);
        });
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    }
}
