package cn.jianyi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.Lanes;
import cn.jianyi.support.TestFiles;
import cn.jianyi.support.TestWorld;
import cn.jianyi.support.WebClient;
import cn.jianyi.support.WebClient.FilePart;

/**
 * Bad input on every form: a Chinese message beside the field, what was typed kept in the re-rendered form, and
 * nothing changed in the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Lanes.Pin(1)              // beside the browsers on H2 with the other default-configuration classes (pom.xml)
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FormValidationTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    private TestWorld world;
    private WebClient clerk;
    private WebClient handler;
    private WebClient head;
    private WebClient deputy;
    private long registered;
    private long assigned;
    private long replied;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        registered = world.registered(1);
        assigned = world.assigned(2);
        world.drafted(assigned);
        replied = world.replied(3);
        clerk = WebClient.loggedIn(port, "clerk", TestWorld.PASSWORD);
        handler = WebClient.loggedIn(port, "handler", TestWorld.PASSWORD);
        head = WebClient.loggedIn(port, "head", TestWorld.PASSWORD);
        deputy = WebClient.loggedIn(port, "deputy", TestWorld.PASSWORD);
    }

    private List<String> registration(String number, String title, String content, String deputyId, String date) {
        return List.of("meetingId", String.valueOf(world.meeting.id()), "number", number, "title", title,
                "content", content, "leadDeputyId", deputyId, "category", "AGRICULTURE", "receivedOn", date);
    }

    private String cheng() {
        return String.valueOf(world.cheng.id());
    }

    @Test
    @DisplayName("登记：空标题、超长、非数字建议号、未来日期、缺代表、重复建议号")
    void registrationRefusesBadInputAndKeepsWhatWasTyped() {
        long before = count("suggestions");
        assertFieldError(clerk.follow(clerk.post("/suggestions/new", registration("", "", "保留的内容", cheng(), "2024-01-12"))),
                "title", "此项为必填项。", "保留的内容");
        assertFieldError(clerk.follow(clerk.post("/suggestions/new", registration("", "标".repeat(101), "内容", cheng(), "2024-01-12"))),
                "title", "不能超过100个字。", "标".repeat(101));
        assertFieldError(clerk.follow(clerk.post("/suggestions/new", registration("", "标题", "内".repeat(10001), cheng(), "2024-01-12"))),
                "content", "不能超过10000个字。", "标题");
        assertFieldError(clerk.follow(clerk.post("/suggestions/new", registration("abc", "标题", "内容", cheng(), "2024-01-12"))),
                "number", "请输入整数。", "value=\"abc\"");
        assertFieldError(clerk.follow(clerk.post("/suggestions/new", registration("0", "标题", "内容", cheng(), "2024-01-12"))),
                "number", "建议号应为1至99999之间的整数。", "标题");
        assertFieldError(clerk.follow(clerk.post("/suggestions/new", registration("", "标题", "内容", "", "2024-01-12"))),
                "leadDeputyId", "请选择。", "标题");
        assertFieldError(clerk.follow(clerk.post("/suggestions/new", registration("", "标题", "内容", cheng(),
                LocalDate.now().plusDays(3).toString()))), "receivedOn", "日期不能晚于今天。", "标题");
        assertFieldError(clerk.follow(clerk.post("/suggestions/new", registration("", "标题", "内容", cheng(), "2024-13-45"))),
                "receivedOn", "请输入有效日期", "value=\"2024-13-45\"");
        assertFieldError(clerk.follow(clerk.post("/suggestions/new", registration("1", "重复的标题", "内容", cheng(), "2024-01-12"))),
                "number", "已有第1号建议，请换一个建议号。", "重复的标题");
        assertThat(count("suggestions")).isEqualTo(before);
    }

    @Test
    @DisplayName("提交-重定向-显示：被拒的表单以重定向回答，重定向后的页面显示错误和所填内容；刷新不再提交，也不再显示错误")
    void aRefusedFormAnswersWithARedirectToItsPage() {
        long before = count("suggestions");
        HttpResponse<String> refused = clerk.post("/suggestions/new",
                registration("", "", "保留的内容", cheng(), "2024-01-12"));
        assertThat(refused.statusCode()).as("no page in answer to a POST").isEqualTo(302);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/suggestions/new");
        HttpResponse<String> page = clerk.follow(refused);
        assertFieldError(page, "title", "此项为必填项。", "保留的内容");
        HttpResponse<String> reloaded = clerk.get("/suggestions/new");
        assertThat(reloaded.body()).as("the refusal is shown once").doesNotContain("field-error")
                .doesNotContain("保留的内容");
        assertThat(count("suggestions")).isEqualTo(before);

        long draftId = jdbc.sql("select id from replies where suggestion_id = :id").param("id", assigned)
                .query(Long.class).single();
        HttpResponse<String> sign = head.post("/replies/" + draftId + "/sign",
                List.of("signedOn", LocalDate.now().plusDays(5).toString()));
        assertThat(sign.headers().firstValue("Location").orElseThrow()).as("the form's own page")
                .endsWith("/replies/" + draftId);
        assertFieldError(head.follow(sign), "signedOn", "日期不能晚于今天。", "value=\"" + LocalDate.now().plusDays(5) + "\"");
    }

    @Test
    @DisplayName("一次提示全部错误：登记的日期错误与联名代表错误、交办的日期错误与协办单位错误同时显示")
    void everyMistakeIsShownInOneRound() {
        long suggestions = count("suggestions");
        var form = new java.util.ArrayList<>(registration("1", "", "保留的内容", cheng(),
                LocalDate.now().plusDays(3).toString()));
        form.addAll(List.of("coSignerIds", cheng()));
        HttpResponse<String> registration = clerk.follow(clerk.post("/suggestions/new", form));
        assertFieldError(registration, "receivedOn", "日期不能晚于今天。", "保留的内容");
        assertFieldError(registration, "coSignerIds", "领衔代表不能同时作为联名代表。", "保留的内容");
        assertFieldError(registration, "title", "此项为必填项。", "保留的内容");
        assertFieldError(registration, "number", "已有第1号建议", "保留的内容");
        assertThat(count("suggestions")).isEqualTo(suggestions);

        long assignments = count("assignments");
        String health = String.valueOf(world.health.id());
        HttpResponse<String> assignment = clerk.follow(clerk.post("/suggestions/" + registered + "/assign",
                List.of("leadUnitId", health, "coUnitIds", health, "assignedOn", LocalDate.now().plusDays(5).toString())));
        assertFieldError(assignment, "assignedOn", "日期不能晚于今天。", "selected");
        assertFieldError(assignment, "coUnitIds", "主办单位不能同时作为协办单位。", "selected");
        HttpResponse<String> noLead = clerk.follow(clerk.post("/suggestions/" + registered + "/assign",
                List.of("leadUnitId", "", "assignedOn", "2023-01-01")));
        assertFieldError(noLead, "leadUnitId", "请选择。", "2023-01-01");
        assertFieldError(noLead, "assignedOn", "交办日期不能早于建议收到日期。", "2023-01-01");
        assertThat(count("assignments")).isEqualTo(assignments);
    }

    @Test
    @DisplayName("交办：未选主办、主办兼协办、未来日期、已交办的案卷")
    void assignmentRefusesBadInput() {
        long before = count("assignments");
        String path = "/suggestions/" + registered + "/assign";
        assertFieldError(clerk.follow(clerk.post(path, List.of("leadUnitId", "", "assignedOn", "2024-03-05"))),
                "leadUnitId", "请选择。", "2024-03-05");
        String health = String.valueOf(world.health.id());
        assertFieldError(clerk.follow(clerk.post(path, List.of("leadUnitId", health, "coUnitIds", health, "assignedOn", "2024-03-05"))),
                "coUnitIds", "主办单位不能同时作为协办单位。", "2024-03-05");
        assertFieldError(clerk.follow(clerk.post(path, List.of("leadUnitId", health, "assignedOn",
                LocalDate.now().plusDays(5).toString()))), "assignedOn", "日期不能晚于今天。", "selected");
        assertFieldError(clerk.follow(clerk.post(path, List.of("leadUnitId", health, "assignedOn", "2023-01-01"))),
                "assignedOn", "交办日期不能早于建议收到日期。", "2023-01-01");
        HttpResponse<String> again = clerk.follow(clerk.post("/suggestions/" + assigned + "/assign",
                List.of("leadUnitId", health, "assignedOn", "2024-03-05")));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("只有已登记、尚未交办的建议才能交办。");
        assertThat(count("assignments")).isEqualTo(before);
    }

    @Test
    @DisplayName("拟稿：空正文、错误的邮编和电话")
    void draftRefusesBadInput() {
        String body = jdbc.sql("select body from replies where suggestion_id = :id").param("id", assigned)
                .query(String.class).single();
        List<String> form = List.of("classification", "A", "title", "关于答复", "salutation", "尊敬的程绮南代表：",
                "body", "", "contactUnit", "区卫健委", "contactPhone", "8375", "postcode", "33010",
                "copyTo", "区政府督查室", "publicity", "PROACTIVE");
        HttpResponse<String> response = handler.follow(handler.post("/suggestions/" + assigned + "/reply", form));
        assertFieldError(response, "body", "此项为必填项。", "区政府督查室");
        assertFieldError(response, "contactPhone", "请输入有效的电话号码", "value=\"8375\"");
        assertFieldError(response, "postcode", "邮政编码应为6位数字。", "value=\"33010\"");
        assertThat(jdbc.sql("select body from replies where suggestion_id = :id").param("id", assigned)
                .query(String.class).single()).isEqualTo(body);
    }

    @Test
    @DisplayName("签发：未来日期被拒绝，答复仍为草稿")
    void signingRefusesAFutureDate() {
        long draftId = jdbc.sql("select id from replies where suggestion_id = :id").param("id", assigned)
                .query(Long.class).single();
        assertFieldError(head.follow(head.post("/replies/" + draftId + "/sign", List.of("signedOn",
                LocalDate.now().plusDays(2).toString()))), "signedOn", "日期不能晚于今天。", "签发");
        assertThat(jdbc.sql("select status from replies where id = :id").param("id", draftId).query(String.class)
                .single()).isEqualTo("DRAFT");
    }

    @Test
    @DisplayName("评价：不满意必须写理由，未选评价，非法值")
    void feedbackRefusesBadInput() {
        long before = count("feedbacks");
        String path = "/suggestions/" + replied + "/feedback";
        assertFieldError(deputy.follow(deputy.post(path, List.of("satisfaction", "DISSATISFIED", "resultRating", "DISSATISFIED",
                "attitudeRating", "SATISFIED", "comment", "", "givenOn",
                LocalDate.now().toString()))), "comment", "选择“不满意”时必须填写理由。", "value=\"DISSATISFIED\" id=\"satisfaction3\" name=\"satisfaction\" checked=\"checked\"");
        assertFieldError(deputy.follow(deputy.post(path, List.of("satisfaction", "", "comment", "保留的意见", "givenOn",
                LocalDate.now().toString()))), "satisfaction", "请选择。", "保留的意见");
        assertFieldError(deputy.follow(deputy.post(path, List.of("satisfaction", "VERY_HAPPY", "comment", "x", "givenOn",
                LocalDate.now().toString()))), "satisfaction", "请选择有效的评价。", "x");
        assertFieldError(deputy.follow(deputy.post(path, List.of("satisfaction", "SATISFIED", "resultRating", "", "attitudeRating",
                "SATISFIED", "comment", "保留", "givenOn", LocalDate.now().toString()))), "resultRating", "请选择。", "保留");
        assertThat(count("feedbacks")).isEqualTo(before);
        assertThat(jdbc.sql("select status from suggestions where id = :id").param("id", replied)
                .query(String.class).single()).isEqualTo("REPLIED");
    }

    @Test
    @DisplayName("办理规则：没有分类方案、期限为空或超出范围、复杂期限短于一般期限：就地提示，保留所填，不保存")
    void ruleSetRefusesBadInput() {
        WebClient admin = WebClient.loggedIn(port, "admin", TestWorld.PASSWORD);
        long before = count("rule_sets");
        String path = "/rules/" + world.meeting.congressId();
        List<String> valid = List.of("effectiveFrom", "2025-01-01", "reply.amount", "4", "reply.unit", "MONTHS",
                "complex.amount", "6", "complex.unit", "MONTHS", "returnWindow.amount", "10", "returnWindow.unit",
                "DAYS", "opinion.amount", "1", "opinion.unit", "MONTHS", "extension.amount", "3", "extension.unit",
                "MONTHS", "rehandling.amount", "1", "rehandling.unit", "MONTHS", "rehandlingShortest.amount", "1",
                "rehandlingShortest.unit", "MONTHS", "rehandlingLongest.amount", "1", "rehandlingLongest.unit",
                "MONTHS", "publication.amount", "20",
                "publication.unit", "WORKDAYS", "feedbackAnswerers", "LEAD_ONLY", "note", "县规四个月");
        assertFieldError(admin.follow(admin.post(path, valid)), "classificationScheme", "请选择分类方案。", "县规四个月");
        assertFieldError(admin.follow(admin.post(path, with(valid, "classificationScheme", "CITY", "reply.amount", ""))),
                "reply.amount", "请填写期限。", "县规四个月");
        assertFieldError(admin.follow(admin.post(path, with(valid, "classificationScheme", "CITY", "returnWindow.amount", "999"))),
                "returnWindow.amount", "期限应为1至730", "value=\"999\"");
        assertFieldError(admin.follow(admin.post(path, with(valid, "classificationScheme", "CITY", "complex.amount", "2"))),
                "complex.amount", "复杂建议的答复期限不能短于一般答复期限。", "县规四个月");
        // every mistake in one round: the missing scheme, two windows, and bounds that do not hold the rule
        HttpResponse<String> all = admin.follow(admin.post(path, with(valid, "reply.amount", "",
                "returnWindow.amount", "999", "rehandlingShortest.amount", "2")));
        assertFieldError(all, "classificationScheme", "请选择分类方案。", "县规四个月");
        assertFieldError(all, "reply.amount", "请填写期限。", "县规四个月");
        assertFieldError(all, "returnWindow.amount", "期限应为1至730", "value=\"999\"");
        assertFieldError(all, "rehandlingShortest.amount", "重新办理期限最短不能长于重新办理答复期限。", "县规四个月");
        assertThat(count("rule_sets")).isEqualTo(before);
    }

    @Test
    @DisplayName("考评方案：权重之和不为100、负数、非数字、分值超过100、空白：就地提示，保留所填，不保存")
    void assessmentSchemeRefusesBadInput() {
        WebClient admin = WebClient.loggedIn(port, "admin", TestWorld.PASSWORD);
        String path = "/settings/assessment/" + world.meeting.congressId();
        List<String> valid = List.of("timelinessWeight", "40", "contactWeight", "10", "satisfactionWeight", "40",
                "classWeight", "10", "otherContactPoints", "50", "basicallySatisfiedPoints", "90", "classAPoints", "100",
                "classBPoints", "90", "classCPoints", "70", "classDPoints", "50", "note", "提高满意度权重");
        long before = count("assessment_schemes");
        assertFieldError(admin.follow(admin.post(path, with(valid, "classWeight", "0"))), "classWeight",
                "四项权重之和应为100，现为90。", "提高满意度权重");
        assertFieldError(admin.follow(admin.post(path, with(valid, "contactWeight", "-5"))), "contactWeight",
                "应为0至100之间的整数。", "value=\"-5\"");
        assertFieldError(admin.follow(admin.post(path, with(valid, "satisfactionWeight", "四十"))), "satisfactionWeight",
                "请输入整数。", "value=\"四十\"");
        assertFieldError(admin.follow(admin.post(path, with(valid, "classAPoints", "120"))), "classAPoints",
                "应为0至100之间的整数。", "value=\"120\"");
        assertFieldError(admin.follow(admin.post(path, with(valid, "basicallySatisfiedPoints", ""))), "basicallySatisfiedPoints",
                "此项为必填项。", "提高满意度权重");
        assertThat(count("assessment_schemes")).as("nothing saved").isEqualTo(before);
    }

    @Test
    @DisplayName("会议答复函打包：没有选会议、会议无效、会议没有已签发的答复函：就地提示")
    void meetingExportRefusesBadInput() {
        var meetings = context.getBean(cn.jianyi.suggestion.Meetings.class);
        long empty = meetings.addMeeting(meetings.addTerm(world.meeting.congressId(), 5).id(), 1,
                LocalDate.of(2027, 1, 6)).id();
        assertFieldError(clerk.follow(clerk.post("/exports", List.of("meetingId", ""))), "meetingId", "请选择。", "二届四次会议");
        assertFieldError(clerk.follow(clerk.post("/exports", List.of("meetingId", "abc"))), "meetingId", "请选择有效的选项。",
                "二届四次会议");
        assertFieldError(clerk.follow(clerk.post("/exports", List.of("meetingId", String.valueOf(empty)))), "meetingId",
                "五届一次会议还没有已签发的答复函，无需打包。", "value=\"" + empty + "\" selected=\"selected\"");
    }

    @Test
    @DisplayName("申请退回、申请延期与审核：理由为空、未填日期、不同意而无说明：就地提示，保留所填，不保存")
    void unitRequestsAndDecisionsRefuseBadInput() {
        long today = world.registered(4);
        context.getBean(cn.jianyi.assignment.Assignments.class).assign(cn.jianyi.assignment.AssignCommand.leadOnly(
                today, world.health.id(), LocalDate.now(), world.clerk));
        long returns = count("return_requests");
        long extensions = count("extension_requests");
        assertFieldError(handler.follow(handler.post("/suggestions/" + today + "/return-request",
                List.of("proposedUnitId", String.valueOf(world.education.id()), "reason", "  "))), "reason",
                "此项为必填项。", "title=\"南昌市新建区教育体育局\" selected=\"selected\">区教体局</option>");   // one name, full on hover
        assertFieldError(handler.follow(handler.post("/suggestions/" + today + "/extension-request",
                List.of("requestedDueOn", "", "reason", "需待区财政预算批复"))), "requestedDueOn", "此项为必填项。",
                "需待区财政预算批复");
        assertFieldError(handler.follow(handler.post("/suggestions/" + today + "/extension-request",
                List.of("requestedDueOn", LocalDate.now().plusMonths(4).toString(), "reason", ""))), "reason",
                "此项为必填项。", LocalDate.now().plusMonths(4).toString());
        assertThat(count("return_requests")).isEqualTo(returns);
        assertThat(count("extension_requests")).isEqualTo(extensions);

        var request = context.getBean(cn.jianyi.assignment.UnitRequests.class).requestExtension(
                new cn.jianyi.assignment.RequestExtensionCommand(today, world.health.id(),
                        LocalDate.now().plusMonths(4), "需待区财政预算批复", world.handler));
        assertFieldError(clerk.follow(clerk.post("/extension-requests/" + request.id(), List.of("approve", "false", "note", " "))),
                "note", "不同意时必须说明理由。", "checked=\"checked\"");
        assertThat(jdbc.sql("select outcome from extension_requests where id = ?").param(request.id())
                .query(String.class).single()).as("still waiting").isEqualTo("PENDING");
    }

    /** The form's fields with some replaced or added. */
    private static List<String> with(List<String> fields, String... changes) {
        var result = new java.util.ArrayList<>(fields);
        for (int i = 0; i < changes.length; i += 2) {
            int at = result.indexOf(changes[i]);
            if (at >= 0 && at % 2 == 0) {
                result.set(at + 1, changes[i + 1]);
            } else {
                result.add(changes[i]);
                result.add(changes[i + 1]);
            }
        }
        return result;
    }

    @Test
    @DisplayName("联系记录：缺参加人员、未来日期、伪装成PDF的网页，一次全部提示")
    void contactRefusesBadInputAndBadFiles() {
        long contacts = count("contact_records");
        long attachments = count("contact_attachments");
        HttpResponse<String> response = handler.follow(handler.postMultipart("/suggestions/" + assigned + "/contacts",
                List.of("kind", "PHONE", "contactedOn", LocalDate.now().plusDays(2).toString(), "participants", "",
                        "summary", "保留的沟通情况"),
                List.of(new FilePart("attachments", "签到表.pdf", "application/pdf", TestFiles.html()))));
        assertFieldError(response, "participants", "此项为必填项。", "保留的沟通情况");
        assertFieldError(response, "contactedOn", "日期不能晚于今天。", "保留的沟通情况");
        assertFieldError(response, "attachments", "“签到表.pdf”不是允许的文件类型",
                "value=\"PHONE\" id=\"kind2\" name=\"kind\" checked=\"checked\"");
        assertThat(count("contact_records")).isEqualTo(contacts);
        assertThat(count("contact_attachments")).isEqualTo(attachments);
    }

    private static void assertFieldError(HttpResponse<String> response, String field, String message, String kept) {
        assertThat(response.statusCode()).as("re-rendered form").isEqualTo(200);
        String body = response.body();
        int input = body.indexOf("id=\"" + field + "\"");
        if (input < 0) {
            input = body.indexOf("name=\"" + field + "\"");
        }
        assertThat(input).as("field " + field + " is on the page").isGreaterThanOrEqualTo(0);
        int error = body.indexOf("class=\"field-error\"", input);
        assertThat(error).as("an error beside " + field).isGreaterThan(input);
        assertThat(body.substring(error, body.indexOf("</div>", error))).contains(message);
        assertThat(body).contains(kept);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
