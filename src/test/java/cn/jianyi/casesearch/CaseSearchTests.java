package cn.jianyi.casesearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.WebApplicationContext;

import cn.jianyi.assignment.AssignCommand;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.handling.ContactKind;
import cn.jianyi.handling.ContactLog;
import cn.jianyi.handling.RecordContactCommand;
import cn.jianyi.handling.Replies;
import cn.jianyi.handling.ReplyTemplates;
import cn.jianyi.handling.SaveDraftCommand;
import cn.jianyi.handling.ReplyContent;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.DataScope;
import cn.jianyi.search.SearchIndexes;
import cn.jianyi.shared.HeldInMemory;
import cn.jianyi.suggestion.RegisterSuggestionCommand;
import cn.jianyi.suggestion.SubjectArea;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.MockWebClient;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestWorld;

/**
 * The office-wide search (ADR 0061): every role finds only what its data scope holds, inside the Lucene query; the
 * index follows committed acts through the change log within seconds; a deleted index rebuilt gives the same results;
 * bad input gets a Chinese message or a sensible result, never a 500.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@OnPostgres
@IntegrationTest
class CaseSearchTests {

    @Autowired WebApplicationContext context;
    @Autowired UserDetailsService logins;
    @Autowired SuggestionManagement suggestions;
    @Autowired Assignments assignments;
    @Autowired Replies replies;
    @Autowired ReplyTemplates templates;
    @Autowired ContactLog contacts;
    @Autowired OfficeSearch search;
    @Autowired cn.jianyi.suggestion.SuggestionQueries queries;
    @Autowired CaseIndex index;
    @Autowired SearchIndexes indexes;

    private TestWorld world;
    /** 程绮南's (co-signed by 刘建华), 区卫健委 leads, 区教体局 co-handles; its reply and a contact say 托育. */
    private long nursery;
    /** 熊小梅's, 区教体局 only. */
    private long lamps;
    /** 望城镇人大's: no account of 区人大 sees it. */
    private long town;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        nursery = register(1, "关于发展普惠托育服务的建议", "建议增加普惠性托位，支持社区办托。", world.cheng.id(),
                List.of(world.liu.id()));
        assignments.assign(new AssignCommand(nursery, world.health.id(), List.of(world.education.id()),
                TestWorld.ASSIGNED, world.clerk));
        ReplyContent template = templates.newDraftTemplate(nursery, world.health.id());
        var draft = replies.saveDraft(new SaveDraftCommand(nursery, world.health.id(), new ReplyContent(
                template.classification(), template.title(), template.salutation(),
                "我委已新增普惠托育机构三家，托位五百个。", template.contactUnit(), template.contactPhone(),
                template.postcode(), template.copyTo(), template.publicity()), world.handler));
        world.signed(draft, LocalDate.of(2024, 6, 20));
        contacts.recordContact(new RecordContactCommand(nursery, world.health.id(), ContactKind.FACE_TO_FACE,
                LocalDate.of(2024, 3, 20), "程绮南代表、熊伟", "面商社区嵌入式托育点选址", world.handler, List.of()));
        lamps = register(2, "关于增设城区路灯的建议", "幸福路夜间无照明，建议增设路灯。", world.xiong.id(), List.of());
        assignments.assign(new AssignCommand(lamps, world.education.id(), List.of(), TestWorld.ASSIGNED, world.clerk));
        town = world.secondCongress().caseId;
    }

    private long register(int number, String title, String text, long deputy, List<Long> coSigners) {
        return suggestions.register(new RegisterSuggestionCommand(world.meeting.id(), number, title, text, deputy,
                coSigners, SubjectArea.EDUCATION_SCIENCE_CULTURE_HEALTH, TestWorld.RECEIVED, world.clerk));
    }

    private CurrentUser user(String login) {
        return (CurrentUser) logins.loadUserByUsername(login);
    }

    private List<String> found(String login, String words) {
        return search.search(SearchRequest.of(words), user(login)).hits().stream().map(SearchPage.Hit::url).toList();
    }

    private static String url(long id) {
        return "/suggestions/" + id;
    }

    /** Waits until the condition holds (the follower applies a committed act within seconds). */
    private static void eventually(Supplier<Boolean> condition) {
        HeldInMemory.awaitUntil(condition::get, Duration.ofSeconds(15));
        assertThat(condition.get()).as("within seconds").isTrue();
    }

    @Test
    void everyRoleFindsOnlyWhatItsScopeHolds() {
        eventually(() -> found("clerk", "托育").contains(url(nursery)));
        for (String office : List.of("clerk", "supervisor", "admin")) {
            assertThat(found(office, "托育")).as(office).containsExactly(url(nursery));
            assertThat(found(office, "路灯")).as(office).containsExactly(url(lamps));
            assertThat(found(office, "文化站")).as(office + ": as the case list says")
                    .isEqualTo(queries.isVisible(town, user(office).dataScope()) ? List.of(url(town)) : List.of());
        }
        assertThat(found("clerk", "文化站")).as("another congress").isEmpty();
        assertThat(found("clerk2", "文化站")).containsExactly(url(town));
        assertThat(found("clerk2", "托育")).isEmpty();
        for (String health : List.of("handler", "head")) {
            assertThat(found(health, "托育")).as(health).containsExactly(url(nursery));
            assertThat(found(health, "路灯")).as(health + ": not its unit's").isEmpty();
        }
        assertThat(found("handler2", "托育")).as("co-unit").containsExactly(url(nursery));
        assertThat(found("handler2", "路灯")).containsExactly(url(lamps));
        assertThat(found("deputy", "托育")).as("lead").containsExactly(url(nursery));
        assertThat(found("deputy2", "托育")).as("co-signer").containsExactly(url(nursery));
        assertThat(found("deputy", "路灯")).isEmpty();
        assertThat(found("deputy3", "路灯")).containsExactly(url(lamps));
        assertThat(found("deputy3", "托育")).isEmpty();
        assertThat(index.similar("社区托育服务", new DataScope.None(), false, 5)).as("no case for 没有").isEmpty();
        assertThat(index.similar("社区托育服务", user("handler").dataScope(), false, 5))
                .extracting(CaseIndex.Candidate::id).containsExactly(nursery);
        assertThat(index.similar("增设路灯照明", user("handler").dataScope(), false, 5))
                .extracting(CaseIndex.Candidate::id).as("not its unit's").doesNotContain(lamps);
        assertThat(index.similar("增设路灯照明", user("handler2").dataScope(), false, 5))
                .extracting(CaseIndex.Candidate::id).first().isEqualTo(lamps);
    }

    @Test
    void theKindOfAHitSaysWhereTheWordsStoodAndFacetsCountTheMatches() {
        eventually(() -> found("clerk", "托位").contains(url(nursery)));
        var page = search.search(new SearchRequest("托育", null, null, null, null, null, null, 1), user("clerk"));
        assertThat(page.total()).isEqualTo(1);
        assertThat(page.facets().keySet()).as("in the page's order")
                .containsExactly("kind", "meeting", "year", "unit", "status", "class");
        assertThat(page.facets().get("kind")).extracting(SearchPage.Facet::value)
                .containsExactly("SUGGESTION", "REPLY", "CONTACT");
        assertThat(page.facets().get("unit")).extracting(SearchPage.Facet::label).containsExactly("区卫健委", "区教体局");
        var replyOnly = search.search(new SearchRequest("托育", HitKind.REPLY, null, null, null, null, null, 1), user("clerk"));
        assertThat(replyOnly.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.kind()).isEqualTo(HitKind.REPLY);
            assertThat(hit.snippet().pieces()).contains(new cn.jianyi.search.Snippet.Piece("托育", true));
            assertThat(hit.snippet().text()).contains("普惠托育机构");
        });
        var contact = search.search(new SearchRequest("选址", null, null, null, null, null, null, 1), user("deputy"));
        assertThat(contact.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.snippet().text()).as(hit.toString()).contains("选址");
            assertThat(hit.kind()).isEqualTo(HitKind.CONTACT);
        });
        var byUnit = search.search(new SearchRequest("", null, null, null, world.education.id(), null, null, 1),
                user("clerk"));
        assertThat(byUnit.hits()).extracting(SearchPage.Hit::url).containsExactlyInAnyOrder(url(nursery), url(lamps));
        var byClass = search.search(new SearchRequest("", null, null, null, null, null, "A", 1), user("clerk"));
        assertThat(byClass.total()).isLessThanOrEqualTo(1);
    }

    @Test
    void theIndexFollowsCommittedActsWithinSeconds() {
        long degree = register(3, "关于增加公办学位供给的建议", "城区小学学位紧张。", world.cheng.id(), List.of());
        eventually(() -> found("clerk", "学位").contains(url(degree)));
        assertThat(found("handler", "学位")).as("not assigned yet").isEmpty();
        long same = register(4, "关于缓解学位紧张的建议", "学位不足。", world.liu.id(), List.of());
        long withdrawn = register(5, "关于学位补贴的建议", "学位补贴。", world.xiong.id(), List.of());
        eventually(() -> found("deputy2", "学位").equals(List.of(url(same))));
        suggestions.merge(same, 3, world.clerk);
        eventually(() -> found("deputy2", "学位").contains(url(degree)));
        assignments.assign(new AssignCommand(degree, world.health.id(), List.of(), TestWorld.ASSIGNED, world.clerk));
        eventually(() -> found("handler", "学位").contains(url(degree)));
        suggestions.withdraw(withdrawn, world.clerk, "代表撤回");
        eventually(() -> search.search(new SearchRequest("学位", null, null, null, null, "WITHDRAWN", null, 1),
                user("clerk")).hits().stream().map(SearchPage.Hit::url).toList().equals(List.of(url(withdrawn))));
    }

    @Test
    void aDeletedIndexRebuiltGivesTheSameResults() {
        eventually(() -> found("clerk", "路灯").contains(url(lamps)));
        var before = List.of(found("clerk", "托育"), found("clerk", "路灯"), found("handler2", "托育"),
                found("deputy3", "路灯"));
        indexes.reset(CaseIndex.NAME, CaseDocuments.FIELDS);        // the folder deleted
        var progress = new java.util.ArrayList<Long>();
        int documents = index.rebuild((cases, letters) -> progress.add(cases));   // what bin/jianyi reindex runs
        assertThat(documents).isGreaterThanOrEqualTo(3);
        assertThat(progress).isNotEmpty();
        assertThat(List.of(found("clerk", "托育"), found("clerk", "路灯"), found("handler2", "托育"),
                found("deputy3", "路灯"))).isEqualTo(before);
    }

    @Test
    void badInputGetsAMessageOrASensibleResultNeverAnError() {
        var clerk = MockWebClient.loggedIn(context, "clerk");
        Map<String, String> messages = Map.of("托", "请至少输入两个字", "！？（）", "只有标点", "托".repeat(2000), "太长",
                "，。、；", "只有标点");
        messages.forEach((words, message) -> {
            var response = clerk.get("/search?q=" + java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(words).isEqualTo(200);
            assertThat(response.body()).as(words).contains(message);
        });
        for (String words : List.of("title:*", "a AND (", "（托育）", "ＴＯＹＵ 托育", "\"托育", "*:*", "托育 OR 路灯")) {
            var response = clerk.get("/search?q=" + java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(words).isEqualTo(200);
        }
        eventually(() -> found("clerk", "（托育）").contains(url(nursery)));
        assertThat(clerk.get("/search?q=%E6%89%98%E8%82%B2&page=99999&meetingId=x&year=-1&unitId=1e9&classification=Z&kind=NOPE")
                .statusCode()).isEqualTo(200);
        assertThat(clerk.get("/search").statusCode()).isEqualTo(200);
        assertThat(clerk.get("/search?q=%E6%89%98%E8%82%B2").body()).contains("<mark>托育</mark>", "关于发展普惠托育服务的建议");
    }
}
