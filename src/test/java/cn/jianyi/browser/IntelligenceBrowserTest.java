package cn.jianyi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import cn.jianyi.handling.Replies;
import cn.jianyi.handling.ReplyContent;
import cn.jianyi.handling.ReplyTemplates;
import cn.jianyi.handling.ResolutionCategory;
import cn.jianyi.handling.SaveDraftCommand;
import cn.jianyi.shared.Actor;
import cn.jianyi.support.IntegrationTest;

/**
 * Issue 21's walk on the demo data (ADR 0061, 0062, 0063): the clerk searches 托育 from the top bar and finds the
 * reference-type cases of both meetings and the archived letter, with the word marked; 区教体局's handler, searching
 * the same, finds no case of another unit; 程绮南 drafting a suggestion about 学位 on her phone sees her earlier one
 * with its reply; the clerk assigning a new suggestion gets a proposed lead unit with its reasons and accepts it;
 * 区卫健委's head opening a class-A reply that says 暂不具备条件 sees the warning quoting that sentence. Screenshots under
 * target/screenshots.
 */
@Tag("browser")
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "jianyi.demo.enabled=true")
class IntelligenceBrowserTest extends ChromiumTest {

    private static final java.nio.file.Path FILES = java.nio.file.Paths.get("target", "screenshots");
    private static final String NOT_YET = "经实地勘察，该路段拓宽改造暂不具备条件。";

    @Autowired JdbcClient jdbc;
    @Autowired Replies replies;
    @Autowired ReplyTemplates templates;

    @Test
    @DisplayName("检索、类案、分办建议和分类一致性提示：检索员、承办人、代表、负责人各自看到的")
    void searchSimilarCasesRoutingAndTheClassCheck() {
        // 1. the clerk, from the top bar: both meetings' 托育 cases and the archived letter, the word marked
        Page clerk = loginAs("clerk", false);
        clerk.locator("#topbar-q").fill("托育");
        clerk.locator("#topbar-q").press("Enter");
        Locator hits = clerk.locator("#search-results .hit");
        assertThat(hits.filter(new Locator.FilterOptions().setHasText("关于健全生育服务保障机制的建议"))).hasCount(1);
        assertThat(hits.filter(new Locator.FilterOptions().setHasText("关于推进婴幼儿托育服务扩容提质的建议"))).hasCount(1);
        assertThat(hits.filter(new Locator.FilterOptions().setHasText("新卫提字〔2023〕5号"))).hasCount(1);
        assertThat(hits.filter(new Locator.FilterOptions().setHasText("历史复函"))).hasCount(1);
        assertThat(clerk.locator("#search-results .snippet mark").first()).hasText("托育");
        assertAccessible(clerk);
        clerk.screenshot(new Page.ScreenshotOptions().setPath(FILES.resolve("search-clerk.png")).setFullPage(true));
        logout(clerk);

        // 2. 区教体局's handler: the same words, the case it co-handles, none of 区卫健委's alone
        Page handler2 = loginAs("handler2", false);
        handler2.locator("#topbar-q").fill("托育");
        handler2.locator("#topbar-q").press("Enter");
        assertThat(handler2.locator("#search-results")).containsText("关于推进婴幼儿托育服务扩容提质的建议"); // its co-unit's
        assertThat(handler2.locator("#search-results")).not().containsText("关于健全生育服务保障机制的建议");
        logout(handler2);

        // 3. 程绮南 drafting about 学位 on her phone: her earlier suggestion on the topic, with its reply
        Page deputy = loginAs("deputy", true);
        deputy.navigate(url("/submissions/new"));
        deputy.locator("#title").fill("关于缓解长堎街道小学学位紧张的建议");
        deputy.locator("#content").fill("长堎街道适龄儿童增加，小学学位紧张，建议扩建学校。");
        Locator similar = deputy.locator("#similar");
        assertThat(similar.locator(".similar-item").first()).containsText("关于增加长堎街道中小学学位供给的建议");
        assertThat(similar.locator(".similar-item").first()).containsText("答复：");
        assertNoHorizontalScroll(deputy);
        assertAccessible(deputy);
        similar.screenshot(new Locator.ScreenshotOptions().setPath(FILES.resolve("similar-deputy-phone.png")));
        logout(deputy);

        // 4. the clerk assigning a registered suggestion: a proposed lead unit with its reasons, accepted in one click
        var waiting = jdbc.sql("select id, title from suggestions where status = 'REGISTERED' order by id")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list().get(0);
        Page assigner = loginAs("clerk", false);
        assigner.navigate(url("/suggestions/" + waiting[0] + "/assign"));
        Locator proposal = assigner.locator("#routing-proposal");
        Locator lead = proposal.locator("li[data-proposed-role=lead]");
        assertThat(lead).containsText("建议主办");
        assertThat(lead).containsText("职能相符");
        String proposedUnit = lead.getAttribute("data-proposed-unit");
        assertThat(assigner.locator("#similar")).containsText("类似的建议和以往答复");
        assertAccessible(assigner);
        assigner.screenshot(new Page.ScreenshotOptions().setPath(FILES.resolve("routing-clerk.png")).setFullPage(true));
        assigner.locator("#accept-proposal").click();
        assertThat(assigner.locator("#leadUnitId")).hasValue(proposedUnit);
        assigner.locator("form button.primary").click();
        assertThat(assigner.locator("main")).containsText("已交办");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
                        select unit_id from assignments where suggestion_id = :id and role = 'LEAD'""")
                .param("id", Long.parseLong(waiting[0])).query(Long.class).single()).as(waiting[1])
                .isEqualTo(Long.parseLong(proposedUnit));
        logout(assigner);

        // 5. 区卫健委's head opens a class-A reply that says 暂不具备条件: the warning quotes it; signing goes on
        long replyId = classADraftSayingNotYet();
        Page head = loginAs("head", false);
        head.navigate(url("/replies/" + replyId));
        Locator warning = head.locator("#class-check");
        assertThat(warning).containsText("分类一致性提示");
        assertThat(warning.locator("blockquote.class-check-quote")).hasText(NOT_YET);
        assertAccessible(head);
        warning.screenshot(new Locator.ScreenshotOptions().setPath(FILES.resolve("class-check-head.png")));
        logout(head);
    }

    /** A draft of 区卫健委's, class A, whose text says the matter cannot be done yet. */
    private long classADraftSayingNotYet() {
        long caseId = jdbc.sql("""
                select s.id from suggestions s join assignments a on a.suggestion_id = s.id and a.role = 'LEAD' join units u on u.id = a.unit_id
                 where u.short_name = '区卫健委' and s.status = 'ASSIGNED'
                   and not exists (select 1 from replies r where r.suggestion_id = s.id)
                 order by s.id""").query(Long.class).list().get(0);
        long unit = jdbc.sql("select id from units where short_name = '区卫健委'").query(Long.class).single();
        ReplyContent template = templates.newDraftTemplate(caseId, unit);
        return replies.saveDraft(new SaveDraftCommand(caseId, unit, new ReplyContent(ResolutionCategory.A,
                template.title(), template.salutation(), "您提出的建议收悉，现答复如下：\n" + NOT_YET + "我局将持续关注。",
                template.contactUnit(), template.contactPhone(), template.postcode(), template.copyTo(),
                template.publicity()), new Actor("handler", "熊伟", "HANDLER", "区卫健委"))).id();
    }
}
