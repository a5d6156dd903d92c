package cn.jianyi.directory;

import static org.assertj.core.api.Assertions.assertThat;

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

import cn.jianyi.assignment.AssignCommand;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.handling.Reply;
import cn.jianyi.handling.ReplyLetter;
import cn.jianyi.handling.ReplyLetters;
import cn.jianyi.identity.DirectoryChanged;
import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.identity.SaveUnitCommand;
import cn.jianyi.identity.UnitDirectory;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.suggestion.CongressLevel;
import cn.jianyi.suggestion.Meetings;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.MockWebClient;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.StaleForms;
import cn.jianyi.support.TestWorld;

/**
 * 承办单位 kept by the administrator: adding and changing units, a 机关代字 unique within one congress, refusals beside
 * the field with what was typed kept and nothing saved, a unit with cases deactivated instead of deleted (and then not
 * offered for new assignments), and a signed letter keeping the name it was signed under when the unit is renamed.
 */
@OnPostgres
@IntegrationTest
@RecordApplicationEvents
@Execution(ExecutionMode.SAME_THREAD)   // Spring records events per class only outside JUnit's concurrent mode
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitDirectoryTests {

    @Autowired WebApplicationContext context;
    @Autowired UnitDirectory units;
    @Autowired Meetings meetings;
    @Autowired Assignments assignments;
    @Autowired ReplyLetters letters;
    @Autowired JdbcClient jdbc;

    private TestWorld world;
    private MockWebClient admin;
    private long congress;
    private int next = 1;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        admin = MockWebClient.loggedIn(context, "admin");
        congress = world.meeting.congressId();
    }

    private long unitCount() {
        return jdbc.sql("select count(*) from units").query(Long.class).single();
    }

    private static List<String> unitForm(long congress, String fullName, String shortName, String docCode,
                                         String phone, String postcode) {
        return List.of("congressId", String.valueOf(congress), "fullName", fullName, "shortName", shortName,
                "docCode", docCode, "phone", phone, "postcode", postcode, "address", "南昌市新建区长堎大道1号",
                "responsibilities", "负责全区公共交通管理");
    }

    @Test
    void theAdministratorAddsAUnitWithItsCongressAndDuties(ApplicationEvents events) {
        HttpResponse<String> added = admin.post("/directory/units",
                unitForm(congress, "南昌市新建区交通运输局", "区交通运输局", "新交提字", "0791-83751111", "330100"));
        assertThat(added.statusCode()).isEqualTo(302);
        HandlingUnit unit = units.units(congress).stream().filter(u -> u.shortName().equals("区交通运输局"))
                .findFirst().orElseThrow();
        assertThat(unit.congressId()).isEqualTo(congress);
        assertThat(unit.responsibilities()).isEqualTo("负责全区公共交通管理");
        assertThat(unit.active()).isTrue();
        assertThat(admin.get("/directory/units?congressId=" + congress).body()).contains("南昌市新建区交通运输局")
                .contains("新交提字");
        assertThat(admin.get("/directory/units/" + unit.id()).body()).contains("负责全区公共交通管理");
        assertThat(events.stream(DirectoryChanged.class)).extracting(e -> e.subject() + ":" + e.change() + ":" + e.name())
                .containsExactly("UNIT:ADDED:南昌市新建区交通运输局");
    }

    @Test
    void aDocCodeIsUniqueWithinOneCongressOnly() {
        units.save(new SaveUnitCommand(null, congress, "南昌市新建区民政局", "区民政局", "新民提字", "83752000", "330100",
                null, null, world.admin));
        long before = unitCount();
        HttpResponse<String> refused = admin.follow(admin.post("/directory/units",
                unitForm(congress, "南昌市新建区退役军人事务局", "区退役军人局", "新民提字", "83752001", "330100")));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("机关代字“新民提字”已由区民政局使用，同一人大内不得重复。")
                .contains("value=\"南昌市新建区退役军人事务局\"").contains("has-error");
        assertThat(unitCount()).isEqualTo(before);

        // another congress, below the administrator's (ADR 0042)
        long city = meetings.addCongress("南昌市新建区望城镇人民代表大会", "镇人大", CongressLevel.TOWNSHIP, "镇人大主席团",
                congress).id();
        assertThat(admin.post("/directory/units", unitForm(city, "南昌市民政局", "市民政局", "新民提字", "83752002", "330000"))
                .statusCode()).as("the same code in another congress").isEqualTo(302);
    }

    @Test
    void missingOrMalformedFieldsAreRefusedBesideThem() {
        long before = unitCount();
        HttpResponse<String> refused = admin.follow(admin.post("/directory/units",
                unitForm(congress, "南昌市新建区审计局", "区审计局", "新审提字", "", "3301")));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("此项为必填项。").contains("value=\"南昌市新建区审计局\"");
        HttpResponse<String> postcode = admin.follow(admin.post("/directory/units",
                unitForm(congress, "南昌市新建区审计局", "区审计局", "新审提字", "83750000", "3301")));
        assertThat(postcode.body()).contains("邮政编码应为6位数字。").contains("value=\"3301\"");
        HttpResponse<String> noCongress = admin.follow(admin.post("/directory/units",
                unitForm(999999, "南昌市新建区审计局", "区审计局", "新审提字", "83750000", "330100")));
        assertThat(noCongress.body()).contains("请选择。");
        assertThat(unitCount()).isEqualTo(before);
    }

    @Test
    void aUnitWithCasesIsDeactivatedNotDeletedAndThenTakesNoNewAssignments(ApplicationEvents events) {
        HandlingUnit unit = units.save(new SaveUnitCommand(null, congress, "南昌市新建区住房和城乡建设局", "区住建局",
                "新建提字", "83753000", "330100", null, null, world.admin));
        long first = world.registered(100 + next++);
        assignments.assign(AssignCommand.leadOnly(first, unit.id(), TestWorld.ASSIGNED, world.clerk));

        HttpResponse<String> refused = admin.follow(admin.post("/directory/units/" + unit.id() + "/delete", List.of()));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).as("beside the buttons, not as a mistake in the unit's form")
                .contains("id=\"act-refusal\"").contains("区住建局已有交办的建议或办理记录，不能删除；如不再承办建议，请停用。")
                .doesNotContain("提交的内容有误");
        assertThat(units.unit(unit.id()).active()).isTrue();

        assertThat(admin.post("/directory/units/" + unit.id() + "/deactivate", List.of()).statusCode()).isEqualTo(302);
        assertThat(units.unit(unit.id()).active()).isFalse();
        long second = world.registered(100 + next++);
        MockWebClient clerk = MockWebClient.loggedIn(context, "clerk");
        assertThat(clerk.get("/suggestions/" + second + "/assign").body())
                .doesNotContain("南昌市新建区住房和城乡建设局").contains("南昌市新建区教育体育局");
        HttpResponse<String> assign = clerk.follow(clerk.post("/suggestions/" + second + "/assign",
                List.of("leadUnitId", String.valueOf(unit.id()), "assignedOn", TestWorld.ASSIGNED.toString())));
        assertThat(assign.statusCode()).isEqualTo(200);
        assertThat(assign.body()).contains("区住建局已停用，不能交办给该单位。");
        assertThat(admin.get("/directory/units/" + unit.id()).body()).contains("已停用");

        assertThat(admin.post("/directory/units/" + unit.id() + "/activate", List.of()).statusCode()).isEqualTo(302);
        assertThat(units.unit(unit.id()).active()).isTrue();
        assertThat(events.stream(DirectoryChanged.class)).extracting(DirectoryChanged::change)
                .containsExactly(DirectoryChanged.Change.ADDED, DirectoryChanged.Change.DEACTIVATED,
                        DirectoryChanged.Change.ACTIVATED);
    }

    @Test
    void theListGoesToExcel() {
        units.save(new SaveUnitCommand(null, congress, "南昌市新建区水利局", "区水利局", "新水提字", "83755000", "330100",
                "南昌市新建区长堎大道2号", "水利工程建设与管理", world.admin));
        var response = admin.download("/directory/units/export.xlsx?congressId=" + congress);
        assertThat(response.statusCode()).isEqualTo(200);
        var rows = cn.jianyi.support.Workbooks.read(response.body()).get("承办单位");
        assertThat(rows.get(0)).containsExactly("所属人大", "单位全称", "简称", "机关代字", "联系电话", "邮政编码", "通信地址",
                "职能", "状态");
        assertThat(rows).anySatisfy(row -> assertThat(row).containsExactly("南昌市新建区人民代表大会", "南昌市新建区水利局",
                "区水利局", "新水提字", "83755000", "330100", "南昌市新建区长堎大道2号", "水利工程建设与管理", "启用"));
    }

    @Test
    void aUnitEnteredByMistakeIsDeleted() {
        HandlingUnit unit = units.save(new SaveUnitCommand(null, congress, "南昌市新建区统计局（误）", "区统计局",
                "新统提字", "83754000", "330100", null, null, world.admin));
        assertThat(admin.post("/directory/units/" + unit.id() + "/delete", List.of()).statusCode()).isEqualTo(302);
        assertThat(units.units(null)).extracting(HandlingUnit::id).doesNotContain(unit.id());
    }

    @Test
    void aNewUnitWithoutAccountsIsPointedOutWhenAssigning() {
        units.save(new SaveUnitCommand(null, congress, "南昌市新建区林业局", "区林业局", "新林提字", "83756000",
                "330100", null, null, world.admin));
        long registered = world.registered(100 + next++);
        String page = MockWebClient.loggedIn(context, "clerk").get("/suggestions/" + registered + "/assign").body();
        String hint = page.substring(page.indexOf("data-unstaffed"), page.indexOf("</p>", page.indexOf("data-unstaffed")));
        assertThat(hint).as("nobody there would hear of the case").contains("请先请安全管理员建立账号：")
                .contains("区林业局").doesNotContain("区卫健委").doesNotContain("区教体局");
    }

    @Test
    void aUnitWithAccountsIsNotDeleted() {
        HttpResponse<String> refused = admin.follow(admin.post("/directory/units/" + world.education.id() + "/delete", List.of()));
        assertThat(refused.body()).contains("区教体局还有2个登录账号，不能删除；如不再承办建议，请停用。");
    }

    @Test
    void aSignedLetterKeepsTheNameItWasSignedUnder() {
        long id = world.assigned(100 + next++);
        Reply signed = world.signed(world.drafted(id), LocalDate.of(2024, 6, 20));
        HandlingUnit health = world.health;
        units.save(new SaveUnitCommand(health.id(), congress, "南昌市新建区卫生健康局", "区卫健局", health.docCode(),
                "0791-88888888", "330199", null, "卫生健康", world.admin));

        ReplyLetter letter = letters.of(signed);
        assertThat(letter.unitFullName()).isEqualTo("南昌市新建区卫生健康委员会");
        assertThat(letter.form().unitName()).isEqualTo("区卫健委");
        assertThat(letter.form().unitPhone()).isEqualTo("83752009");
        assertThat(letter.documentNumber()).isEqualTo("新卫提字〔2024〕1号");
        assertThat(MockWebClient.loggedIn(context, "clerk").get("/replies/" + signed.id()).body())
                .contains("南昌市新建区卫生健康委员会").doesNotContain("南昌市新建区卫生健康局");

        long later = world.assigned(100 + next++);
        assertThat(letters.of(world.drafted(later)).unitFullName()).as("a draft prints the unit as it is now")
                .isEqualTo("南昌市新建区卫生健康局");
    }

    @Test
    void aStaleFormIsRefusedWithTheUnitAsSavedNow() {
        HandlingUnit unit = units.save(new SaveUnitCommand(null, congress, "南昌市新建区城市管理局", "区城管局", "新城提字",
                "83757000", "330100", null, null, world.admin));
        String read = String.valueOf(unit.version());           // the version the unit's page carries
        // meanwhile another administrator changes its phone
        units.save(new SaveUnitCommand(unit.id(), congress, unit.fullName(), unit.shortName(), unit.docCode(),
                "83757999", unit.postcode(), null, null, world.admin));
        var typed = new java.util.ArrayList<>(unitForm(congress, unit.fullName(), "区城市管理局", "新城提字", "83757000",
                "330100"));
        typed.addAll(List.of("version", read));

        String latest = StaleForms.refused(admin.submit("/directory/units/" + unit.id(), typed), read,
                "最新情况：该单位现为——全称：南昌市新建区城市管理局；简称：区城管局；机关代字：新城提字；联系电话：83757999",
                "value=\"区城市管理局\"");
        assertThat(units.unit(unit.id())).extracting(HandlingUnit::shortName, HandlingUnit::phone)
                .containsExactly("区城管局", "83757999");

        typed.set(typed.size() - 1, latest);                    // sent again knowingly, at the version now shown
        assertThat(admin.post("/directory/units/" + unit.id(), typed).statusCode()).isEqualTo(302);
        assertThat(units.unit(unit.id()).shortName()).isEqualTo("区城市管理局");
    }

    @Test
    void theCommandRefusesAMissingCongress() {
        try {
            new SaveUnitCommand(null, null, "x", "x", "x", "83750000", "330100", null, null, world.admin);
        } catch (RuleViolation refused) {
            assertThat(refused.field()).isEqualTo("congressId");
            return;
        }
        throw new AssertionError("a unit without a congress was accepted");
    }
}
