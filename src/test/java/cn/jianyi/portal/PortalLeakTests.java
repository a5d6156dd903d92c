package cn.jianyi.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;

import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.MockWebClient;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.PublicCopies;

/**
 * The leak test of issue 20, point 2 (ADR 0059): distinctive strings in an automatic match, a manual mark and an
 * administrator's rule of a published case, and in a pending, a withdrawn and a withheld (不予公开) case; every public
 * route is requested without login (the list with each filter, searches for those strings and parts of them, every
 * item page and PDF, the feed, the sitemap, the meeting page, the open data as CSV and JSON, and the API's public
 * endpoints without a token) and none of the strings is in any response. The PDF's text is read back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@OnPostgres
@IntegrationTest
class PortalLeakTests {

    @Autowired WebApplicationContext context;
    @Autowired JdbcClient jdbc;

    private PortalWorld cases;
    private MockWebClient visitor;

    @BeforeAll
    void world() {
        cases = new PortalWorld(context);
        visitor = MockWebClient.anonymous(context);
    }

    private static String q(String words) {
        return "/public?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private String pdfText(String path) throws IOException {
        var response = visitor.download(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        try (var pdf = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    @Test
    @DisplayName("泄露测试：被删除的内容、未公开、已撤回、不予公开的案件在任何公开地址都读不到")
    void nothingRedactedOrUnpublishedIsReachable() throws IOException {
        long meeting = cases.world.meeting.id();
        var pages = new ArrayList<String>(List.of("/public", "/public?meetingId=" + meeting,
                "/public?congressId=" + cases.world.meeting.congressId(), "/public?unitId=" + cases.world.health.id(),
                "/public?class=A", "/public?subject=SOCIAL_DEVELOPMENT", "/public?page=2", q("托育"), q("答复"),
                "/public/feed.atom", "/public/sitemap.xml", "/public/meetings/" + meeting,
                "/public/meetings/" + meeting + "/open-data.csv", "/public/meetings/" + meeting + "/open-data.json",
                cases.item(cases.partly), cases.item(cases.full),
                // the API's public endpoints, without a token
                "/api/v1/public/cases", "/api/v1/public/cases?meetingId=" + meeting, "/api/v1/public/cases?classification=A",
                "/api/v1/public/cases?limit=1", "/api/v1/public/cases/" + cases.partly,
                "/api/v1/public/cases/" + cases.full, "/api/v1/public/meetings",
                "/api/v1/public/meetings/" + meeting + "/statistics"));
        var everything = new StringBuilder();
        for (String page : pages) {
            var response = visitor.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            everything.append(page).append('\n').append(response.body()).append('\n');
        }
        for (long id : List.of(cases.partly, cases.full)) {
            everything.append(pdfText(cases.item(id) + "/reply.pdf"));
            everything.append(pdfText("/api/v1/public/cases/" + id + "/reply.pdf"));
        }
        for (long hidden : List.of(cases.pending, cases.withdrawn, cases.withheld)) {
            assertThat(visitor.get(cases.item(hidden)).statusCode()).as("item %d", hidden).isEqualTo(404);
            assertThat(visitor.get(cases.item(hidden) + "/reply.pdf").statusCode()).as("pdf %d", hidden).isEqualTo(404);
            for (String api : List.of("/api/v1/public/cases/" + hidden, "/api/v1/public/cases/" + hidden + "/reply.pdf")) {
                var response = visitor.get(api);
                assertThat(response.statusCode()).as(api).isEqualTo(404);
                everything.append(response.body());
            }
        }
        for (String secret : PortalWorld.SECRETS) {
            assertThat(everything.toString()).as("a public response holds a string that must stay private")
                    .doesNotContain(secret);
            // a search for the string itself, and for its last three characters: no hit (the box echoes the words)
            for (String words : List.of(secret, secret.substring(secret.length() - 3))) {
                String found = visitor.get(q(words)).body();
                assertThat(found).as("search " + words).contains("共0件").doesNotContain("/public/cases/");
            }
        }
        PublicCopies.assertHoldNone(jdbc, PortalWorld.SECRETS);
        // the proof that the walk read real content: the published texts and the PDF's text are there
        assertThat(everything.toString()).contains("普惠托育").contains("[已删除]").contains("增设路灯30盏")
                .contains("新卫提字");
        assertThat(pdfText(cases.item(cases.partly) + "/reply.pdf")).contains("新增托位500个").contains("[已删除]");
    }

    @Test
    @DisplayName("检索“托育”只找到已公开的一件：撤回的、不予公开的、未决定的都不在结果里")
    void aSearchFindsOnlyWhatIsPublished() {
        String page = visitor.get(q("托育")).body();
        assertThat(page).contains("共1件").contains("href=\"/public/cases/" + cases.partly + "\"")
                .doesNotContain("/public/cases/" + cases.withdrawn + "\"")
                .doesNotContain("/public/cases/" + cases.withheld + "\"")
                .contains("<mark>托育</mark>");
    }
}
