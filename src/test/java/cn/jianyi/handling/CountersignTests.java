package cn.jianyi.handling;

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

import cn.jianyi.assignment.AssignCommand;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.rules.FeedbackAnswerers;
import cn.jianyi.rules.RuleSet;
import cn.jianyi.rules.RuleSets;
import cn.jianyi.rules.SaveRuleSetCommand;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestWorld;

/** 会签 where the rules require it: every co-unit countersigns the draft as it stands before the head signs. */
@OnPostgres
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CountersignTests {

    @Autowired ApplicationContext context;
    @Autowired Countersigning countersigning;
    @Autowired Replies replies;
    @Autowired Assignments assignments;
    @Autowired RuleSets ruleSets;

    private TestWorld world;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        ruleSets.save(SaveRuleSetCommand.startingFrom(RuleSet.nationalBaseline(world.meeting.congressId()))
                .effectiveFrom(LocalDate.of(2024, 1, 1)).countersignRequired(true).note("会签").by(world.admin));
    }

    @Test
    @DisplayName("协办单位会签当前稿后才能签发；改稿后须重新会签；主办单位、重复会签、已签发：拒绝")
    void coUnitsCountersignTheDraftAsItStands() {
        long id = world.registered(1);
        assignments.assign(new AssignCommand(id, world.health.id(), List.of(world.education.id()), LocalDate.now(),
                world.clerk));
        world.opinionGiven(id);
        Reply draft = world.drafted(id);
        assertThat(countersigning.countersignRequired(id)).isTrue();
        assertThatThrownBy(() -> countersigning.countersign(new CountersignCommand(draft.id(), world.health.id(), null,
                world.handler))).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.reasonKey()).isEqualTo("handling.countersign.notCoUnit"));
        assertThatThrownBy(() -> countersigning.countersign(new CountersignCommand(draft.id(), world.education.id(),
                "意".repeat(501), world.handler2))).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.reasonKey()).isEqualTo("handling.countersign.remarkTooLong"));
        assertThat(countersigning.mayCountersign(draft, world.education.id())).isTrue();
        assertThat(countersigning.mayCountersign(draft, world.health.id())).as("the lead unit").isFalse();
        countersigning.countersign(new CountersignCommand(draft.id(), world.education.id(), "同意", world.handler2));
        assertThat(countersigning.mayCountersign(draft, world.education.id())).as("this version is countersigned").isFalse();
        assertThatThrownBy(() -> countersigning.countersign(new CountersignCommand(draft.id(), world.education.id(), null,
                world.handler2))).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.reasonKey()).isEqualTo("handling.countersign.already"));

        replies.saveDraft(new SaveDraftCommand(id, world.health.id(), world.content(id, "第二稿"), world.handler));
        assertThatThrownBy(() -> replies.sign(new SignReplyCommand(draft.id(), world.health.id(), LocalDate.now(),
                world.head))).isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.reasonKey()).isEqualTo("handling.sign.awaitingCountersign");
                    assertThat(v.args()[0]).isEqualTo("区教体局");
                });
        countersigning.countersign(new CountersignCommand(draft.id(), world.education.id(), null, world.handler2));
        assertThat(countersigning.countersignaturesOf(draft.id())).extracting(Countersignature::versionNo)
                .containsExactly(1, 2);
        Reply signed = replies.sign(new SignReplyCommand(draft.id(), world.health.id(), LocalDate.now(), world.head));
        assertThat(signed.isSigned()).isTrue();
        assertThatThrownBy(() -> countersigning.countersign(new CountersignCommand(draft.id(), world.education.id(), null,
                world.handler2))).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.reasonKey()).isEqualTo("handling.countersign.signed"));
    }
}
