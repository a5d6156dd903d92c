package cn.jianyi.handling;

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
import cn.jianyi.suggestion.CaseAction;
import cn.jianyi.suggestion.SuggestionQueries;
import cn.jianyi.suggestion.TimelineEntry;
import cn.jianyi.support.DatabaseSnapshot;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.TestWorld;

/** 修改记录 of reply drafts, and 审核分类 by the congress or supervision office with both classes kept. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplyVersionsAndReviewTests {

    @Autowired ApplicationContext context;
    @Autowired Replies replies;
    @Autowired ReplyQueries replyQueries;
    @Autowired SuggestionQueries queries;
    @Autowired JdbcClient jdbc;

    private TestWorld world;
    private int next = 1;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
    }

    @Test
    @DisplayName("每次保存答复稿都留存一稿，逐行列出与上一稿的差异")
    void everySavedDraftIsAVersion() {
        long id = world.assigned(next++);
        Reply draft = world.drafted(id);
        replies.saveDraft(new SaveDraftCommand(id, world.health.id(), world.content(id, "第二稿补充了整改时间表。"),
                world.handler));
        var versions = replies.versionsOf(draft.id());
        assertThat(versions).extracting(ReplyVersion::versionNo).containsExactly(1, 2);
        var changes = DraftChanges.of(versions, c -> c.name());
        assertThat(changes.get(0).changes()).isEmpty();
        assertThat(changes.get(1).changes()).extracting(DraftChanges.Line::added, DraftChanges.Line::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(false, "第一次答复正文"),
                        org.assertj.core.groups.Tuple.tuple(true, "第二稿补充了整改时间表。"));
        assertThat(queries.details(id, DataScope.all()).timeline()).filteredOn(e -> e.action() == CaseAction.DRAFT_REPLY)
                .extracting(TimelineEntry::remark).last().asString().contains("第2稿");
    }

    @Test
    @DisplayName("审核分类：调整须说明理由，两个分类都保留；草稿、方案外分类、重复审核被拒绝")
    void theOfficeReviewsTheClass() {
        long id = world.assigned(next++);
        Reply draft = world.drafted(id);
        refused(() -> replies.reviewClass(new ReviewClassCommand(draft.id(), ResolutionCategory.B, "进展不足",
                world.clerk)), "handling.review.notSigned", null);
        Reply signed = world.signed(draft, LocalDate.of(2024, 6, 20));
        refused(() -> replies.reviewClass(new ReviewClassCommand(signed.id(), ResolutionCategory.B, " ",
                world.clerk)), "handling.review.reasonRequired", "reason");

        Reply reviewed = replies.reviewClass(new ReviewClassCommand(signed.id(), ResolutionCategory.B,
                "托育机构整改尚未完成，应为正在解决", world.clerk));
        assertThat(reviewed.classification()).as("the unit's class, as signed and printed").isEqualTo(ResolutionCategory.A);
        assertThat(reviewed.effectiveClassification()).isEqualTo(ResolutionCategory.B);
        assertThat(reviewed.reviewedBy()).isEqualTo("clerk");
        assertThat(queries.details(id, DataScope.all()).timeline()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(CaseAction.REVIEW_CLASS);
            assertThat(e.remark()).isEqualTo("第1轮答复分类由A调整为B；理由：托育机构整改尚未完成，应为正在解决");
        });
        refused(() -> replies.reviewClass(new ReviewClassCommand(signed.id(), ResolutionCategory.A, null,
                world.clerk)), "handling.review.alreadyReviewed", null);

        long confirmed = world.replied(next++);
        Reply other = replyQueries.latestSigned(confirmed).orElseThrow();
        assertThat(replies.reviewClass(new ReviewClassCommand(other.id(), ResolutionCategory.A, null, world.clerk))
                .effectiveClassification()).isEqualTo(ResolutionCategory.A);
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
