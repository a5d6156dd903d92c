package cn.jianyi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.WebApplicationContext;

import cn.jianyi.assignment.AssignCommand;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.assignment.ExtensionRequest;
import cn.jianyi.assignment.RequestExtensionCommand;
import cn.jianyi.assignment.RequestReturnCommand;
import cn.jianyi.assignment.ReturnRequest;
import cn.jianyi.assignment.UnitRequests;
import cn.jianyi.documents.MeetingExport;
import cn.jianyi.documents.MeetingExports;
import cn.jianyi.handling.AttachmentUpload;
import cn.jianyi.handling.ContactKind;
import cn.jianyi.handling.ContactLog;
import cn.jianyi.handling.RecordContactCommand;
import cn.jianyi.handling.Reply;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.notification.Notifications;
import cn.jianyi.suggestion.RegisterSuggestionCommand;
import cn.jianyi.suggestion.SubjectArea;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestDatabases;
import cn.jianyi.support.TestFiles;
import cn.jianyi.support.TestWorld;
import cn.jianyi.support.MockWebClient;

/**
 * Walks every route for every role and asserts who may see and do what, including data scope by URL: a record
 * outside one's scope answers 404, an act one's role may not perform 403, an act from the wrong state 409. The
 * requests go through the whole filter chain and the controllers with MockMvc ({@link MockWebClient}); what needs a
 * real server (a POST without CSRF token, a timed-out session, logging out, the lock-out after wrong passwords) is in
 * {@link HttpSmokeTests}.
 * <p>
 * Each pair of route and role runs on one database at least: on PostgreSQL, the production database, every pair that
 * reaches the application's work; on H2 the refusals for the role alone (403, the anonymous visitor's redirect to the
 * login; asked of each role's first account, as the role alone decides them), which cost PostgreSQL's pass five
 * times H2's (ADR 0030, eighth addendum); on both, the pages that build
 * their SQL from the role's scope and the request's filters (home pages, lists, statistics, the ledgers, the
 * archive, the calendar by year; fourth addendum). The SQL-coverage check fails the build naming any statement that
 * ran on H2 but never on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("routes")
@OnPostgres
@IntegrationTest
class AuthorizationTests {

    private static final List<String> ROLES = List.of("anonymous", "clerk", "handler", "head", "handler2", "head2",
            "deputy", "deputy2", "deputy3", "supervisor", "admin", "security", "auditor");

    @Autowired WebApplicationContext context;
    @Autowired SuggestionManagement suggestions;
    @Autowired Assignments assignments;
    @Autowired ContactLog contactLog;
    @Autowired UnitRequests unitRequests;
    @Autowired MeetingExports exports;
    @Autowired UserDetailsService logins;
    @Autowired cn.jianyi.submission.SubmissionManagement submissions;
    @Autowired Notifications notifications;
    @Autowired cn.jianyi.archive.ArchiveImports archiveImports;
    @Autowired cn.jianyi.archive.ArchiveManagement archive;
    @Autowired cn.jianyi.suggestion.CongressDirectory congressDirectory;
    @Autowired cn.jianyi.identity.IdentityManagement identity;
    @Autowired cn.jianyi.publication.Publications publications;

    private final Map<String, MockWebClient> clients = new HashMap<>();
    private TestWorld world;
    private long registered;
    private long assigned;
    private long replied;
    private long othersCase;
    private long coCase;
    private ReturnRequest returnRequest;
    private ExtensionRequest extensionRequest;
    private Reply draft;
    private Reply signed;
    private Reply handedOff;
    private long attachment;
    private MeetingExport export;
    private long draftSubmission;
    private long cosigning;
    private long cosigning2;
    private long queued;
    private long deputyNotice;
    private long archiveBatch;
    private long pendingLetter;
    private long archiveRecord;
    private long spareUnit;
    private long spareDeputy;
    private TestWorld.SecondCongress town;
    private long publication;
    private long published;

    @BeforeAll
    void world() throws InterruptedException {
        world = TestWorld.create(context);
        registered = world.registered(1);
        assigned = suggestions.register(new RegisterSuggestionCommand(world.meeting.id(), 2, "关于改善农村饮水安全的建议",
                "内容", world.cheng.id(), List.of(world.liu.id()), SubjectArea.AGRICULTURE, TestWorld.RECEIVED, world.clerk));
        assignments.assign(AssignCommand.leadOnly(assigned, world.health.id(), TestWorld.ASSIGNED, world.clerk));
        draft = world.drafted(assigned);
        replied = world.registered(3);
        assignments.assign(AssignCommand.leadOnly(replied, world.health.id(), TestWorld.ASSIGNED, world.clerk));
        signed = world.signed(world.drafted(replied), LocalDate.of(2024, 6, 20));
        publication = publications.open(signed.id()).id();          // opened by the signing (ADR 0057)
        long publishing = world.registered(9);                        // 公开: on the public portal (ADR 0059)
        assignments.assign(AssignCommand.leadOnly(publishing, world.health.id(), TestWorld.ASSIGNED, world.clerk));
        published = publications.open(world.signed(world.drafted(publishing), LocalDate.of(2024, 6, 21)).id()).id();
        publications.decide(new cn.jianyi.publication.DecidePublicationCommand(published,
                cn.jianyi.publication.DecidePublicationCommand.Outcome.PUBLISH, null, null, world.clerk),
                new cn.jianyi.identity.DataScope.OfCongresses(java.util.Set.of(world.meeting.congressId())));
        // the two background jobs run while the rest of the world is built; awaited below
        export = exports.start(world.meeting.id(), (CurrentUser) logins.loadUserByUsername("clerk"));
        archiveBatch = archiveImports.start(List.of(
                new cn.jianyi.archive.UploadedFile("复函一.txt", "关于第1号建议的答复".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                new cn.jianyi.archive.UploadedFile("复函二.txt", "关于第2号建议的答复".getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                world.clerk);
        othersCase = suggestions.register(new RegisterSuggestionCommand(world.meeting.id(), 4, "关于加强耕地保护的建议",
                "内容", world.xiong.id(), List.of(), SubjectArea.AGRICULTURE, TestWorld.RECEIVED, world.clerk));
        coCase = world.assigned(5);
        long returning = world.registered(6);
        assignments.assign(AssignCommand.leadOnly(returning, world.health.id(), LocalDate.now(), world.clerk));
        returnRequest = unitRequests.requestReturn(new RequestReturnCommand(returning, world.health.id(),
                "不属于本单位职责", world.education.id(), world.handler));
        long handing = world.registered(8);           // 送签 and 退回修改 (ADR 0045): a draft of its own
        assignments.assign(AssignCommand.leadOnly(handing, world.health.id(), TestWorld.ASSIGNED, world.clerk));
        handedOff = world.drafted(handing);
        long extending = world.registered(7);
        assignments.assign(AssignCommand.leadOnly(extending, world.health.id(), LocalDate.now(), world.clerk));
        extensionRequest = unitRequests.requestExtension(new RequestExtensionCommand(extending, world.health.id(),
                assignments.taskOf(extending, world.health.id()).orElseThrow().dueOn().plusDays(20), "需要上级批复",
                world.handler));
        var contact = contactLog.recordContact(new RecordContactCommand(assigned, world.health.id(), ContactKind.FACE_TO_FACE,
                LocalDate.of(2024, 3, 20), "程绮南代表、熊伟", "面商", world.handler,
                List.of(new AttachmentUpload("会议纪要.pdf", TestFiles.pdf("纪要")))));
        attachment = contactLog.attachmentsOf(assigned).get(contact.id()).get(0).id();
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(2).toNanos();
        while (!export.isFinished() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(export.status()).as("the clerk's meeting ZIP").isEqualTo(MeetingExport.Status.DONE);
        while (!archiveImports.batch(archiveBatch).orElseThrow().isFinished() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        var archived = archiveImports.lettersOf(archiveBatch);
        assertThat(archived).as("the archive batch").hasSize(2)
                .allMatch(l -> l.status() == cn.jianyi.archive.ArchivedLetter.Status.PENDING_REVIEW);
        pendingLetter = archived.get(0).id();
        archiveRecord = archive.confirm(new cn.jianyi.archive.ConfirmLetterCommand(archived.get(1).id(),
                new cn.jianyi.archive.LetterFields(cn.jianyi.archive.LetterKind.OTHER, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, null, "关于第2号建议的答复", null),
                List.of(), world.clerk)).id();
        var text = new cn.jianyi.submission.Submission.Text("关于增设路灯的建议", "内容", SubjectArea.URBAN_ENVIRONMENT, null);
        draftSubmission = submissions.draft(world.cheng.id(), text, world.deputy);
        cosigning = submissions.draft(world.cheng.id(), text, world.deputy);
        submissions.invite(cosigning, world.cheng.id(), List.of(world.liu.id()), submissions.defaultCutoffDay(), world.deputy);
        cosigning2 = submissions.draft(world.cheng.id(), text, world.deputy);
        submissions.invite(cosigning2, world.cheng.id(), List.of(world.liu.id()), submissions.defaultCutoffDay(), world.deputy);
        queued = submissions.draft(world.cheng.id(), text, world.deputy);
        submissions.submit(queued, world.cheng.id(), true, world.deputy);
        deputyNotice = notifications.noticesOf(((CurrentUser) logins.loadUserByUsername("deputy")).id(), 0).notices()
                .get(0).id();
        spareUnit = identity.addUnit(world.meeting.congressId(), "南昌市新建区统计局", "区统计局", "新统提字", "83754000",
                "330100", null).id();
        spareDeputy = identity.addDeputy(world.meeting.congressId(), congressDirectory.termsOf(world.meeting.congressId())
                .get(0).id(), "万小东", "联圩镇代表团", null, null, null).id();
        town = world.secondCongress();              // 望城镇人大 below the world's 区人大, with clerk2 and admin2
        for (String role : ROLES) {
            clients.put(role, role.equals("anonymous") ? MockWebClient.anonymous(context)
                    : MockWebClient.loggedIn(context, role));
        }
        for (String role : OTHER_CONGRESS_ROLES) {
            clients.put(role, MockWebClient.loggedIn(context, role));
        }
    }

    /** The logins of the second congress (望城镇人大) and of 区人大 with the congresses below it (ADR 0042). */
    private static final List<String> OTHER_CONGRESS_ROLES = List.of("clerk2", "admin2", "handler3", "deputy4",
            "clerkall");

    /** One office route on an object of another congress, as one login, and the status it answers. */
    private record Crossing(String login, String method, String path, List<String> form, int expected) {
    }

    private static Crossing crossing(String login, String path, int expected) {
        return new Crossing(login, "GET", path, List.of(), expected);
    }

    private static Crossing crossingPost(String login, String path, List<String> form, int expected) {
        return new Crossing(login, "POST", path, form, expected);
    }

    /**
     * The cross-congress dimension (ADR 0042): each office route with an object of the other congress answers 404,
     * for 区人大's offices on 望城镇人大's objects and the other way round; 区人大's administrator, who covers the
     * congresses below it, and an office account of 区人大 with those below reach both.
     */
    private List<Crossing> crossings() {
        String townCase = "/suggestions/" + town.caseId;
        String townRegistered = "/suggestions/" + town.registeredId;
        String r = "/suggestions/" + registered;
        String a = "/suggestions/" + assigned;
        String p = "/suggestions/" + replied;
        long districtTerm = congressDirectory.termsOf(world.meeting.congressId()).get(0).id();
        var list = new ArrayList<Crossing>();
        for (String office : List.of("clerk", "supervisor")) {
            list.add(crossing(office, townCase, 404));
            list.add(crossing(office, townRegistered, 404));
        }
        for (String unitOrDeputy : List.of("handler", "head", "deputy")) {
            list.add(crossing(unitOrDeputy, townCase, 404));
        }
        list.add(crossing("clerk", townRegistered + "/assign", 404));
        list.add(crossingPost("clerk", townRegistered + "/assign", List.of("leadUnitId", ""), 404));
        list.add(crossing("clerk", townRegistered + "/assign/preview?assignedOn=2024-03-05", 404));
        list.add(crossing("clerk2", r + "/assign/preview?assignedOn=2024-03-05", 404));
        list.add(crossingPost("clerk", townCase + "/close", List.of(), 404));
        list.add(crossing("clerk", townCase + "/key", 404));
        list.add(crossingPost("clerk", townCase + "/key", List.of("leader", ""), 404));
        list.add(crossingPost("clerk", "/exports", List.of("meetingId", String.valueOf(town.meeting.id())), 404));
        // the other way round: 望城镇人大's clerk, administrator, unit and deputy on 区人大's objects
        for (String path : List.of(r, a, p, r + "/assign", "/replies/" + signed.id(), "/replies/" + draft.id(),
                "/replies/" + signed.id() + "/letter.docx", "/contacts/attachments/" + attachment,
                "/return-requests/" + returnRequest.id(), "/extension-requests/" + extensionRequest.id(),
                "/submissions/" + queued + "/decide")) {
            list.add(crossing("clerk2", path, 404));
        }
        list.add(crossingPost("clerk2", r + "/assign", List.of("leadUnitId", ""), 404));
        list.add(crossingPost("clerk2", p + "/close", List.of(), 404));
        list.add(crossingPost("clerk2", "/return-requests/" + returnRequest.id(), List.of("approve", ""), 404));
        list.add(crossingPost("clerk2", "/replies/" + signed.id() + "/review", List.of("classification", "A"), 404));
        list.add(crossingPost("clerk2", "/exports", List.of("meetingId", String.valueOf(world.meeting.id())), 404));
        list.add(crossing("handler3", a, 404));
        // 办理结果公开 and 删除规则 (ADR 0057)
        list.add(crossing("clerk2", "/publications/" + publication, 404));
        list.add(crossingPost("clerk2", "/publications/" + publication + "/decision", List.of("outcome", "PUBLISH"), 404));
        list.add(crossing("clerk2", "/replies/" + signed.id() + "/publication", 404));
        list.add(crossing("clerkall", "/publications/" + publication, 200));
        list.add(crossingPost("admin2", "/publication-rules/" + world.meeting.congressId(), List.of("pattern", ""), 404));
        list.add(crossing("deputy4", p, 404));
        for (String path : List.of("/directory/units/" + world.health.id(), "/directory/deputies/" + world.cheng.id(),
                "/directory/congresses/" + world.meeting.congressId(), "/directory/terms/" + districtTerm,
                "/directory/meetings/" + world.meeting.id())) {
            list.add(crossing("admin2", path, 404));
            list.add(crossing("admin", path, 200));
        }
        for (String path : List.of("/directory/units/" + town.unit.id(), "/directory/deputies/" + town.deputy.id(),
                "/directory/congresses/" + town.congressId, "/directory/meetings/" + town.meeting.id())) {
            list.add(crossing("admin", path, 200));
            list.add(crossing("admin2", path, 200));
        }
        list.add(crossingPost("admin2", "/directory/units/" + world.health.id() + "/deactivate", List.of(), 404));
        list.add(crossingPost("admin2", "/directory/deputies/" + world.cheng.id() + "/delete", List.of(), 404));
        list.add(crossingPost("admin2", "/directory/congresses/" + world.meeting.congressId() + "/terms",
                List.of("number", ""), 404));
        list.add(crossingPost("admin2", "/rules/" + world.meeting.congressId(), List.of(), 404));
        list.add(crossingPost("admin2", "/settings/assessment/" + world.meeting.congressId(), List.of(), 404));
        list.add(crossing("admin2", a, 404));
        // 区人大 with the congresses below it
        for (String path : List.of(townCase, townRegistered, a, r)) {
            list.add(crossing("clerkall", path, 200));
        }
        list.add(crossing("clerk2", townCase, 200));
        list.add(crossing("handler3", townCase, 200));
        list.add(crossing("deputy4", townCase, 200));
        return list;
    }

    @TestFactory
    Stream<DynamicTest> everyOfficeRouteOnAnotherCongressesObject() {
        return crossings().stream().map(c -> DynamicTest.dynamicTest(
                c.method() + " " + c.path() + " as " + c.login() + " → " + c.expected(), () -> {
                    MockWebClient client = clients.get(c.login());
                    HttpResponse<String> response = c.method().equals("GET") ? client.get(c.path())
                            : client.post(c.path(), c.form());
                    assertThat(response.statusCode()).as(c.method() + " " + c.path() + " as " + c.login())
                            .isEqualTo(c.expected());
                }));
    }

    @Test
    void theListsOfOneCongressDoNotHoldTheOtherCongressesRecords() {
        assertThat(clients.get("clerk").get("/suggestions").body()).doesNotContain("关于修缮镇文化站的建议");
        assertThat(clients.get("supervisor").get("/suggestions").body()).doesNotContain("关于修缮镇文化站的建议");
        assertThat(clients.get("clerk2").get("/suggestions").body()).contains("关于修缮镇文化站的建议")
                .doesNotContain("关于改善农村饮水安全的建议");
        assertThat(clients.get("clerk2").get("/").body()).doesNotContain("关于改善农村饮水安全的建议");
        assertThat(clients.get("clerk2").get("/submissions/queue").body()).doesNotContain("关于增设路灯的建议");
        assertThat(clients.get("clerk").get("/submissions/queue").body()).contains("关于增设路灯的建议");
        assertThat(clients.get("clerk2").get("/dashboard").body()).contains("镇政府办").doesNotContain("区卫健委");
        assertThat(clients.get("clerk").get("/dashboard").body()).doesNotContain("镇政府办");
        assertThat(clients.get("clerk2").get("/supervision/deadlines").statusCode()).isEqualTo(200);
        assertThat(clients.get("clerk2").get("/publications").body()).doesNotContain("新卫提字");
        assertThat(clients.get("clerk").get("/publications").body()).contains("新卫提字");
        assertThat(clients.get("admin2").get("/directory/deputies").body()).contains("胡立新").doesNotContain("程绮南");
        assertThat(clients.get("admin2").get("/rules").body()).contains("南昌市新建区望城镇人民代表大会")
                .doesNotContain("congressId=" + world.meeting.congressId() + "\"");
        assertThat(clients.get("clerk2").get("/suggestions/new").body()).contains("胡立新").doesNotContain("程绮南");
    }

    /** One route and the expected status per role; roles not listed expect {@code otherwise}. */
    private record Route(String method, String path, List<String> form, int otherwise, Map<String, Integer> expected) {

        /** The administrator reads like the supervisor unless a route says otherwise (rules, calendar). */
        int expectedFor(String role) {
            if (role.equals("anonymous")) {
                return expected.getOrDefault(role, 302);
            }
            if (role.equals("admin") && !expected.containsKey("admin")) {
                return expectedFor("supervisor");
            }
            return expected.getOrDefault(role, otherwise);
        }
    }

    private static Route get(String path, int otherwise, Object... roleStatus) {
        return new Route("GET", path, List.of(), otherwise, map(roleStatus));
    }

    private static Route post(String path, List<String> form, int otherwise, Object... roleStatus) {
        return new Route("POST", path, form, otherwise, map(roleStatus));
    }

    private static Map<String, Integer> map(Object... roleStatus) {
        var map = new HashMap<String, Integer>();
        for (int i = 0; i < roleStatus.length; i += 2) {
            map.put((String) roleStatus[i], (Integer) roleStatus[i + 1]);
        }
        return map;
    }

    private List<Route> routes() {
        String r = "/suggestions/" + registered;
        String a = "/suggestions/" + assigned;
        String p = "/suggestions/" + replied;
        String o = "/suggestions/" + othersCase;
        var routes = new ArrayList<Route>();
        // the security and audit administrators see no case: their home is their own page, case pages refuse them
        routes.add(get("/", 200, "security", 302, "auditor", 302));
        // 修改口令: everyone's own (an empty form is refused beside its fields)
        routes.add(get("/account/password", 200));
        routes.add(post("/account/password", List.of("currentPassword", ""), 200));
        // 账号管理: the security administrator's
        long someone = ((CurrentUser) logins.loadUserByUsername("deputy3")).id();
        routes.add(get("/settings/security", 403, "security", 200, "admin", 200));
        routes.add(get("/accounts", 403, "security", 200));
        routes.add(get("/accounts/export.xlsx", 403, "security", 200));
        // the 系统管理员 only while a first 安全管理员 or 审计管理员 is missing; this world has both (security, auditor):
        // AccountAdministrationTests shows the admin's form while one is missing
        routes.add(get("/accounts/new", 403, "security", 200));
        routes.add(post("/accounts/new", List.of("username", ""), 403, "security", 200));
        routes.add(get("/accounts/" + someone, 403, "security", 200));
        routes.add(get("/accounts/999999", 403, "security", 404));
        routes.add(post("/accounts/" + someone, List.of("displayName", ""), 403, "security", 200));
        routes.add(post("/accounts/999999/unlock", List.of(), 403, "security", 404));
        routes.add(post("/accounts/999999/enable", List.of(), 403, "security", 404));
        routes.add(post("/accounts/999999/disable", List.of(), 403, "security", 404));
        routes.add(post("/accounts/999999/reset-password", List.of(), 403, "security", 404));
        // 账号名录导入: the security administrator's too
        routes.add(get("/accounts/import", 403, "security", 200));
        routes.add(post("/accounts/import", List.of(), 403, "security", 200));
        routes.add(get("/accounts/import/template.xlsx", 403, "security", 200));
        routes.add(get("/accounts/imports/no-such-job", 403, "security", 404));
        routes.add(get("/accounts/imports/no-such-job/errors.xlsx", 403, "security", 404));
        routes.add(get("/accounts/imports/no-such-job/passwords.xlsx", 403, "security", 404));
        routes.add(get("/suggestions", 200, "security", 403, "auditor", 403));
        routes.add(get("/suggestions?status=NOPE&meetingId=x&page=-3", 200, "security", 403, "auditor", 403));
        routes.add(get("/suggestions/export.xlsx", 200, "security", 403, "auditor", 403));
        routes.add(get("/suggestions/export.xlsx?status=NOPE&unitId=x", 200, "security", 403, "auditor", 403));
        routes.add(get("/suggestions/new", 403, "clerk", 200));
        routes.add(post("/suggestions/new", List.of("title", ""), 403, "clerk", 200));
        // the case page: everyone in scope
        routes.add(get(r, 404, "clerk", 200, "supervisor", 200, "deputy", 200, "deputy2", 200,
                "security", 403, "auditor", 403));
        routes.add(get(a, 404, "clerk", 200, "supervisor", 200, "handler", 200, "head", 200, "deputy", 200,
                "deputy2", 200, "security", 403, "auditor", 403));
        routes.add(get(o, 404, "clerk", 200, "supervisor", 200, "deputy3", 200, "security", 403, "auditor", 403));
        routes.add(get("/suggestions/999999", 404, "security", 403, "auditor", 403));
        routes.add(get("/suggestions/abc", 404));
        // 交办
        routes.add(get(r + "/assign", 403, "clerk", 200));
        routes.add(post(r + "/assign", List.of("leadUnitId", ""), 403, "clerk", 200));
        routes.add(get(a + "/assign", 403, "clerk", 409));
        routes.add(get("/suggestions/999999/assign", 403, "clerk", 404));
        routes.add(get(r + "/assign/preview?assignedOn=2024-03-05", 403, "clerk", 200));
        routes.add(get(r + "/assign/preview?assignedOn=not-a-date&complex=true", 403, "clerk", 200));
        routes.add(get(a + "/assign/preview?assignedOn=2024-03-05", 403, "clerk", 409));
        routes.add(get("/suggestions/999999/assign/preview", 403, "clerk", 404));
        // 拟稿
        routes.add(get(a + "/reply", 403, "handler", 200, "handler2", 404));
        routes.add(post(a + "/reply", List.of("body", ""), 403, "handler", 200, "handler2", 404));
        routes.add(post(a + "/reply/preview", List.of("body", "预览"), 403, "handler", 200, "handler2", 404));
        routes.add(get(r + "/reply", 403, "handler", 404, "handler2", 404));
        routes.add(get(p + "/reply", 403, "handler", 409, "handler2", 404));
        // 答复函 and 签发
        routes.add(get("/replies/" + draft.id(), 404, "clerk", 200, "supervisor", 200, "handler", 200, "head", 200,
                "security", 403, "auditor", 403));
        routes.add(get("/replies/" + signed.id(), 404, "clerk", 200, "supervisor", 200, "handler", 200, "head", 200,
                "deputy", 200, "deputy2", 200, "security", 403, "auditor", 403));
        // the letter as DOCX: whoever may read the reply
        routes.add(get("/replies/" + draft.id() + "/letter.docx", 404, "clerk", 200, "supervisor", 200, "handler", 200,
                "head", 200, "security", 403, "auditor", 403));
        routes.add(get("/replies/" + signed.id() + "/letter.docx", 404, "clerk", 200, "supervisor", 200, "handler", 200,
                "head", 200, "deputy", 200, "deputy2", 200, "security", 403, "auditor", 403));
        routes.add(get("/replies/999999/letter.docx", 404, "security", 403, "auditor", 403));
        routes.add(get("/replies/" + signed.id() + "/letter.pdf", 404, "clerk", 200, "supervisor", 200, "handler", 200,
                "head", 200, "deputy", 200, "deputy2", 200, "security", 403, "auditor", 403));
        routes.add(get("/replies/" + draft.id() + "/letter.pdf", 404, "clerk", 200, "supervisor", 200, "handler", 200,
                "head", 200, "security", 403, "auditor", 403));
        routes.add(get("/replies/" + signed.id() + "/letter.ofd", 404, "clerk", 200, "supervisor", 200, "handler", 200,
                "head", 200, "deputy", 200, "deputy2", 200, "security", 403, "auditor", 403));
        routes.add(get("/replies/" + draft.id() + "/letter.ofd", 404, "clerk", 200, "supervisor", 200, "handler", 200,
                "head", 200, "security", 403, "auditor", 403));
        routes.add(get("/replies/999999", 404, "security", 403, "auditor", 403));
        routes.add(post("/replies/" + draft.id() + "/sign", List.of("signedOn", ""), 403, "head", 200, "head2", 404));
        routes.add(post("/replies/" + signed.id() + "/sign", List.of("signedOn", "2024-06-21"), 403, "head", 409,
                "head2", 404));
        // 征询意见 and 办结
        // a deputy with no answer due is taken to the case page, which says why (an old 请评价 notice)
        routes.add(get(p + "/feedback", 403, "deputy", 200, "deputy2", 302, "deputy3", 404));
        routes.add(post(p + "/feedback", List.of("satisfaction", ""), 403, "deputy", 200, "deputy2", 409,
                "deputy3", 404));
        routes.add(get(a + "/feedback", 403, "deputy", 302, "deputy2", 302, "deputy3", 404));
        routes.add(post(p + "/close", List.of(), 403, "clerk", 409));
        routes.add(post(r + "/close", List.of(), 403, "clerk", 409));
        // 联系代表: the units on the case
        routes.add(get(a + "/contacts/new", 403, "handler", 200, "head", 200, "handler2", 404, "head2", 404));
        routes.add(post(a + "/contacts", List.of("summary", ""), 403, "handler", 200, "head", 200, "handler2", 404,
                "head2", 404));
        routes.add(get(r + "/contacts/new", 403, "handler", 404, "head", 404, "handler2", 404, "head2", 404));
        // a contact's attachment: everyone who sees the case (区卫健委 alone handles it; 程绮南 leads, 刘建华 co-signs)
        routes.add(get("/contacts/attachments/" + attachment, 404, "clerk", 200, "supervisor", 200, "handler", 200,
                "head", 200, "deputy", 200, "deputy2", 200, "security", 403, "auditor", 403));
        routes.add(get("/contacts/attachments/999999", 404, "security", 403, "auditor", 403));
        routes.add(get("/contacts/attachments/abc", 404));
        // the unit's own task: 签收, 申请退回, 申请延期 (the lead acknowledged by drafting: 409)
        String c = "/suggestions/" + coCase;
        routes.add(post(a + "/acknowledge", List.of(), 403, "handler", 409, "head", 409, "handler2", 404, "head2", 404));
        routes.add(post(c + "/acknowledge", List.of(), 403, "handler", 302, "head", 409, "handler2", 302, "head2", 409));
        routes.add(post(r + "/acknowledge", List.of(), 403, "handler", 404, "head", 404, "handler2", 404, "head2", 404));
        routes.add(get(c + "/return-request", 403, "handler", 200, "head", 200, "handler2", 200, "head2", 200));
        routes.add(post(c + "/return-request", List.of("reason", ""), 403, "handler", 200, "head", 200,
                "handler2", 200, "head2", 200));
        routes.add(get(o + "/return-request", 403, "handler", 404, "head", 404, "handler2", 404, "head2", 404));
        routes.add(get(c + "/extension-request", 403, "handler", 200, "head", 200, "handler2", 200, "head2", 200));
        routes.add(post(c + "/extension-request", List.of("reason", ""), 403, "handler", 200, "head", 200,
                "handler2", 200, "head2", 200));
        // 协办意见: only the co-unit
        routes.add(get(c + "/opinion", 403, "handler", 409, "head", 409, "handler2", 200, "head2", 200));
        routes.add(post(c + "/opinion", List.of("opinion", ""), 403, "handler", 409, "head", 409, "handler2", 200,
                "head2", 200));
        routes.add(get(a + "/opinion", 403, "handler", 409, "head", 409, "handler2", 404, "head2", 404));
        // 审核分类: the congress and supervision offices, on signed replies
        routes.add(post("/replies/" + signed.id() + "/review", List.of("classification", ""), 403, "clerk", 200,
                "supervisor", 200, "admin", 403));
        routes.add(post("/replies/" + draft.id() + "/review", List.of("classification", "A"), 403, "clerk", 409,
                "supervisor", 409, "admin", 403));
        // 跟踪办理: commitments on the unit's own draft; follow-up on its own open commitments
        // (the head too, from the signing view: ADR 0045)
        routes.add(post("/replies/" + draft.id() + "/commitments", List.of("description", ""), 403, "handler", 302,
                "head", 302, "handler2", 404, "head2", 404));
        routes.add(post("/replies/" + signed.id() + "/commitments", List.of("description", "签发后", "dueOn",
                LocalDate.now().plusMonths(1).toString()), 403, "handler", 409, "head", 409, "handler2", 404,
                "head2", 404));
        routes.add(post("/commitments/999999/delete", List.of(), 403, "handler", 404, "head", 404, "handler2", 404,
                "head2", 404));
        // 送签 by the unit's handler (once: then 409), 退回修改 or a comment by its head (an empty one: back to the page)
        routes.add(post("/replies/" + handedOff.id() + "/submit", List.of(), 403, "handler", 302, "handler2", 404));
        routes.add(post("/replies/" + handedOff.id() + "/submit", List.of(), 403, "handler", 409, "handler2", 404));
        routes.add(post("/replies/" + handedOff.id() + "/comments", List.of("comment", "", "return", "true"), 403,
                "head", 302, "head2", 404));
        routes.add(post("/replies/" + signed.id() + "/comments", List.of("comment", "意见"), 403, "head", 409,
                "head2", 404));
        routes.add(post("/replies/" + signed.id() + "/submit", List.of(), 403, "handler", 409, "handler2", 404));
        routes.add(get("/commitments/999999/follow-up", 403, "handler", 404, "head", 404, "handler2", 404,
                "head2", 404));
        // 会签: co-units of the case, when the rules require it (not in this world: 409 for the co-unit, 404 elsewhere)
        routes.add(post("/replies/" + draft.id() + "/countersign", List.of(), 403, "handler", 409, "head", 409,
                "handler2", 404, "head2", 404));
        // 并案: the congress office, on registered suggestions
        routes.add(get(r + "/merge", 403, "clerk", 200));
        routes.add(post(r + "/merge", List.of("targetNumber", ""), 403, "clerk", 200));
        routes.add(get(a + "/merge", 403, "clerk", 409));
        // 重点督办: the congress office records it
        routes.add(get(a + "/key", 403, "clerk", 200));
        routes.add(post(a + "/key", List.of("leader", ""), 403, "clerk", 200));
        routes.add(get("/suggestions/999999/key", 403, "clerk", 404));
        routes.add(get("/suggestions?key=true", 200, "security", 403, "auditor", 403));
        // the office decides requests and re-handling
        routes.add(get("/return-requests/" + returnRequest.id(), 403, "clerk", 200));
        routes.add(post("/return-requests/" + returnRequest.id(), List.of("approve", ""), 403, "clerk", 200));
        routes.add(get("/return-requests/999999", 403, "clerk", 404));
        routes.add(get("/extension-requests/" + extensionRequest.id(), 403, "clerk", 200));
        routes.add(post("/extension-requests/" + extensionRequest.id(), List.of("approve", ""), 403, "clerk", 200));
        routes.add(get("/extension-requests/999999", 403, "clerk", 404));
        routes.add(get(p + "/rehandling", 403, "clerk", 409));
        routes.add(post(p + "/rehandling", List.of("reason", "重新办理"), 403, "clerk", 409));
        // 安全审计: the 审计管理员 only; unreadable filters filter nothing
        routes.add(get("/audit", 403, "auditor", 200));
        routes.add(get("/audit?person=clerk&kind=LOGIN&object=x&from=2024-01-01&to=2030-01-01&page=2", 403,
                "auditor", 200));
        routes.add(get("/audit?kind=NOPE&from=x&to=2024-13-45&page=-1", 403, "auditor", 200));
        routes.add(get("/audit/export.xlsx", 403, "auditor", 200));
        routes.add(get("/audit/export.xlsx?kind=DOWNLOAD&person=%25", 403, "auditor", 200));
        // 工作日历: everyone reads; the congress office keeps it
        routes.add(get("/calendar", 200));
        routes.add(get("/calendar?year=2025", 200));
        routes.add(post("/calendar", List.of("name", ""), 403, "clerk", 200, "admin", 200));
        routes.add(post("/calendar/2026-03-03/delete", List.of(), 403, "clerk", 409, "admin", 409));
        // 会议答复函打包: the offices that read every case; a job only for whoever started it (the clerk here)
        String meeting = String.valueOf(world.meeting.id());
        routes.add(get("/exports", 403, "clerk", 200, "supervisor", 200));
        // 更正评价: the deputy's own answer only (none given here yet: nothing to correct)
        routes.add(get(p + "/feedback/correction", 403, "deputy", 409, "deputy2", 409, "deputy3", 404));
        routes.add(post(p + "/feedback/correction", List.of("correctionReason", ""), 403, "deputy", 409, "deputy2",
                409, "deputy3", 404));
        // 录入纸质意见表: the office only
        routes.add(get("/suggestions/" + replied + "/feedback/paper", 403, "clerk", 200));
        routes.add(post("/suggestions/" + replied + "/feedback/paper", List.of("deputyId", ""), 403, "clerk", 200));
        routes.add(get("/feedback/999999/scan", 404, "security", 403, "auditor", 403));
        // 评价异常提示: the supervision office only
        routes.add(get("/supervision/feedback-flags", 403, "supervisor", 200, "admin", 403));
        routes.add(get("/supervision/feedback-flags/export.xlsx", 403, "supervisor", 200, "admin", 403));
        routes.add(get("/supervision/deadlines", 403, "clerk", 200, "supervisor", 200, "admin", 403));
        routes.add(get("/supervision/deadlines?state=OVERDUE", 403, "clerk", 200, "supervisor", 200, "admin", 403));
        routes.add(get("/supervision/deadlines?state=NOPE", 403, "clerk", 200, "supervisor", 200, "admin", 403));
        routes.add(get("/supervision/deadlines/export.xlsx", 403, "clerk", 200, "supervisor", 200, "admin", 403));
        routes.add(get("/exports?meetingId=" + meeting, 403, "clerk", 200, "supervisor", 200));
        routes.add(post("/exports", List.of("meetingId", ""), 403, "clerk", 200, "supervisor", 200));
        routes.add(post("/exports", List.of("meetingId", "999999"), 403, "clerk", 404, "supervisor", 404));
        routes.add(post("/exports", List.of("meetingId", meeting), 403, "clerk", 302, "supervisor", 302));
        routes.add(get("/exports/" + export.id(), 403, "clerk", 200, "supervisor", 404));
        routes.add(get("/exports/" + export.id() + "/download", 403, "clerk", 200, "supervisor", 404));
        routes.add(get("/exports/no-such-job", 403, "clerk", 404, "supervisor", 404));
        // 统计分析: roles that read every case (the administrator as the supervisor); units and deputies 403
        routes.add(get("/dashboard", 403, "clerk", 200, "supervisor", 200));
        routes.add(get("/dashboard?meetingId=" + meeting + "&year=2024&unitId=" + world.health.id()
                + "&lead=true&category=AGRICULTURE", 403, "clerk", 200, "supervisor", 200));
        routes.add(get("/dashboard?meetingId=x&year=abc&unitId=-1&category=NOPE", 403, "clerk", 200, "supervisor", 200));
        routes.add(get("/dashboard/cases", 403, "clerk", 200, "supervisor", 200));
        routes.add(get("/dashboard/cases?figure=REPLIED&meetingId=" + meeting, 403, "clerk", 200, "supervisor", 200));
        routes.add(get("/dashboard/cases?figure=CLASS&value=A", 403, "clerk", 200, "supervisor", 200));
        routes.add(get("/dashboard/cases?figure=FIRST_ROUND&value=COMBINED", 403, "clerk", 200, "supervisor", 200));
        routes.add(get("/dashboard/cases?figure=RESPONSE&value=" + world.health.id() + ":0", 403, "clerk", 200,
                "supervisor", 200));
        routes.add(get("/dashboard/cases?figure=STATUS&value=ASSIGNED", 403, "clerk", 200, "supervisor", 200));
        routes.add(get("/dashboard/cases?figure=OVERDUE", 403, "clerk", 200, "supervisor", 200));
        routes.add(get("/dashboard/cases?figure=NOPE", 403, "clerk", 404, "supervisor", 404));
        routes.add(get("/dashboard/cases?figure=CLASS&value=Z", 403, "clerk", 404, "supervisor", 404));
        routes.add(get("/dashboard/cases?figure=RESPONSE&value=x", 403, "clerk", 404, "supervisor", 404));
        routes.add(get("/dashboard/cases?figure=FIRST_ROUND", 403, "clerk", 404, "supervisor", 404));
        routes.add(get("/dashboard/export.xlsx", 403, "clerk", 200, "supervisor", 200));
        routes.add(get("/dashboard/export.xlsx?meetingId=" + meeting + "&unitId=" + world.health.id() + "&lead=true",
                403, "clerk", 200, "supervisor", 200));
        routes.add(get("/dashboard/cases/export.xlsx?figure=ASSIGNED", 403, "clerk", 200, "supervisor", 200));
        routes.add(get("/dashboard/cases/export.xlsx?figure=CLASS&value=Z", 403, "clerk", 404, "supervisor", 404));
        // 办理情况报告 (Word, PDF): the same readers as the dashboard, with its filter; an unknown meeting is not found
        routes.add(get("/dashboard/report.docx", 403, "clerk", 200, "supervisor", 200));
        routes.add(get("/dashboard/report.docx?meetingId=" + meeting + "&year=2024&unitId=" + world.health.id()
                + "&lead=true&category=AGRICULTURE", 403, "clerk", 200, "supervisor", 200));
        routes.add(get("/dashboard/report.pdf?meetingId=" + meeting, 403, "clerk", 200, "supervisor", 200));
        routes.add(get("/dashboard/report.pdf?meetingId=x&year=abc&unitId=-1&category=NOPE", 403, "clerk", 200,
                "supervisor", 200));
        routes.add(get("/dashboard/report.docx?meetingId=999999", 403, "clerk", 404, "supervisor", 404));
        // 办理工作考评: the roles that read the statistics; the per-unit figures behind its numbers
        long unit = world.health.id();
        routes.add(get("/assessment", 403, "clerk", 200, "supervisor", 200));
        routes.add(get("/assessment?meetingId=" + meeting + "&year=2024&category=AGRICULTURE", 403, "clerk", 200,
                "supervisor", 200));
        routes.add(get("/assessment?meetingId=x&year=abc&category=NOPE", 403, "clerk", 200, "supervisor", 200));
        routes.add(get("/assessment/export.xlsx", 403, "clerk", 200, "supervisor", 200));
        routes.add(get("/assessment/export.xlsx?meetingId=" + meeting, 403, "clerk", 200, "supervisor", 200));
        for (String figure : List.of("UNIT_TASKS", "UNIT_DUE", "UNIT_ON_TIME", "UNIT_REPLIED", "UNIT_FACE_TO_FACE",
                "UNIT_OTHER_CONTACT")) {
            routes.add(get("/dashboard/cases?figure=" + figure + "&value=" + unit, 403, "clerk", 200, "supervisor",
                    200));
        }
        routes.add(get("/dashboard/cases?figure=UNIT_CLASS&value=" + unit + ":A", 403, "clerk", 200, "supervisor", 200));
        routes.add(get("/dashboard/cases?figure=UNIT_FORMS&value=" + unit + ":RETURNED", 403, "clerk", 200,
                "supervisor", 200));
        routes.add(get("/dashboard/cases?figure=UNIT_CLASS&value=" + unit + ":Z", 403, "clerk", 404, "supervisor", 404));
        routes.add(get("/dashboard/cases?figure=UNIT_FORMS&value=" + unit, 403, "clerk", 404, "supervisor", 404));
        routes.add(get("/dashboard/cases?figure=UNIT_ON_TIME&value=" + unit + ":A", 403, "clerk", 404, "supervisor",
                404));
        routes.add(get("/dashboard/cases?figure=UNIT_TASKS&value=abc", 403, "clerk", 404, "supervisor", 404));
        routes.add(get("/dashboard/cases?figure=UNIT_TASKS", 403, "clerk", 404, "supervisor", 404));
        routes.add(get("/webjars/echarts/5.3.1/dist/echarts.min.js", 200, "anonymous", 200));
        routes.add(get("/js/dashboard.js", 200, "anonymous", 200));
        routes.add(get("/suggestions?meetingId=" + meeting, 200, "security", 403, "auditor", 403));
        // 网上提交: the lead deputy's draft is theirs alone; invited deputies see the invitation; the office the queue
        // (the security administrator reads no case, nor a submission: 403)
        String sd = "/submissions/" + draftSubmission;
        String sc = "/submissions/" + cosigning;
        String sq = "/submissions/" + queued;
        routes.add(get("/submissions/new", 403, "deputy", 200, "deputy2", 200, "deputy3", 200));
        routes.add(post("/submissions", List.of("title", ""), 403, "deputy", 200, "deputy2", 200, "deputy3", 200));
        routes.add(get(sd, 404, "deputy", 200, "security", 403, "auditor", 403));
        routes.add(get(sd + "/edit", 403, "deputy", 200, "deputy2", 404, "deputy3", 404));
        routes.add(post(sd + "/edit", List.of("title", ""), 403, "deputy", 200, "deputy2", 404, "deputy3", 404));
        routes.add(post(sd + "/invite", List.of("cutoff", ""), 403, "deputy", 200, "deputy2", 404, "deputy3", 404));
        routes.add(post(sd + "/submit", List.of(), 403, "deputy", 200, "deputy2", 404, "deputy3", 404));
        routes.add(post(sd + "/recall", List.of(), 403, "deputy", 409, "deputy2", 404, "deputy3", 404));
        routes.add(get(sc, 404, "deputy", 200, "deputy2", 200, "security", 403, "auditor", 403));
        routes.add(post(sc + "/accept", List.of(), 403, "deputy", 409, "deputy2", 302, "deputy3", 404));
        routes.add(post("/submissions/" + cosigning2 + "/decline-invitation", List.of(), 403, "deputy", 409,
                "deputy2", 302, "deputy3", 404));
        routes.add(get(sq, 404, "deputy", 200, "clerk", 200, "supervisor", 200, "security", 403, "auditor", 403));
        routes.add(post(sq + "/discard", List.of(), 403, "deputy", 409, "deputy2", 404, "deputy3", 404));
        routes.add(post(sq + "/withdrawal", List.of("reason", ""), 403, "deputy", 200, "deputy2", 404, "deputy3", 404));
        routes.add(post(sq + "/withdrawal/consent", List.of(), 403, "deputy", 409, "deputy2", 404, "deputy3", 404));
        routes.add(post(sq + "/withdrawal/cancel", List.of(), 403, "deputy", 409, "deputy2", 404, "deputy3", 404));
        routes.add(get("/submissions/queue", 403, "clerk", 200));
        routes.add(get("/letters", 403, "clerk", 200));
        routes.add(get("/submissions/queue/export.xlsx", 403, "clerk", 200));
        routes.add(get("/letters/export.xlsx", 403, "clerk", 200));
        routes.add(get(sq + "/decide", 403, "clerk", 200));
        routes.add(get(sd + "/decide", 403, "clerk", 404));
        routes.add(post(sq + "/register", List.of("meetingId", ""), 403, "clerk", 200));
        routes.add(post(sq + "/decline", List.of("reason", ""), 403, "clerk", 200));
        routes.add(get("/submissions/999999", 404, "security", 403, "auditor", 403));
        // 批量登记: the clerk alone (register and assign)
        routes.add(get("/imports", 403, "clerk", 200));
        routes.add(post("/imports", List.of("meetingId", ""), 403, "clerk", 200));
        routes.add(get("/imports/no-such-job", 403, "clerk", 404));
        routes.add(get("/imports/no-such-job/errors.xlsx", 403, "clerk", 404));

        routes.add(get("/archive", 403, "clerk", 200, "supervisor", 200));
        routes.add(get("/archive?unitId=x&deputyId=-1&year=abc&kind=NOPE&text=%25", 403, "clerk", 200, "supervisor", 200));
        routes.add(get("/archive/" + archiveRecord, 403, "clerk", 200, "supervisor", 200));
        routes.add(get("/archive/" + pendingLetter, 403, "clerk", 404, "supervisor", 404));
        routes.add(get("/archive/999999", 403, "clerk", 404, "supervisor", 404));
        routes.add(get("/archive/imports", 403, "clerk", 200, "admin", 200));
        routes.add(post("/archive/imports", List.of(), 403, "clerk", 200, "admin", 200));
        routes.add(get("/archive/imports/" + archiveBatch, 403, "clerk", 200, "admin", 200));
        routes.add(get("/archive/imports/999999", 403, "clerk", 404, "admin", 404));
        routes.add(get("/archive/imports/abc", 403, "clerk", 404, "admin", 404));
        routes.add(get("/archive/letters/" + pendingLetter, 403, "clerk", 200, "admin", 200));
        routes.add(get("/archive/letters/" + archiveRecord, 403, "clerk", 302, "admin", 302));
        routes.add(get("/archive/letters/999999", 403, "clerk", 404, "admin", 404));
        routes.add(post("/archive/letters/" + pendingLetter + "/confirm", List.of("kind", ""), 403, "clerk", 200,
                "admin", 200));
        routes.add(post("/archive/letters/" + archiveRecord + "/confirm", List.of("kind", "OTHER", "title", "答复"), 403,
                "clerk", 409, "admin", 409));
        routes.add(post("/archive/letters/" + archiveRecord + "/discard", List.of(), 403, "clerk", 409, "admin", 409));
        routes.add(post("/archive/letters/999999/discard", List.of(), 403, "clerk", 404, "admin", 404));
        // 办理规则: everyone reads; the administrator saves new versions
        long congress = world.meeting.congressId();
        routes.add(get("/rules", 200));
        // 接口令牌 (ADR 0058): the system administrator's; the API itself answers a session 401 (ApiTokenTests)
        routes.add(get("/settings/api-tokens", 403, "admin", 200));
        routes.add(post("/settings/api-tokens", List.of("name", ""), 403, "admin", 200));
        routes.add(post("/settings/api-tokens/999999/revoke", List.of(), 403, "admin", 404));
        // the API: MockMvc hands the login to the API's chain directly, which a browser's session cannot (a real
        // session answers 401, ApiTokenTests); even so a person holds no token scope, so every role gets 403
        routes.add(get("/api/v1/cases", 403, "anonymous", 401));
        routes.add(get("/api/v1/openapi.json", 200, "anonymous", 200));
        // a load balancer's probes (issue 22): the status, to anyone
        routes.add(get("/actuator/health/liveness", 200, "anonymous", 200));
        routes.add(get("/actuator/health/readiness", 200, "anonymous", 200));
        // the Prometheus scrape (ADR 0068): a token of scope metrics:read only; a person holds no token scope, so every
        // role gets 403 here (a real session 401, OperationsTests)
        routes.add(get("/actuator/prometheus", 403, "anonymous", 401));
        routes.add(get("/rules?congressId=" + congress, 200));
        routes.add(post("/rules/" + congress, List.of("reply.amount", ""), 403, "admin", 200));
        routes.add(post("/rules/999999", List.of("reply.amount", ""), 403, "admin", 404));
        // 名录维护 (人大、届次、会议): the administrator only
        long term = congressDirectory.termsOf(congress).get(0).id();
        routes.add(get("/directory/congresses", 403, "admin", 200));
        routes.add(post("/directory/congresses", List.of("name", ""), 403, "admin", 200));
        routes.add(get("/directory/congresses/" + congress, 403, "admin", 200));
        routes.add(get("/directory/congresses/999999", 403, "admin", 404));
        routes.add(post("/directory/congresses/" + congress, List.of("name", ""), 403, "admin", 200));
        routes.add(post("/directory/congresses/999999", List.of("name", ""), 403, "admin", 404));
        routes.add(post("/directory/congresses/" + congress + "/terms", List.of("number", ""), 403, "admin", 200));
        routes.add(post("/directory/congresses/999999/terms", List.of("number", ""), 403, "admin", 404));
        routes.add(get("/directory/terms/" + term, 403, "admin", 200));
        routes.add(get("/directory/terms/999999", 403, "admin", 404));
        routes.add(post("/directory/terms/" + term, List.of("number", ""), 403, "admin", 200));
        routes.add(post("/directory/terms/" + term + "/meetings", List.of("number", ""), 403, "admin", 200));
        routes.add(post("/directory/terms/999999/meetings", List.of("number", ""), 403, "admin", 404));
        routes.add(get("/directory/meetings/" + world.meeting.id(), 403, "admin", 200));
        routes.add(get("/directory/meetings/999999", 403, "admin", 404));
        routes.add(post("/directory/meetings/" + world.meeting.id(), List.of("number", ""), 403, "admin", 200));
        routes.add(post("/directory/meetings/999999", List.of("number", ""), 403, "admin", 404));
        // 名录维护 (承办单位、代表): the administrator only; a unit or deputy with cases is not deleted (refused on the page)
        long health = world.health.id();
        routes.add(get("/directory/units", 403, "admin", 200));
        routes.add(get("/directory/units?congressId=abc", 403, "admin", 200));
        routes.add(post("/directory/units", List.of("fullName", ""), 403, "admin", 200));
        routes.add(get("/directory/units/" + health, 403, "admin", 200));
        routes.add(get("/directory/units/999999", 403, "admin", 404));
        routes.add(post("/directory/units/" + health, List.of("fullName", ""), 403, "admin", 200));
        routes.add(post("/directory/units/999999", List.of("fullName", ""), 403, "admin", 404));
        routes.add(post("/directory/units/" + spareUnit + "/deactivate", List.of(), 403, "admin", 302));
        routes.add(post("/directory/units/" + spareUnit + "/activate", List.of(), 403, "admin", 302));
        routes.add(post("/directory/units/" + health + "/activate", List.of(), 403, "admin", 200));
        routes.add(post("/directory/units/999999/deactivate", List.of(), 403, "admin", 404));
        routes.add(post("/directory/units/" + health + "/delete", List.of(), 403, "admin", 200));
        routes.add(post("/directory/units/999999/delete", List.of(), 403, "admin", 404));
        routes.add(post("/directory/units/" + health + "/seal", List.of(), 403, "admin", 200));
        routes.add(post("/directory/units/999999/seal", List.of(), 403, "admin", 404));
        routes.add(get("/directory/units/export.xlsx", 403, "admin", 200));
        routes.add(get("/directory/units/export.xlsx?congressId=abc", 403, "admin", 200));
        routes.add(get("/directory/deputies/export.xlsx", 403, "admin", 200));
        routes.add(get("/directory/units/import", 403, "admin", 200));
        routes.add(post("/directory/units/import", List.of(), 403, "admin", 200));
        routes.add(get("/directory/deputies/import", 403, "admin", 200));
        routes.add(post("/directory/deputies/import", List.of(), 403, "admin", 200));
        routes.add(get("/directory/imports/no-such-job", 403, "admin", 404));
        routes.add(get("/directory/imports/no-such-job/errors.xlsx", 403, "admin", 404));
        long cheng = world.cheng.id();
        routes.add(get("/directory/deputies", 403, "admin", 200));
        routes.add(get("/directory/deputies?congressId=abc", 403, "admin", 200));
        routes.add(post("/directory/deputies", List.of("name", ""), 403, "admin", 200));
        routes.add(get("/directory/deputies/" + cheng, 403, "admin", 200));
        routes.add(get("/directory/deputies/999999", 403, "admin", 404));
        routes.add(post("/directory/deputies/" + cheng, List.of("name", ""), 403, "admin", 200));
        routes.add(post("/directory/deputies/999999", List.of("name", ""), 403, "admin", 404));
        routes.add(post("/directory/deputies/" + spareDeputy + "/deactivate", List.of(), 403, "admin", 302));
        routes.add(post("/directory/deputies/" + spareDeputy + "/activate", List.of(), 403, "admin", 302));
        routes.add(post("/directory/deputies/999999/activate", List.of(), 403, "admin", 404));
        routes.add(post("/directory/deputies/" + cheng + "/delete", List.of(), 403, "admin", 200));
        routes.add(post("/directory/deputies/999999/delete", List.of(), 403, "admin", 404));
        // 考评方案: the roles that read the statistics see it; the administrator saves new versions
        routes.add(get("/settings/assessment", 403, "clerk", 200, "supervisor", 200));
        routes.add(get("/settings/assessment?congressId=" + congress, 403, "clerk", 200, "supervisor", 200));
        routes.add(get("/settings/assessment?congressId=abc", 403, "clerk", 200, "supervisor", 200));
        routes.add(post("/settings/assessment/" + congress, List.of("timelinessWeight", ""), 403, "admin", 200));
        routes.add(post("/settings/assessment/999999", List.of("timelinessWeight", ""), 403, "admin", 404));
        // 办理结果公开: the congress office prepares, decides and withdraws (ADR 0057); nothing is decided here
        String pub = "/publications/" + publication;
        routes.add(get("/publications", 403, "clerk", 200));
        routes.add(get("/publications?status=OVERDUE&meetingId=" + world.meeting.id(), 403, "clerk", 200));
        routes.add(get("/publications?status=NOPE&meetingId=x", 403, "clerk", 200));
        routes.add(get("/publications?status=PUBLISHED", 403, "clerk", 200));
        routes.add(get("/publications?meetingId=" + world.meeting.id(), 403, "clerk", 200));
        routes.add(get(pub, 403, "clerk", 200));
        routes.add(get("/publications/999999", 403, "clerk", 404));
        routes.add(post(pub + "/marks", List.of("passage", ""), 403, "clerk", 200));
        routes.add(post(pub + "/wish", List.of("wish", ""), 403, "clerk", 200));
        routes.add(post(pub + "/summary", List.of("summary", ""), 403, "clerk", 200));
        routes.add(post("/publications/999999/summary", List.of("summary", "摘要"), 403, "clerk", 404));
        routes.add(post(pub + "/decision", List.of("outcome", ""), 403, "clerk", 200));
        routes.add(post(pub + "/withdraw", List.of("reason", "撤回"), 403, "clerk", 409));
        routes.add(post(pub + "/undo", List.of("field", "REPLY_BODY", "start", "0"), 403, "clerk", 409));
        routes.add(post(pub + "/undo", List.of("field", "NOPE", "start", "x"), 404));   // unreadable: as /suggestions/abc
        routes.add(post(pub + "/marks/999999/delete", List.of(), 403, "clerk", 404));
        routes.add(post(pub + "/exemptions/999999/delete", List.of(), 403, "clerk", 404));
        routes.add(post("/publications/999999/decision", List.of("outcome", "PUBLISH"), 403, "clerk", 404));
        routes.add(get("/replies/" + signed.id() + "/publication", 403, "clerk", 302));
        routes.add(get("/replies/" + draft.id() + "/publication", 403, "clerk", 409));
        routes.add(post("/replies/" + draft.id() + "/publication/decision", List.of("outcome", "PUBLISH"), 403,
                "clerk", 409));
        routes.add(post("/replies/999999/publication/decision", List.of("outcome", "PUBLISH"), 403, "clerk", 404));
        // 公开删除规则: the administrator's
        routes.add(get("/publication-rules", 403, "admin", 200));
        routes.add(get("/publication-rules?congressId=abc", 403, "admin", 200));
        routes.add(post("/publication-rules/" + congress, List.of("pattern", ""), 403, "admin", 200));
        routes.add(post("/publication-rules/999999", List.of("pattern", ""), 403, "admin", 404));
        routes.add(post("/publication-rules/rule/999999/retire", List.of(), 403, "admin", 404));
        // 分类一致性规则 (ADR 0062): the administrator's, kept with the classification schemes
        routes.add(get("/rules/class-checks", 403, "admin", 200));
        routes.add(get("/rules/class-checks?scheme=JIA_YI_BING", 403, "admin", 200));
        routes.add(get("/rules/class-checks?scheme=NOPE", 403, "admin", 404));
        routes.add(post("/rules/class-checks/NPC", List.of("pattern", ""), 403, "admin", 200));
        routes.add(post("/rules/class-checks/NOPE", List.of("pattern", ""), 403, "admin", 404));
        routes.add(post("/rules/class-checks/rule/999999/remove", List.of(), 403, "admin", 404));
        // 公开门户 (ADR 0059): every role and anonymous read it; what is not published does not exist
        String item = "/public/cases/" + published;
        for (String open : List.of("/public", "/public?q=%E7%AD%94%E5%A4%8D&meetingId=" + meeting,
                "/public?meetingId=abc&unitId=x&class=Z&subject=NOPE&page=-1", item, item + "/reply.pdf",
                "/public/meetings/" + meeting, "/public/meetings/" + meeting + "/open-data.csv",
                "/public/meetings/" + meeting + "/open-data.json", "/public/feed.atom", "/public/sitemap.xml",
                "/public/open-data.schema.json", "/css/public.css")) {
            routes.add(get(open, 200, "anonymous", 200));
        }
        for (String missing : List.of("/public/cases/" + publication, "/public/cases/999999",
                "/public/cases/999999/reply.pdf", "/public/cases/abc", "/public/meetings/999999",
                "/public/meetings/999999/open-data.json")) {
            routes.add(get(missing, 404, "anonymous", 404));
        }
        // 通知: everyone their own notices; another person's notice is not found
        routes.add(get("/notifications", 200));
        routes.add(get("/notifications?page=1", 200));
        routes.add(get("/notifications?page=abc", 404));
        routes.add(post("/notifications/" + deputyNotice + "/read", List.of(), 404, "deputy", 302));
        routes.add(post("/notifications/" + deputyNotice + "/open", List.of(), 404, "deputy", 302));
        routes.add(post("/notifications/999999/read", List.of(), 404));
        routes.add(post("/notifications/999999/open", List.of(), 404));
        // 全文检索 (ADR 0061): every role that reads cases, each inside its scope; bad input is a message, not an error
        routes.add(get("/search", 200, "security", 403, "auditor", 403));
        routes.add(get("/search?q=%E5%BB%BA%E8%AE%AE", 200, "security", 403, "auditor", 403));
        routes.add(get("/search?q=a+AND+(&kind=NOPE&meetingId=x&year=-1&unitId=1e9&status=%25&classification=Z&page=0",
                200, "security", 403, "auditor", 403));
        routes.add(get("/search?q=title%3A*&kind=LETTER&page=99999", 200, "security", 403, "auditor", 403));
        // 类案 panel (ADR 0063 addendum): whoever reads cases, on what is typed or on a case in its scope
        routes.add(post("/similar", List.of("title", "关于学位供给的建议", "content", "学位紧张，建议新建学校。"), 200,
                "security", 403, "auditor", 403));
        routes.add(post("/similar", List.of("caseId", "999999", "place", "case"), 404, "security", 403, "auditor", 403));
        routes.add(post("/notifications/read-all", List.of(), 302));
        // 通知设置: everyone their own (refused input is shown again, nothing saved)
        routes.add(get("/settings/notifications", 200));
        routes.add(post("/settings/notifications", List.of("email", "not-an-address", "mobile", "123"), 200));
        return routes;
    }

    /** The reading routes whose SQL depends on the role's scope and the filters in the query string. */
    private static final List<String> SCOPED_READS = List.of("/dashboard", "/suggestions?", "/suggestions/export",
            "/archive", "/assessment", "/supervision", "/letters", "/submissions/queue", "/notifications", "/calendar",
            "/audit", "/publications?", "/public?", "/search");

    private static boolean sendsScopedQueries(Route route) {
        return route.method().equals("GET")
                && (route.path().equals("/") || SCOPED_READS.stream().anyMatch(route.path()::startsWith));
    }

    /** Refused for the role alone: a 403, or the anonymous visitor's redirect to the login. */
    private static boolean refusedForTheRole(Route route, String role) {
        int expected = route.expectedFor(role);
        return expected == 403 || (role.equals("anonymous") && expected == 302);
    }

    /**
     * The other accounts of a role (another unit's handler and head, other deputies) and the role's first account. A
     * refusal that the first account meets too is the role's, the same for every account holding it, and is asked of
     * the first account only; a refusal the first account does not meet (its unit or person decides) and every pair
     * that reaches the application's work run for each account.
     */
    private static final Map<String, String> FIRST_ACCOUNT = Map.of("handler2", "handler", "head2", "head",
            "deputy2", "deputy", "deputy3", "deputy");

    private static boolean refusedLikeTheFirstAccount(Route route, String role) {
        String first = FIRST_ACCOUNT.get(role);
        return first != null && route.expectedFor(first) == route.expectedFor(role);
    }

    /**
     * Every route for every role, each pair on one database at least: on PostgreSQL, the production database, the
     * pairs that reach the application's work; on H2 the refusals for the role, which no database decides and which
     * cost H2 a fraction of their time on PostgreSQL (ADR 0030, eighth addendum); on both, the reads whose SQL
     * depends on the scope (fourth addendum). A refusal that read something first still has its SQL proven on
     * PostgreSQL: the SQL-coverage check fails naming any statement that ran on H2 but never on PostgreSQL.
     */
    @TestFactory
    Stream<DynamicTest> everyRouteForEveryRole() {
        boolean postgres = TestDatabases.onPostgres();
        return routes().stream().flatMap(route -> ROLES.stream()
                .filter(role -> sendsScopedQueries(route) || (postgres ? !refusedForTheRole(route, role)
                        : refusedForTheRole(route, role) && !refusedLikeTheFirstAccount(route, role)))
                .map(role -> DynamicTest.dynamicTest(
                route.method() + " " + route.path() + " as " + role + " → " + route.expectedFor(role), () -> {
                    MockWebClient client = clients.get(role);
                    HttpResponse<String> response = route.method().equals("GET") ? client.get(route.path())
                            : client.post(route.path(), route.form());
                    if (route.method().equals("POST") && route.expectedFor(role) == 200
                            && response.statusCode() == 302) {
                        // allowed, the form refused for what it holds: redirected to the form's page, which shows
                        // it (post/redirect/get, ADR 0049), not to the login
                        assertThat(response.headers().firstValue("Location").orElse(""))
                                .as(route.method() + " " + route.path() + " as " + role).doesNotEndWith("/login");
                        response = client.follow(response);
                    }
                    assertThat(response.statusCode()).as(route.method() + " " + route.path() + " as " + role)
                            .isEqualTo(route.expectedFor(role));
                    if (response.statusCode() == 302 && role.equals("anonymous")) {
                        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login");
                    }
                    if (response.statusCode() >= 400) {
                        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at cn.jianyi");
                    }
                })));
    }

    @Test
    void theDashboardShowsEachRateWithItsCasesBehindIt() {
        HttpResponse<String> dashboard = clients.get("clerk").get("/dashboard");
        assertThat(dashboard.body()).contains("统计分析").contains("办复率").contains("/dashboard/cases?figure=REPLIED")
                .contains("/webjars/echarts/5.3.1/dist/echarts.min.js").doesNotContain("cdn");
        assertThat(clients.get("clerk").get("/dashboard/cases?figure=REPLIED").body()).contains("已办复")
                .contains("/suggestions/" + replied);
        assertThat(clients.get("handler").get("/").body()).doesNotContain("/dashboard").doesNotContain("/assessment");
        assertThat(clients.get("supervisor").get("/").body()).contains("/dashboard").contains("href=\"/assessment\"");
    }

    @Test
    void errorPagesSpeakChineseAndShowNoInternals() {
        HttpResponse<String> notFound = clients.get("clerk").get("/suggestions/999999");
        assertThat(notFound.body()).contains("页面不存在").contains("不在您的查看范围内");
        HttpResponse<String> forbidden = clients.get("supervisor").get("/suggestions/new");
        assertThat(forbidden.body()).contains("无权操作");
        HttpResponse<String> refused = clients.get("clerk").post("/suggestions/" + replied + "/close", List.of());
        assertThat(refused.body()).contains("代表尚未对最新答复作出评价，暂不能办结。");
        assertThat(refused.body()).as("409 leads back to the case")
                .contains("href=\"/suggestions/" + replied + "\">返回案卷</a>").contains("返回工作台");
    }

    @Test
    @DisplayName("错误页保留布局：菜单和用户姓名（404、403、409，及不存在的地址）")
    void errorPagesKeepTheMenuAndTheUsersName() {
        MockWebClient clerk = clients.get("clerk");
        for (HttpResponse<String> page : List.of(clerk.get("/suggestions/999999"), clerk.get("/no-such-page"),
                clerk.post("/suggestions/" + replied + "/close", List.of()))) {
            assertThat(page.body()).as(page.uri() + " " + page.statusCode())
                    .contains("class=\"nav\"").contains("href=\"/suggestions\"").contains("王晓燕").contains("退出");
        }
        assertThat(clients.get("supervisor").get("/suggestions/new").body()).contains("无权操作")
                .contains("class=\"nav\"").contains("周敏");
    }

    @Test
    void supervisorChangesNothing() {
        MockWebClient supervisor = clients.get("supervisor");
        assertThat(supervisor.post("/suggestions/" + registered + "/assign",
                List.of("leadUnitId", String.valueOf(world.health.id()), "assignedOn", "2024-03-05")).statusCode())
                .isEqualTo(403);
        assertThat(supervisor.get("/suggestions/" + registered).body()).doesNotContain("可办理事项");
    }

    @Test
    void deputyNeverSeesDraftsOnTheCasePage() {
        String page = clients.get("deputy").get("/suggestions/" + assigned).body();
        assertThat(page).doesNotContain("/replies/" + draft.id()).doesNotContain("拟写答复");
        assertThat(clients.get("clerk").get("/suggestions/" + assigned).body()).contains("/replies/" + draft.id());
    }
}
