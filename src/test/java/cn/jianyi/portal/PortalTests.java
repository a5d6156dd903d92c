package cn.jianyi.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import cn.jianyi.publication.DecidePublicationCommand;
import cn.jianyi.publication.Publications;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.MockWebClient;
import cn.jianyi.support.OnPostgres;

/** The public portal without login (ADR 0059): search, filters, pages, feed, sitemap, open data, the index's life. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@OnPostgres
@IntegrationTest
class PortalTests {

    @Autowired WebApplicationContext context;
    @Autowired Publications publications;
    @Autowired PublicIndex index;

    private PortalWorld cases;
    private MockWebClient visitor;

    @BeforeAll
    void world() {
        cases = new PortalWorld(context);
        visitor = MockWebClient.anonymous(context);
    }

    private String search(String words) {
        var response = visitor.get("/public?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8).replace("+", "%20"));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    @DisplayName("两个字的词（托育、路灯、学位）总能检到，结果高亮")
    void twoCharacterWordsAreFound() {
        assertThat(search("托育")).contains("共1件").contains(cases.item(cases.partly) + "\"").contains("<mark>托育</mark>");
        assertThat(search("路灯")).contains("共1件").contains(cases.item(cases.full) + "\"").contains("<mark>路灯</mark>");
        assertThat(search("学位")).contains("共1件").contains(cases.item(cases.full) + "\"");
        assertThat(search("增设路灯 幸福路")).as("every word must occur").contains("共1件");
        assertThat(search("路灯 托位")).contains("共0件");
        assertThat(search("新卫提字")).as("the 文号 is searched too").contains("共2件");
        assertThat(search("\"(:*?")).as("query syntax is taken literally").contains("共0件");
        assertThat(search("发展")).as("a word of the title only: the title's passage, marked")
                .contains("共1件").contains("<mark>发展</mark>");
    }

    @Test
    @DisplayName("撤回的公开立即从检索结果消失；再次公开后又能检到")
    void aWithdrawnPublicationVanishesAtOnce() {
        long id = cases.full;
        publications.withdraw(id, "代表要求暂缓公开", cases.office, cases.world.clerk);
        try {
            assertThat(search("路灯")).contains("共0件").doesNotContain(cases.item(id) + "\"");
            assertThat(visitor.get(cases.item(id)).statusCode()).isEqualTo(404);
            assertThat(visitor.get("/public").body()).doesNotContain(cases.item(id) + "\"");
            assertThat(visitor.get("/public?subject=SOCIAL_DEVELOPMENT").body()).contains("共1件");
        } finally {
            publications.decide(new DecidePublicationCommand(id, DecidePublicationCommand.Outcome.PUBLISH, null, null,
                    cases.world.clerk), cases.office);
        }
        assertThat(search("路灯")).contains("共1件").contains(cases.item(id) + "\"");
    }

    @Test
    @DisplayName("索引丢失或不全时从公开副本重建")
    void theIndexIsRebuiltWhenMissing() {
        index.forget();                     // emptied, as after deleting the folder
        assertThat(search("路灯")).contains("共1件");
        assertThat(index.rebuild()).isEqualTo(2);
    }

    @Test
    @DisplayName("按会议、单位、分类、内容分类筛选；不可读的参数视为未筛选")
    void filters() {
        long meeting = cases.world.meeting.id();
        assertThat(visitor.get("/public?meetingId=" + meeting).body()).contains("共2件");
        assertThat(visitor.get("/public?unitId=" + cases.world.education.id()).body()).contains("共0件");
        assertThat(visitor.get("/public?unitId=" + cases.world.health.id() + "&q=%E6%89%98%E8%82%B2").body())
                .contains("共1件");
        assertThat(visitor.get("/public?subject=ECONOMY").body()).contains("共0件");
        assertThat(visitor.get("/public?meetingId=abc&page=x&class=%3Cscript%3E").body()).contains("共2件");
        assertThat(visitor.get("/public?q=%E6%89%98%E8%82%B2&page=60").body()).as("a search pages up to 50")
                .contains("共1件").doesNotContain("/public/cases/");
    }

    @Test
    @DisplayName("公开页面：参考信函式排版、可访问（语言、跳转链接、标签）、不显示办公菜单")
    void theItemPageReadsAsTheLetter() {
        String page = visitor.get(cases.item(cases.partly)).body();
        assertThat(page).contains("lang=\"zh-CN\"").contains("href=\"#main\"").contains("新卫提字〔2024〕")
                .contains("关于发展普惠托育服务的建议").contains("程绮南").contains("新增托位500个").contains("[已删除]")
                .contains("部分公开").contains("/reply.pdf").doesNotContain("class=\"nav\"").doesNotContain("退出");
        String list = visitor.get("/public").body();
        assertThat(list).contains("<label for=\"q\">").contains("<label for=\"meetingId\">");
        assertThat(visitor.get("/public/cases/999999").statusCode()).isEqualTo(404);
        assertThat(visitor.get("/public/cases/abc").statusCode()).isEqualTo(404);
        assertThat(visitor.get("/public/cases/" + cases.withdrawn).body()).as("the portal's own 404 page")
                .contains("未找到该公开内容").contains("href=\"/public\"").doesNotContain("工作台");
    }

    @Test
    @DisplayName("会议页：公开件数按分类、单位；未公开任何件的会议不存在")
    void theMeetingPage() {
        String page = visitor.get("/public/meetings/" + cases.world.meeting.id()).body();
        assertThat(page).contains("已公开答复2件").contains("A类").contains("南昌市新建区卫生健康委员会")
                .contains("open-data.csv").contains("不含代表评价").doesNotContain("满意率");
        assertThat(visitor.get("/public/meetings/999999").statusCode()).isEqualTo(404);
        assertThat(visitor.get("/public/meetings/999999/open-data.csv").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("Atom 订阅和网站地图只列已公开的件")
    void feedAndSitemap() {
        var feed = visitor.get("/public/feed.atom");
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        assertThat(feed.body()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"")
                .contains("/public/cases/" + cases.partly + "</id>").contains("/public/cases/" + cases.full + "</id>")
                .doesNotContain("/public/cases/" + cases.withdrawn + "<").doesNotContain("/public/cases/" + cases.pending + "<");
        assertThat(feed.body().split("<entry>")).hasSize(3);
        String sitemap = visitor.get("/public/sitemap.xml").body();
        assertThat(sitemap).contains("/public/cases/" + cases.partly + "</loc>").contains("<lastmod>")
                .doesNotContain("/public/cases/" + cases.withheld + "<");
    }

    @Test
    @DisplayName("开放数据：JSON 符合 JSON Schema，CSV 为带 BOM 的 UTF-8、RFC 4180 引号")
    void openData() throws Exception {
        String base = "/public/meetings/" + cases.world.meeting.id() + "/open-data.";
        var json = visitor.get(base + "json");
        assertThat(json.statusCode()).isEqualTo(200);
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(
                Files.readString(Path.of("src/main/resources/static/public/open-data.schema.json")), InputFormat.JSON);
        var errors = schema.validate(json.body(), InputFormat.JSON);
        assertThat(errors).as("the open data against its schema").isEmpty();
        assertThat(json.body()).contains("\"documentNumber\" : \"新卫提字〔2024〕").contains("\"id\" : " + cases.partly)
                .contains("\"satisfaction\" : null").doesNotContain("\"satisfaction\" : \"");
        assertThat(visitor.get("/public/open-data.schema.json").statusCode()).as("the schema is served").isEqualTo(200);
        var csv = visitor.download(base + "csv");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFid,suggestion_number,title,").contains("\r\n" + cases.partly + ",21,")
                .contains("新卫提字〔2024〕");
        assertThat(text.split("\r\n")).hasSize(3);
        assertThat(OpenData.quoted("a,b")).isEqualTo("\"a,b\"");
        assertThat(OpenData.quoted("说\"好\"")).isEqualTo("\"说\"\"好\"\"\"");
        assertThat(OpenData.quoted("两行\n文本")).isEqualTo("\"两行\n文本\"");
        assertThat(OpenData.quoted("普通")).isEqualTo("普通");
    }

    @Test
    @DisplayName("公开地址只接受 GET：其他方法仍需登录")
    void onlyReadingIsOpen() {
        assertThat(visitor.post("/public", List.of()).statusCode()).isEqualTo(302);
    }
}
