package cn.jianyi.assignment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

import cn.jianyi.identity.DataScope;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionQueries;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.MockWebClient;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestWorld;

/**
 * 智能分办 on the assign form (ADR 0063): the clerk sees the proposed lead unit and co-units with their reasons, one
 * click fills the form with them, the clerk may change them, and nothing is assigned before the clerk submits. Only
 * units of the case's congress are proposed or taken from the link. On PostgreSQL too: its reads of the units' past
 * tasks and their cases' titles are new SQL.
 */
@OnPostgres
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoutingProposalTests {

    @Autowired WebApplicationContext context;
    @Autowired SuggestionQueries queries;

    private TestWorld world;
    private TestWorld.SecondCongress town;
    private long registered;
    private MockWebClient clerk;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        world.assigned(1);          // 关于健全生育服务保障机制的建议: 区卫健委 led it, 区教体局 co-unit
        registered = world.registered(2);       // the same topic, to assign now
        town = world.secondCongress();  // another congress, its unit 镇政府办 with a case of its own
        clerk = MockWebClient.loggedIn(context, "clerk");
    }

    private String assignPage(String query) {
        return clerk.get("/suggestions/" + registered + "/assign" + query).body();
    }

    @Test
    void theFormShowsTheProposalWithItsReasons() {
        String page = assignPage("");
        assertThat(page).contains("id=\"routing-proposal\"").contains("智能分办建议")
                .contains("建议主办：区卫健委").contains("建议协办：区教体局")
                .contains("办过类似：二届四次会议第1号 关于健全生育服务保障机制的建议")
                .contains("id=\"accept-proposal\"")
                .contains("/suggestions/" + registered + "/assign?lead=" + world.health.id() + "&amp;co="
                        + world.education.id())
                .doesNotContain("镇政府办");
        assertThat(selectedLead(page)).as("the form itself stays empty until the clerk accepts").isNull();
    }

    @Test
    void acceptingFillsTheFormAndAssignsNothing() {
        String page = assignPage("?lead=" + world.health.id() + "&co=" + world.education.id());
        assertThat(selectedLead(page)).isEqualTo(String.valueOf(world.health.id()));
        assertThat(checkedCoUnits(page)).containsExactly(String.valueOf(world.education.id()));
        assertThat(queries.details(registered, new DataScope.All()).status()).isEqualTo(Suggestion.Status.REGISTERED);
    }

    @Test
    void theClerkMayChangeTheProposalBeforeSubmitting() {
        String page = assignPage("?lead=" + world.education.id());
        assertThat(selectedLead(page)).isEqualTo(String.valueOf(world.education.id()));
        assertThat(checkedCoUnits(page)).isEmpty();
    }

    @Test
    void unitsOfAnotherCongressOrUnknownOnesInTheLinkAreIgnored() {
        String page = assignPage("?lead=" + town.unit.id() + "&co=" + town.unit.id() + "&co=999999&co="
                + world.education.id());
        assertThat(selectedLead(page)).isNull();
        assertThat(checkedCoUnits(page)).containsExactly(String.valueOf(world.education.id()));
        assertThat(page).doesNotContain("镇政府办");
        var odd = clerk.get("/suggestions/" + registered + "/assign?lead=abc&co=x1&co=");
        assertThat(odd.statusCode()).isEqualTo(200);
        assertThat(selectedLead(odd.body())).isNull();
        assertThat(checkedCoUnits(odd.body())).isEmpty();
    }

    private static String selectedLead(String page) {
        var m = Pattern.compile("<option value=\"(\\d+)\"[^>]*selected").matcher(page);
        return m.find() ? m.group(1) : null;
    }

    private static List<String> checkedCoUnits(String page) {
        var m = Pattern.compile("<input type=\"checkbox\"[^>]*name=\"coUnitIds\"[^>]*>").matcher(page);
        var checked = new java.util.ArrayList<String>();
        while (m.find()) {
            if (m.group().contains("checked")) {
                var value = Pattern.compile("value=\"(\\d+)\"").matcher(m.group());
                if (value.find()) {
                    checked.add(value.group(1));
                }
            }
        }
        return checked;
    }
}
