package cn.jianyi.assignment;

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

import cn.jianyi.feedback.FeedbackManagement;
import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.handling.ReplyTemplates;
import cn.jianyi.handling.Replies;
import cn.jianyi.handling.Reply;
import cn.jianyi.handling.SaveDraftCommand;
import cn.jianyi.handling.SignReplyCommand;
import cn.jianyi.identity.DataScope;
import cn.jianyi.shared.Actor;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.suggestion.HandlingRole;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionQueries;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.TestWorld;

/** 分办: each unit answers its own part; the case is answered when all have; re-handling reopens every part. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeparateHandlingTests {

    @Autowired ApplicationContext context;
    @Autowired Assignments assignments;
    @Autowired ReplyTemplates replyTemplates;
    @Autowired Replies replies;
    @Autowired FeedbackManagement feedback;
    @Autowired SuggestionQueries queries;

    private TestWorld world;
    private final Actor head2 = new Actor("head2", "万志远", "HEAD", "区教体局");

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
    }

    private Reply draft(long id, long unitId, Actor handler, String text) {
        var t = replyTemplates.newDraftTemplate(id, unitId);
        return replies.saveDraft(new SaveDraftCommand(id, unitId, new cn.jianyi.handling.ReplyContent(
                t.classification(), t.title(), t.salutation(), t.body() + text, t.contactUnit(), t.contactPhone(),
                t.postcode(), t.copyTo(), t.publicity()), handler));
    }

    @Test
    @DisplayName("分办两个单位各自答复，全部答复后才算已答复；不满意后两部分都重新办理")
    void eachUnitAnswersItsPart() {
        long id = world.registered(1);
        assignments.assign(new AssignCommand(id, world.health.id(), List.of(world.education.id()),
                TestWorld.ASSIGNED, world.clerk, false, true));
        assertThat(assignments.of(id)).extracting(Assignment::role).containsOnly(HandlingRole.SEPARATE);
        assertThat(queries.details(id, DataScope.all()).suggestion().isSeparatelyHandled()).isTrue();

        Reply health = draft(id, world.health.id(), world.handler, "托育机构消防检查部分。");
        Reply education = draft(id, world.education.id(), world.handler2, "幼儿园消防教育部分。");
        world.signed(health, LocalDate.of(2024, 6, 18));
        assertThat(status(id)).as("one part answered").isEqualTo(Suggestion.Status.ASSIGNED);
        assertThatThrownBy(() -> draft(id, world.health.id(), world.handler, "再写一稿"))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.reasonKey()).isEqualTo("handling.reply.partAnswered"));
        replies.sign(new SignReplyCommand(education.id(), world.education.id(), LocalDate.of(2024, 6, 20), head2));
        assertThat(status(id)).isEqualTo(Suggestion.Status.REPLIED);
        assertThat(queries.details(id, DataScope.all()).timeline()).filteredOn(e -> e.remark() != null
                && e.remark().contains("分办单位已答复")).hasSize(2);

        world.rated(id, Satisfaction.DISSATISFIED, "教育部分没有说明经费");
        world.sentBack(id);
        assertThat(status(id)).isEqualTo(Suggestion.Status.REHANDLING);
        assertThat(assignments.of(id)).extracting(Assignment::status).containsOnly(Assignment.Status.REHANDLING);
        Reply second = draft(id, world.education.id(), world.handler2, "经费已落实。");
        assertThat(second.round()).isEqualTo(2);
        replies.sign(new SignReplyCommand(second.id(), world.education.id(), LocalDate.of(2024, 7, 20), head2));
        assertThat(status(id)).as("the other part is still to answer again").isEqualTo(Suggestion.Status.REHANDLING);
        world.signed(draft(id, world.health.id(), world.handler, "检查结果已复核。"), LocalDate.of(2024, 7, 21));
        assertThat(status(id)).isEqualTo(Suggestion.Status.REPLIED);
        assertThat(feedback.latestRoundFeedback(id)).isEmpty();
    }

    @Test
    @DisplayName("分办只有一个单位：拒绝")
    void separateHandlingNeedsTwoUnits() {
        long id = world.registered(2);
        assertThatThrownBy(() -> assignments.assign(new AssignCommand(id, world.health.id(), List.of(),
                TestWorld.ASSIGNED, world.clerk, false, true)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("coUnitIds");
                    assertThat(v.reasonKey()).isEqualTo("assignment.separate.twoUnits");
                });
        assertThat(status(id)).isEqualTo(Suggestion.Status.REGISTERED);
    }

    private Suggestion.Status status(long id) {
        return queries.details(id, DataScope.all()).status();
    }
}
