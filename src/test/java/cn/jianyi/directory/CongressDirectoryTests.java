package cn.jianyi.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.web.context.WebApplicationContext;

import cn.jianyi.shared.RuleViolation;
import cn.jianyi.suggestion.CongressDirectory;
import cn.jianyi.suggestion.CongressDirectoryChanged;
import cn.jianyi.suggestion.CongressLevel;
import cn.jianyi.suggestion.RegisterSuggestionCommand;
import cn.jianyi.suggestion.SaveCongressCommand;
import cn.jianyi.suggestion.SaveMeetingCommand;
import cn.jianyi.suggestion.SaveTermCommand;
import cn.jianyi.suggestion.SubjectArea;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.MockWebClient;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.StaleForms;
import cn.jianyi.support.TestWorld;

/**
 * 人大、届次与会议 kept by the administrator in the browser: adding and changing each, the event each change
 * publishes, and every refusal (a missing field, a taken name or number, a congress above itself, years reversed, a
 * meeting outside its term) shown beside its field with what was typed, nothing saved.
 */
@OnPostgres
@IntegrationTest
@RecordApplicationEvents
@Execution(ExecutionMode.SAME_THREAD)   // Spring records events per class only outside JUnit's concurrent mode
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CongressDirectoryTests {

    @Autowired WebApplicationContext context;
    @Autowired CongressDirectory directory;
    @Autowired SuggestionManagement suggestions;
    @Autowired JdbcClient jdbc;

    private TestWorld world;
    private MockWebClient admin;
    private long congress;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        admin = MockWebClient.loggedIn(context, "admin");
        congress = world.meeting.congressId();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void theAdministratorSetsUpACongressItsTermAndMeetingInTheBrowser(ApplicationEvents events) {
        // the district's administrator (with the congresses below it, ADR 0042) adds a town's congress below it
        HttpResponse<String> added = admin.post("/directory/congresses", List.of("name", "南昌市新建区望城镇人民代表大会",
                "shortName", "镇人大", "level", "TOWNSHIP", "replyCopyTo", "镇人大主席团", "parentId",
                String.valueOf(congress)));
        assertThat(added.statusCode()).isEqualTo(302);
        long town = jdbc.sql("select id from congresses where name = '南昌市新建区望城镇人民代表大会'").query(Long.class)
                .single();
        assertThat(added.headers().firstValue("Location").orElseThrow()).endsWith("/directory/congresses/" + town);

        HttpResponse<String> kept = admin.post("/directory/congresses/" + congress, List.of("name", "南昌市新建区人民代表大会",
                "shortName", "区人大", "level", "DISTRICT", "replyCopyTo", "区人大常委会选举任免联络办公室",
                "parentId", ""));
        assertThat(kept.statusCode()).as("its own congress, the parent left as it was").isEqualTo(302);
        assertThat(directory.congress(town).parentId()).isEqualTo(congress);
        assertThat(directory.congresses()).extracting(e -> e.congress().name() + "@" + e.depth())
                .containsSubsequence("南昌市新建区人民代表大会@0", "南昌市新建区望城镇人民代表大会@1");

        HttpResponse<String> term = admin.post("/directory/congresses/" + town + "/terms",
                List.of("number", "16", "firstYear", "2021", "lastYear", "2026"));
        assertThat(term.statusCode()).isEqualTo(302);
        long termId = directory.termsOf(town).get(0).id();
        assertThat(admin.post("/directory/terms/" + termId + "/meetings", List.of("number", "5", "openedOn", "2025-01-08"))
                .statusCode()).isEqualTo(302);
        long meetingId = directory.meetingsOf(termId).get(0).id();
        assertThat(admin.get("/directory/terms/" + termId).body()).contains("镇人大十六届（2021—2026年）")
                .contains("五次会议").contains("2025-01-08");
        assertThat(admin.get("/directory/congresses").body()).contains("南昌市新建区望城镇人民代表大会")
                .contains("南昌市新建区人民代表大会");

        assertThat(admin.post("/directory/meetings/" + meetingId, List.of("number", "5", "openedOn", "2025-01-09"))
                .statusCode()).isEqualTo(302);
        assertThat(directory.meeting(meetingId).openedOn()).isEqualTo(LocalDate.of(2025, 1, 9));

        // a congress at the top is outside a congress's administrator's scope: refused beside the field
        HttpResponse<String> top = admin.follow(admin.post("/directory/congresses", List.of("name", "南昌市人民代表大会",
                "shortName", "市人大", "level", "CITY", "replyCopyTo", "市人大常委会代表工委", "parentId", "")));
        assertThat(top.statusCode()).isEqualTo(200);
        assertThat(top.body()).contains("上级人大须在您的管理范围之内").contains("value=\"南昌市人民代表大会\"");

        assertThat(events.stream(CongressDirectoryChanged.class))
                .extracting(e -> e.subject() + ":" + e.name() + ":" + e.created() + ":" + e.actor().username())
                .containsExactly("CONGRESS:南昌市新建区望城镇人民代表大会:true:admin",
                        "CONGRESS:南昌市新建区人民代表大会:false:admin",
                        "TERM:十六届（2021—2026年）:true:admin", "MEETING:十六届五次会议:true:admin",
                        "MEETING:十六届五次会议:false:admin");
    }

    @Test
    void suggestionNumbersRunPerMeeting() {
        long term = directory.save(new SaveTermCommand(null, congress, 3, 2026, 2031, world.admin)).id();
        long meeting = directory.save(new SaveMeetingCommand(null, term, 1, LocalDate.of(2027, 1, 6), world.admin)).id();
        world.registered(1);
        long first = suggestions.register(new RegisterSuggestionCommand(meeting, null, "关于新会议第一件建议", "内容",
                world.cheng.id(), List.of(), SubjectArea.OTHER, LocalDate.of(2027, 1, 7), world.clerk));
        assertThat(jdbc.sql("select number from suggestions where id = :id").param("id", first).query(Integer.class)
                .single()).isEqualTo(1);
    }

    @Test
    void aMissingFieldIsRefusedBesideItWithWhatWasTyped(ApplicationEvents events) {
        long before = count("congresses");
        HttpResponse<String> refused = admin.follow(admin.post("/directory/congresses", List.of("name", "南昌县人民代表大会",
                "shortName", " ", "level", "", "replyCopyTo", "县人大常委会代表工委", "parentId", "")));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("提交的内容有误").contains("此项为必填项。").contains("请选择。")
                .contains("value=\"南昌县人民代表大会\"").contains("has-error");
        assertThat(count("congresses")).isEqualTo(before);
        assertThat(events.stream(CongressDirectoryChanged.class)).isEmpty();
    }

    @Test
    void aTakenNameIsRefused() {
        HttpResponse<String> refused = admin.follow(admin.post("/directory/congresses", List.of("name", "南昌市新建区人民代表大会",
                "shortName", "区人大", "level", "DISTRICT", "replyCopyTo", "区政府督查室", "parentId", "")));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("已有名为“南昌市新建区人民代表大会”的人大。");
        assertThat(jdbc.sql("select count(*) from congresses where name = '南昌市新建区人民代表大会'").query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void aCongressCannotSitBelowItselfOrItsOwnChildren() {
        var county = directory.save(new SaveCongressCommand(null, "南昌市新建区某乡人民代表大会", "乡人大",
                CongressLevel.TOWNSHIP, "乡人大主席团", congress, world.admin));
        HttpResponse<String> refused = admin.follow(admin.post("/directory/congresses/" + congress, List.of("name",
                "南昌市新建区人民代表大会", "shortName", "区人大（改）", "level", "DISTRICT", "replyCopyTo", "区政府督查室",
                "parentId", String.valueOf(county.id()))));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("上级人大不能是本级或其下级人大。").contains("value=\"区人大（改）\"");
        assertThat(directory.congress(congress).shortName()).isEqualTo("区人大");
        assertThatThrownBy(() -> directory.save(new SaveCongressCommand(congress, "南昌市新建区人民代表大会", "区人大",
                CongressLevel.DISTRICT, "区政府督查室", congress, world.admin)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("parentId"));
    }

    @Test
    void termRefusals() {
        long before = count("congress_terms");
        String reversed = admin.follow(admin.post("/directory/congresses/" + congress + "/terms",
                List.of("number", "7", "firstYear", "2026", "lastYear", "2021"))).body();
        assertThat(reversed).contains("截止年份不能早于起始年份。").contains("value=\"2026\"");
        String taken = admin.follow(admin.post("/directory/congresses/" + congress + "/terms",
                List.of("number", "2", "firstYear", "2021", "lastYear", "2026"))).body();
        assertThat(taken).contains("第2届已存在。");
        String notANumber = admin.follow(admin.post("/directory/congresses/" + congress + "/terms",
                List.of("number", "二", "firstYear", "2021", "lastYear", "2026"))).body();
        assertThat(notANumber).contains("请输入整数。");
        String outOfRange = admin.follow(admin.post("/directory/congresses/" + congress + "/terms",
                List.of("number", "0", "firstYear", "1800", "lastYear", "2026"))).body();
        assertThat(outOfRange).contains("应为1至99之间的整数。");
        assertThat(count("congress_terms")).isEqualTo(before);
    }

    @Test
    void meetingRefusals() {
        long term = directory.save(new SaveTermCommand(null, congress, 9, 2040, 2045, world.admin)).id();
        directory.save(new SaveMeetingCommand(null, term, 1, LocalDate.of(2040, 1, 8), world.admin));
        long before = count("meetings");
        String outside = admin.follow(admin.post("/directory/terms/" + term + "/meetings", List.of("number", "2", "openedOn", "2047-01-08")))
                .body();
        assertThat(outside).contains("开幕日期应在本届起止年份（2040—2045年）之内。").contains("value=\"2047-01-08\"");
        String taken = admin.follow(admin.post("/directory/terms/" + term + "/meetings", List.of("number", "1", "openedOn", "2041-01-08")))
                .body();
        assertThat(taken).contains("本届第1次会议已存在。");
        String missing = admin.follow(admin.post("/directory/terms/" + term + "/meetings", List.of("number", "2", "openedOn", ""))).body();
        assertThat(missing).contains("此项为必填项。");
        assertThat(count("meetings")).isEqualTo(before);
        String shrunk = admin.follow(admin.post("/directory/terms/" + term, List.of("number", "9", "firstYear", "2041", "lastYear", "2045")))
                .body();
        assertThat(shrunk).contains("本届已有2040-01-08开幕的会议，起止年份应包含该日期。");
        assertThat(directory.term(term).firstYear()).isEqualTo(2040);
    }

    @Test
    void aStaleCongressFormIsRefusedWithTheCongressAsSavedNow() {
        var town = directory.save(new SaveCongressCommand(null, "南昌市新建区石埠镇人民代表大会", "石埠镇人大",
                CongressLevel.TOWNSHIP, "镇人大主席团", congress, world.admin));
        String read = String.valueOf(town.version());          // the version the congress's page carries
        directory.save(new SaveCongressCommand(town.id(), town.name(), town.shortName(), town.level(),
                "镇人大主席团、镇政府办", congress, world.admin));  // meanwhile another administrator's change

        StaleForms.refused(admin.submit("/directory/congresses/" + town.id(), List.of("name", town.name(),
                "shortName", "石埠人大", "level", "TOWNSHIP", "replyCopyTo", "镇人大主席团", "parentId",
                String.valueOf(congress), "version", read)), read, "最新情况：该人大现为——全称：南昌市新建区石埠镇人民代表大会；"
                + "简称：石埠镇人大；层级：乡镇；上级人大：南昌市新建区人民代表大会；答复函默认抄送：镇人大主席团、镇政府办。",
                "value=\"石埠人大\"");
        assertThat(directory.congress(town.id()).shortName()).isEqualTo("石埠镇人大");
    }

    @Test
    void staleTermAndMeetingFormsAreRefusedWithWhatIsSavedNow() {
        var term = directory.save(new SaveTermCommand(null, congress, 5, 2031, 2036, world.admin));
        String read = String.valueOf(term.version());
        directory.save(new SaveTermCommand(term.id(), congress, 5, 2031, 2035, world.admin));
        StaleForms.refused(admin.submit("/directory/terms/" + term.id(), List.of("number", "5", "firstYear", "2030",
                "lastYear", "2036", "version", read)), read, "最新情况：该届次现为五届（2031—2035年）。", "value=\"2030\"");
        assertThat(directory.term(term.id()).firstYear()).isEqualTo(2031);

        var meeting = directory.save(new SaveMeetingCommand(null, term.id(), 1, LocalDate.of(2031, 1, 8), world.admin));
        String meetingRead = String.valueOf(meeting.version());
        directory.save(new SaveMeetingCommand(meeting.id(), term.id(), 1, LocalDate.of(2031, 1, 9), world.admin));
        StaleForms.refused(admin.submit("/directory/meetings/" + meeting.id(), List.of("number", "2", "openedOn",
                "2031-01-08", "version", meetingRead)), meetingRead, "最新情况：该会议现为第1次会议，开幕日期：2031-01-09。",
                "value=\"2031-01-08\"");
        assertThat(directory.meeting(meeting.id()).number()).isEqualTo(1);
    }
}
