package cn.jianyi.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jianyi.assignment.AssignCommand;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.handling.ContactKind;
import cn.jianyi.handling.Replies;
import cn.jianyi.handling.ReplyTemplates;
import cn.jianyi.handling.ContactLog;
import cn.jianyi.handling.RecordContactCommand;
import cn.jianyi.handling.Reply;
import cn.jianyi.handling.ReplyContent;
import cn.jianyi.handling.ResolutionCategory;
import cn.jianyi.handling.ReviewClassCommand;
import cn.jianyi.handling.SaveDraftCommand;
import cn.jianyi.handling.SignReplyCommand;
import cn.jianyi.identity.HandlingUnit;
import cn.jianyi.identity.IdentityManagement;
import cn.jianyi.identity.Role;
import cn.jianyi.shared.Actor;
import cn.jianyi.suggestion.CongressLevel;
import cn.jianyi.suggestion.MeetingView;
import cn.jianyi.suggestion.Meetings;
import cn.jianyi.suggestion.RegisterSuggestionCommand;
import cn.jianyi.suggestion.SubjectArea;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.MutableClock;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.StaleForms;
import cn.jianyi.support.TestWorld;
import cn.jianyi.support.WebClient;

/**
 * 办理工作考评: a meeting with three units whose every count is known, scored by hand and asserted exactly (scores
 * and points rounded half up to two decimals, ADR 0024), under the default scheme and after a new version.
 *
 * <p>区卫健委 leads four cases (today is 2024-07-10; three months from 3月5日 is 6月5日):
 * H1 面商 before its reply, signed 5月20日 (on time), A, 满意 (区教体局 is its co-unit and gives an opinion);
 * H2 a phone call before its reply, signed 6月20日 (late), A reviewed to B, 基本满意;
 * H3 signed 5月20日, a phone call only after it, D, 不满意;
 * H4 not answered and past its due date.
 * So 按期办复 2/4 = 50.00; 联系代表 (100 + 60) / 3 = 53.33; 满意度 (100 + 80 + 0) / 3 = 60.00;
 * 分类 (100 + 80 + 40) / 3 = 73.33; points 15.00 + 10.67 + 18.00 + 14.67 = 58.34.
 *
 * <p>区教体局 leads E1 (面商, signed on time, A, no form yet) and E2 (assigned 6月1日, due 9月1日, not answered):
 * 按期办复 1/1, 联系代表 1/1, 分类 1/1 all 100.00, 满意度 无数据; points 30.00 + 20.00 + 20.00 = 70.00 over the
 * weights with data (70), total 100.00. 区民政局 leads one case not yet due: 无数据, no rank.
 */
