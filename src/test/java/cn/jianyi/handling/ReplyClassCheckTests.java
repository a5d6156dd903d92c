package cn.jianyi.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.MockWebClient;
import cn.jianyi.support.TestWorld;

/**
 * 分类一致性提示 on the pages (ADR 0062): the head signing a class-A reply that says 暂不具备条件 sees the warning
 * quoting that sentence and still signs; the supervisor sees it on the letter and in the case page's reply section;
 * the deputy never; a reply whose wording agrees with its class shows none; a recorded commitment answers the missing
 * deadline of a class-B reply.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplyClassCheckTests {

    static final String NOT_YET = "经实地勘察，该路段拓宽改造暂不具备条件。";

    @Autowired WebApplicationContext context;
    @Autowired Replies replies;
    @Autowired Commitments commitments;
    @Autowired Clock clock;

    private TestWorld world;
    private MockWebClient handler;
    private MockWebClient head;
    private MockWebClient supervisor;
    private MockWebClient deputy;
    private int next = 1;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        handler = MockWebClient.loggedIn(context, "handler");
        head = MockWebClient.loggedIn(context, "head");
        supervisor = MockWebClient.loggedIn(context, "supervisor");
        deputy = MockWebClient.loggedIn(context, "deputy");
    }

    private Reply drafted(long id, ResolutionCategory classification, String text) {
        ReplyContent content = world.content(id, text);
        return replies.saveDraft(new SaveDraftCommand(id, world.health.id(), new ReplyContent(classification,
                content.title(), content.salutation(), content.body(), content.contactUnit(), content.contactPhone(),
                content.postcode(), content.copyTo(), content.publicity()), world.handler));
    }

    @Test
    @DisplayName("负责人签发A类答复：答复说暂不具备条件，看到引用该句的提示，仍可签发")
    void theHeadSeesTheWarningQuotingTheSentenceAndStillSigns() {
        long id = world.assigned(next++);
        Reply draft = drafted(id, ResolutionCategory.A, "感谢您的建议。" + NOT_YET + "我局将持续关注。");

        String page = head.get("/replies/" + draft.id()).body();
        assertThat(page).contains("id=\"class-check\"").contains("分类一致性提示")
                .contains("A类表示所提问题已经解决或者基本解决，但答复说目前不具备条件或不能解决。")
                .contains("<blockquote class=\"class-check-quote\">" + NOT_YET + "</blockquote>")
                .doesNotContain("<blockquote class=\"class-check-quote\">我局将持续关注。</blockquote>")
                .contains("/replies/" + draft.id() + "/sign");
        assertThat(handler.get("/replies/" + draft.id()).body()).as("the handler on his own draft")
                .contains("id=\"class-check\"").contains(NOT_YET);

        assertThat(head.post("/replies/" + draft.id() + "/sign", List.of("signedOn", "2024-06-20")).statusCode())
                .as("it informs and never blocks").isEqualTo(302);
        assertThat(replies.versionsOf(draft.id())).isNotEmpty();
        assertThat(supervisor.get("/replies/" + draft.id()).body()).as("督查室 reviewing the signed letter")
                .contains("id=\"class-check\"").contains(NOT_YET).contains("/replies/" + draft.id() + "/review");
        assertThat(supervisor.get("/suggestions/" + id).body()).as("the case page's reply section")
                .contains("id=\"class-check-" + draft.id() + "\"").contains("href=\"#class-check-" + draft.id() + "\"")
                .contains("分类一致性提示（第1轮答复）")
                .contains("<blockquote class=\"class-check-quote\">" + NOT_YET + "</blockquote>");
        assertThat(deputy.get("/replies/" + draft.id()).body()).as("never the deputy")
                .doesNotContain("class-check").doesNotContain("分类一致性");
        assertThat(head.get("/suggestions/" + id).body()).as("the unit sees it on the letter, not the case page")
                .doesNotContain("class-check-" + draft.id());
    }

    @Test
    @DisplayName("措辞与分类一致：没有提示")
    void agreeingWordingShowsNothing() {
        long id = world.assigned(next++);
        Reply draft = drafted(id, ResolutionCategory.A, "我局已于今年5月完成该路段的拓宽改造。");
        assertThat(head.get("/replies/" + draft.id()).body()).doesNotContain("class-check");
    }

    @Test
    @DisplayName("B类答复没写时限：提示；登记办理承诺后不再提示")
    void aRecordedCommitmentAnswersTheMissingDeadline() {
        long id = world.assigned(next++);
        Reply draft = drafted(id, ResolutionCategory.B, "我局将积极争取资金，尽快实施改造。");
        assertThat(head.get("/replies/" + draft.id()).body()).contains("id=\"class-check\"")
                .contains("但答复没有写明完成时限，也未登记办理承诺。").contains("data-kind=\"EXPECTS_DATE\"");

        commitments.promise(new PromiseCommand(draft.id(), world.health.id(), "完成路段改造",
                LocalDate.now(clock).plusMonths(6), world.handler));
        assertThat(head.get("/replies/" + draft.id()).body()).doesNotContain("class-check");
    }

    @Test
    @DisplayName("承办人拟稿：打开拟稿页和随输入预览时都看到提示")
    void theHandlerSeesTheWarningWhileDrafting() {
        long id = world.assigned(next++);
        drafted(id, ResolutionCategory.A, NOT_YET);
        assertThat(handler.get("/suggestions/" + id + "/reply").body()).contains("id=\"class-check-draft\"")
                .contains("<blockquote class=\"class-check-quote\">" + NOT_YET + "</blockquote>");

        String preview = handler.post("/suggestions/" + id + "/reply/preview", List.of("classification", "A",
                "body", "一、基本情况\n该项目已列入2025年城建计划。")).body();
        assertThat(preview).contains("id=\"letter\"").contains("id=\"class-check-draft\" hx-swap-oob=\"true\"")
                .contains("但答复说事项列入计划或规划，尚待实施。")
                .contains("<blockquote class=\"class-check-quote\">该项目已列入2025年城建计划。</blockquote>");
        assertThat(handler.post("/suggestions/" + id + "/reply/preview", List.of("classification", "A",
                "body", "该路段已完成拓宽。")).body()).contains("id=\"class-check-draft\"")
                .doesNotContain("class-check-quote");
    }
}