@OnPostgres
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = MutableClock.PROPERTIES)
@Import(MutableClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AssessmentTests {

    private static final LocalDate ON_TIME = LocalDate.of(2024, 5, 20);
    private static final LocalDate LATE = LocalDate.of(2024, 6, 20);

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired MutableClock.Control clock;
    @Autowired Assessment assessment;
    @Autowired AssessmentSchemes schemes;
    @Autowired FigureCases figureCases;
    @Autowired Meetings meetings;
    @Autowired SuggestionManagement suggestions;
    @Autowired Assignments assignments;
    @Autowired Replies replies;
    @Autowired ReplyTemplates replyTemplates;
    @Autowired ContactLog contactLog;
    @Autowired IdentityManagement identity;
    @Autowired JdbcClient jdbc;

    private final Actor head2 = new Actor("head2", "万志远", Role.HEAD.name(), "区教体局");
    private TestWorld world;
    private MeetingView meeting;
    private HandlingUnit civil;
    private long h1;
    private long h2;
    private long h3;
    private long h4;
    private long e1;
    private long e2;

    @BeforeAll
    void meeting() {
        clock.setLocal(LocalDateTime.of(2024, 7, 10, 9, 0));
        world = TestWorld.create(context);
        civil = identity.addUnit("南昌市新建区民政局", "区民政局", "新民提字", "83751111", "330100", null);
        meeting = meetings.addMeeting(meetings.addTerm(world.meeting.congressId(), 3).id(), 1,
                LocalDate.of(2024, 1, 20));

        h1 = registered(1);
        assignments.assign(new AssignCommand(h1, world.health.id(), List.of(world.education.id()),
                TestWorld.ASSIGNED, world.clerk));
        contact(h1, world.health.id(), ContactKind.FACE_TO_FACE, LocalDate.of(2024, 3, 20), world.handler);
        world.opinionGiven(h1);
        world.signed(world.drafted(h1, ResolutionCategory.A), ON_TIME);
        world.rated(h1, Satisfaction.SATISFIED, null, LocalDate.of(2024, 6, 28));

        h2 = assigned(2, world.health.id(), TestWorld.ASSIGNED);
        contact(h2, world.health.id(), ContactKind.PHONE, LocalDate.of(2024, 4, 1), world.handler);
        Reply reply = world.signed(world.drafted(h2, ResolutionCategory.A), LATE);
        replies.reviewClass(new ReviewClassCommand(reply.id(), ResolutionCategory.B, "按答复内容调整分类", world.clerk));
        world.rated(h2, Satisfaction.BASICALLY_SATISFIED, null, LocalDate.of(2024, 6, 28));

        h3 = assigned(3, world.health.id(), TestWorld.ASSIGNED);
        world.signed(world.drafted(h3, ResolutionCategory.D), ON_TIME);
        contact(h3, world.health.id(), ContactKind.PHONE, LocalDate.of(2024, 6, 1), world.handler);
        world.rated(h3, Satisfaction.DISSATISFIED, "没有解决", LocalDate.of(2024, 6, 28));

        h4 = assigned(4, world.health.id(), TestWorld.ASSIGNED);

        e1 = assigned(5, world.education.id(), TestWorld.ASSIGNED);
        contact(e1, world.education.id(), ContactKind.FACE_TO_FACE, LocalDate.of(2024, 3, 25), world.handler2);
        ReplyContent template = replyTemplates.newDraftTemplate(e1, world.education.id());
        Reply draft = replies.saveDraft(new SaveDraftCommand(e1, world.education.id(), new ReplyContent(
                ResolutionCategory.A, template.title(), template.salutation(), template.body() + "答复正文",
                template.contactUnit(), template.contactPhone(), template.postcode(), template.copyTo(),
                template.publicity()), world.handler2));
        replies.sign(new SignReplyCommand(draft.id(), world.education.id(), ON_TIME, head2));
        e2 = assigned(6, world.education.id(), LocalDate.of(2024, 6, 1));
        assigned(7, civil.id(), LocalDate.of(2024, 6, 1));
    }

    private long registered(int number) {
        return suggestions.register(new RegisterSuggestionCommand(meeting.id(), number, "关于完善社区服务的建议", "内容",
                world.cheng.id(), List.of(), SubjectArea.SOCIAL_DEVELOPMENT, TestWorld.RECEIVED, world.clerk));
    }

    private long assigned(int number, long unitId, LocalDate on) {
        long id = registered(number);
        assignments.assign(AssignCommand.leadOnly(id, unitId, on, world.clerk));
        return id;
    }

    private void contact(long id, long unitId, ContactKind kind, LocalDate on, Actor actor) {
        contactLog.recordContact(new RecordContactCommand(id, unitId, kind, on, "程绮南代表", "沟通办理意见", actor,
                List.of()));
    }

    private AssessmentReport report() {
        return assessment.report(StatisticsFilter.meeting(meeting.id()));
    }

    private static AssessmentReport.UnitScore unit(AssessmentReport report, String name) {
        return report.units().stream().filter(u -> u.unitName().equals(name)).findFirst().orElseThrow();
    }

    private static void component(AssessmentReport.Component c, int weight, long denominator, List<Long> counts,
                                  String score, String points) {
        assertThat(c.weight()).as(c.key() + " weight").isEqualTo(weight);
        assertThat(c.denominator()).as(c.key() + " denominator").isEqualTo(denominator);
        assertThat(c.parts()).extracting(AssessmentReport.Part::count).as(c.key() + " counts").isEqualTo(counts);
        if (score == null) {
            assertThat(c.hasData()).as(c.key() + " has no data").isFalse();
            assertThat(c.points()).isNull();
        } else {
            assertThat(c.score()).as(c.key() + " score").hasToString(score);
            assertThat(c.points()).as(c.key() + " points").hasToString(points);
        }
    }

    @Test
    @Order(1)
    @DisplayName("默认方案：区卫健委 58.34（按期50.00、联系53.33、满意60.00、分类73.33），区教体局 100.00（满意度无数据，折算），区民政局无数据")
    void theDefaultSchemeScoresEachComponentExactly() {
        AssessmentReport report = report();
        assertThat(report.scheme().isDefault()).isTrue();
        assertThat(report.congressName()).isEqualTo("南昌市新建区人民代表大会");
        assertThat(report.units()).extracting(AssessmentReport.UnitScore::unitName)
                .containsExactly("区教体局", "区卫健委", "区民政局");
        assertThat(report.units()).extracting(AssessmentReport.UnitScore::rank).containsExactly(1, 2, null);

        var health = unit(report, "区卫健委");
        assertThat(health.tasks()).isEqualTo(4);
        component(health.components().get(0), 30, 4, List.of(2L), "50.00", "15.00");
        component(health.components().get(1), 20, 3, List.of(1L, 1L), "53.33", "10.67");
        component(health.components().get(2), 30, 3, List.of(1L, 1L, 1L), "60.00", "18.00");
        component(health.components().get(3), 20, 3, List.of(1L, 1L, 0L, 1L), "73.33", "14.67");
        assertThat(health.total()).hasToString("58.34");
        assertThat(health.reweighted()).isFalse();
        assertThat(health.components().get(1).parts().get(0).share().percentText()).isEqualTo("33.33%");

        var education = unit(report, "区教体局");
        assertThat(education.tasks()).as("E1 and E2; not H1, where it is the co-unit").isEqualTo(2);
        component(education.components().get(0), 30, 1, List.of(1L), "100.00", "30.00");
        component(education.components().get(1), 20, 1, List.of(1L, 0L), "100.00", "20.00");
        component(education.components().get(2), 30, 0, List.of(0L, 0L, 0L), null, null);
        component(education.components().get(3), 20, 1, List.of(1L, 0L, 0L, 0L), "100.00", "20.00");
        assertThat(education.total()).hasToString("100.00");
        assertThat(education.reweighted()).isTrue();

        var civilUnit = unit(report, "区民政局");
        assertThat(civilUnit.tasks()).isEqualTo(1);
        assertThat(civilUnit.total()).isNull();
        assertThat(civilUnit.components()).noneMatch(AssessmentReport.Component::hasData);
    }

    @Test
    @Order(2)
    @DisplayName("每个数字背后的建议：与计分同一条件")
    void everyNumberOpensTheCasesItCounts() {
        StatisticsFilter filter = StatisticsFilter.meeting(meeting.id());
        String health = String.valueOf(world.health.id());
        String education = String.valueOf(world.education.id());
        assertThat(ids(filter, Figure.UNIT_TASKS, health)).containsExactly(h1, h2, h3, h4);
        assertThat(ids(filter, Figure.UNIT_DUE, health)).containsExactly(h1, h2, h3, h4);
        assertThat(ids(filter, Figure.UNIT_ON_TIME, health)).containsExactly(h1, h3);
        assertThat(ids(filter, Figure.UNIT_REPLIED, health)).containsExactly(h1, h2, h3);
        assertThat(ids(filter, Figure.UNIT_FACE_TO_FACE, health)).containsExactly(h1);
        assertThat(ids(filter, Figure.UNIT_OTHER_CONTACT, health)).as("H3's call came after the reply")
                .containsExactly(h2);
        assertThat(ids(filter, Figure.UNIT_CLASS, health + ":B")).as("the reviewed class").containsExactly(h2);
        assertThat(ids(filter, Figure.UNIT_CLASS, health + ":A")).containsExactly(h1);
        assertThat(ids(filter, Figure.UNIT_FORMS, health + ":DISSATISFIED")).containsExactly(h3);
        assertThat(ids(filter, Figure.UNIT_FORMS, health + ":RETURNED")).containsExactly(h1, h2, h3);
        assertThat(ids(filter, Figure.UNIT_TASKS, education)).containsExactly(e1, e2);
        assertThat(ids(filter, Figure.UNIT_DUE, education)).as("E2 is not due yet").containsExactly(e1);
        assertThat(ids(filter, Figure.UNIT_FORMS, education + ":RETURNED")).isEmpty();
    }

    @Test
    @Order(3)
    @DisplayName("页面：公式与权重、方案版本、各项分子分母与链接；Excel逐项分列")
    void thePageAndTheExportShowEveryComponent() throws IOException {
        WebClient clerk = WebClient.loggedIn(port, "clerk", TestWorld.PASSWORD);
        String page = clerk.get("/assessment?meetingId=" + meeting.id()).body();
        assertThat(page).contains("办理工作考评").contains("总分 = 按期办复×30% + 联系代表×20% + 满意度×30% + 分类×20%")
                .contains("考评方案：南昌市新建区人民代表大会，默认方案（尚未设置）")
                .contains("58.34").contains("53.33").contains("10.67").contains("满意度无数据，按其余各项权重折算。")
                .contains("/dashboard/cases?meetingId=" + meeting.id() + "&amp;figure=UNIT_ON_TIME&amp;value="
                        + world.health.id())
                .contains("figure=UNIT_CLASS&amp;value=" + world.health.id() + ":B")
                .contains("class=\"table-wrap\"");
        assertThat(page.indexOf("data-unit=\"区教体局\"")).as("ranked first")
                .isLessThan(page.indexOf("data-unit=\"区卫健委\""));
        String cases = clerk.get("/dashboard/cases?meetingId=" + meeting.id() + "&figure=UNIT_OTHER_CONTACT&value="
                + world.health.id()).body();
        assertThat(cases).contains("区卫健委").contains("答复前仅以其他方式联系").contains("/suggestions/" + h2)
                .doesNotContain("/suggestions/" + h3 + "\"");
        assertThat(clerk.get("/dashboard").body()).contains("href=\"/assessment");

        HttpResponse<byte[]> export = clerk.download("/assessment/export.xlsx?meetingId=" + meeting.id());
        assertThat(export.statusCode()).isEqualTo(200);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("办理工作考评");
            assertThat(texts(sheet.getRow(0))).containsExactly("排名", "承办单位", "主办（分办）任务",
                    "按期办复·按期办复（件）", "按期办复·已答复或已到期（件）", "按期办复·得分", "按期办复·权重",
                    "按期办复·折算分",
                    "联系代表·面商（件）", "联系代表·其他方式联系（件）", "联系代表·已答复（件）", "联系代表·得分",
                    "联系代表·权重", "联系代表·折算分",
                    "满意度·满意（份）", "满意度·基本满意（份）", "满意度·不满意（份）", "满意度·收回意见表（份）",
                    "满意度·得分", "满意度·权重", "满意度·折算分",
                    "分类·A类（件）", "分类·B类（件）", "分类·C类（件）", "分类·D类（件）", "分类·已答复（件）",
                    "分类·得分", "分类·权重", "分类·折算分", "总分", "说明");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            Row education = sheet.getRow(1);
            assertThat(education.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(education.getCell(1).getStringCellValue()).isEqualTo("区教体局");
            assertThat(education.getCell(18)).as("满意度·得分 without data").isNull();
            assertThat(education.getCell(29).getNumericCellValue()).isEqualTo(100.0);
            assertThat(education.getCell(30).getStringCellValue()).isEqualTo("满意度无数据，按其余各项权重折算。");
            Row health = sheet.getRow(2);
            assertThat(health.getCell(1).getStringCellValue()).isEqualTo("区卫健委");
            assertThat(health.getCell(2).getNumericCellValue()).isEqualTo(4);
            assertThat(health.getCell(3).getNumericCellValue()).isEqualTo(2);
            assertThat(health.getCell(4).getNumericCellValue()).isEqualTo(4);
            assertThat(health.getCell(5).getNumericCellValue()).isEqualTo(50.0);
            assertThat(health.getCell(11).getNumericCellValue()).isEqualTo(53.33);
            assertThat(health.getCell(13).getNumericCellValue()).isEqualTo(10.67);
            assertThat(health.getCell(29).getNumericCellValue()).isEqualTo(58.34);
            Row civilRow = sheet.getRow(3);
            assertThat(civilRow.getCell(0).getStringCellValue()).isEqualTo("—");
            assertThat(civilRow.getCell(29)).isNull();
            assertThat(civilRow.getCell(30).getStringCellValue()).isEqualTo("无数据");
        }
    }

    @Test
    @Order(4)
    @DisplayName("考评方案：代表工作机构可查看，不能保存（坏输入的就地提示见 FormValidationTests）")
    void theClerkReadsTheSchemeButDoesNotChangeIt() {
        WebClient clerk = WebClient.loggedIn(port, "clerk", TestWorld.PASSWORD);
        long before = count();
        assertThat(clerk.post("/settings/assessment/" + world.meeting.congressId(), List.of("timelinessWeight", "100",
                "contactWeight", "0", "satisfactionWeight", "0", "classWeight", "0")).statusCode()).isEqualTo(403);
        assertThat(clerk.get("/settings/assessment").body()).contains("现行方案").contains("默认方案（尚未设置）")
                .doesNotContain("action=\"/settings/assessment/");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    @Order(5)
    @DisplayName("改权重：保存为第1版（修订人、时间），总分随之改变，页面注明所用版本")
    void aNewVersionChangesTheTotals() {
        WebClient admin = WebClient.loggedIn(port, "admin", TestWorld.PASSWORD);
        String path = "/settings/assessment/" + world.meeting.congressId();
        HttpResponse<String> saved = admin.post(path, List.of("timelinessWeight", "40", "contactWeight", "10",
                "satisfactionWeight", "40", "classWeight", "10", "otherContactPoints", "50",
                "basicallySatisfiedPoints", "90", "classAPoints", "100", "classBPoints", "90", "classCPoints", "70",
                "classDPoints", "50", "note", "提高满意度权重"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(admin.get("/settings/assessment?congressId=" + world.meeting.congressId()).body())
                .contains("考评方案已保存为第1版。").contains("提高满意度权重").contains("<td title=\"admin\" data-label=\"修订人\">陈立</td>");

        AssessmentReport report = report();
        assertThat(report.scheme().version()).isEqualTo(1);
        assertThat(report.scheme().createdBy()).isEqualTo("admin");
        var health = unit(report, "区卫健委");
        component(health.components().get(0), 40, 4, List.of(2L), "50.00", "20.00");
        component(health.components().get(1), 10, 3, List.of(1L, 1L), "50.00", "5.00");
        component(health.components().get(2), 40, 3, List.of(1L, 1L, 1L), "63.33", "25.33");
        component(health.components().get(3), 10, 3, List.of(1L, 1L, 0L, 1L), "80.00", "8.00");
        assertThat(health.total()).as("20.00 + 5.00 + 25.33 + 8.00").hasToString("58.33");
        var education = unit(report, "区教体局");
        assertThat(education.total()).as("(40 + 10 + 10) / 60").hasToString("100.00");

        String page = WebClient.loggedIn(port, "supervisor", TestWorld.PASSWORD)
                .get("/assessment?meetingId=" + meeting.id()).body();
        assertThat(page).contains("总分 = 按期办复×40% + 联系代表×10% + 满意度×40% + 分类×10%")
                .contains("第1版（陈立，2024-07-10）").contains("58.33");
    }

    @Test
    @Order(6)
    @DisplayName("范围内没有任务：空表；年度筛选")
    void anEmptyFilterHasNoUnits() {
        assertThat(assessment.report(new StatisticsFilter(null, 2023, null, false, null)).units()).isEmpty();
        assertThat(assessment.report(new StatisticsFilter(meeting.id(), 2024, null, false,
                SubjectArea.AGRICULTURE)).units()).isEmpty();
        assertThat(WebClient.loggedIn(port, "clerk", TestWorld.PASSWORD).get("/assessment?year=2023").body())
                .contains("所选范围内没有主办（分办）任务。");
    }

    @Test
    @Order(7)
    @DisplayName("过时的考评方案表单被拒：提示他人已保存第1版（谁、何时），保留所填权重，不另存")
    void aStaleFormIsRefusedWithTheVersionSavedMeanwhile() {
        long town = meetings.addCongress("南昌市新建区长堎镇人民代表大会", "长堎镇人大", CongressLevel.TOWNSHIP, "镇人大主席团",
                world.meeting.congressId()).id();
        String read = String.valueOf(schemes.current(town).version());   // the default scheme the page shows
        schemes.save(new SaveAssessmentSchemeCommand(town, 40, 20, 30, 10, 50, 80, 100, 80, 60, 40, "镇人大的方案",
                world.admin));                                  // meanwhile another administrator saves version 1

        StaleForms.refused(WebClient.loggedIn(port, "admin", TestWorld.PASSWORD).submit("/settings/assessment/" + town,
                List.of("timelinessWeight", "25", "contactWeight", "25", "satisfactionWeight", "25", "classWeight", "25",
                        "otherContactPoints", "50", "basicallySatisfiedPoints", "90", "classAPoints", "100",
                        "classBPoints", "90", "classCPoints", "70", "classDPoints", "50", "note", "平均权重",
                        "version", read)), read,
                "最新情况：陈立于 2024-07-10 09:00 保存了第1版考评方案；修订说明：镇人大的方案。", "平均权重");
        assertThat(schemes.history(town)).extracting(AssessmentScheme::note).containsExactly("镇人大的方案");
    }

    private List<Long> ids(StatisticsFilter filter, Figure figure, String value) {
        return figureCases.cases(filter, figure, value, 100).stream().map(CaseRow::id).toList();
    }

    private long count() {
        return jdbc.sql("select count(*) from assessment_schemes").query(Long.class).single();
    }

    private static List<String> texts(Row row) {
        var texts = new ArrayList<String>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }
}
