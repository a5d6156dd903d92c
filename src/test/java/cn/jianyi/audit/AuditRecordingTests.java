package cn.jianyi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;

import cn.jianyi.calendar.CalendarDay;
import cn.jianyi.calendar.CalendarEntryCommand;
import cn.jianyi.calendar.CalendarManagement;
import cn.jianyi.rules.RuleSet;
import cn.jianyi.rules.RuleSets;
import cn.jianyi.rules.SaveRuleSetCommand;
import cn.jianyi.statistics.AssessmentSchemes;
import cn.jianyi.statistics.SaveAssessmentSchemeCommand;
import cn.jianyi.suggestion.RegisterSuggestionCommand;
import cn.jianyi.suggestion.SubjectArea;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.MockWebClient;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TestWorld;
import cn.jianyi.support.WebClient;
import cn.jianyi.support.Workbooks;

/**
 * What the security audit log records, and what {@code /audit} shows of it: logins, failed logins and logouts with
 * the client's address and browser id; each download and export; each 403 and each 404 on a case outside one's
 * scope; changes to the rules, the calendar and the assessment scheme. The filters narrow the list and the export.
 */
@OnPostgres
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditRecordingTests {

    @Autowired WebApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired AuditChain chain;
    @Autowired SuggestionManagement suggestions;
    @Autowired CalendarManagement calendar;
    @Autowired RuleSets ruleSets;
    @Autowired AssessmentSchemes assessment;
    @Autowired cn.jianyi.handling.ReplyQueries replyQueries;
    @Autowired cn.jianyi.identity.AccountAdministration accounts;
    @Autowired cn.jianyi.identity.UnitDirectory unitDirectory;
    @Autowired org.springframework.security.core.userdetails.UserDetailsService logins;
    @Value("${local.server.port}") int port;

    private TestWorld world;
    private long othersCase;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        othersCase = suggestions.register(new RegisterSuggestionCommand(world.meeting.id(), 4, "关于加强耕地保护的建议",
                "内容", world.xiong.id(), List.of(), SubjectArea.AGRICULTURE, TestWorld.RECEIVED, world.clerk));
    }

    private List<AuditRecord> records(AuditKind kind) {
        return jdbc.sql("select " + AuditChain.COLUMNS + " from audit_log where kind = ? order by seq")
                .params(kind.name()).query(AuditChain::map).list();
    }

    private AuditRecord last(AuditKind kind) {
        List<AuditRecord> all = records(kind);
        assertThat(all).as(kind.name()).isNotEmpty();
        return all.get(all.size() - 1);
    }

    @Test
    @DisplayName("登录、登录失败、退出：记下账号、姓名、地址和浏览器标识")
    void loginsAndLogoutsAreRecorded() {
        WebClient browser = new WebClient(port);
        assertThat(browser.login("clerk", "wrong-password").headers().firstValue("Location").orElseThrow())
                .endsWith("/login?error=bad");
        browser.login("clerk", TestWorld.PASSWORD);
        browser.get("/");
        browser.post("/logout", List.of());

        AuditRecord failed = last(AuditKind.LOGIN_FAILED);
        assertThat(failed.entry().username()).isEqualTo("clerk");
        assertThat(failed.entry().outcome()).isEqualTo(AuditOutcome.REFUSED);
        assertThat(failed.entry().clientAddress()).isEqualTo("127.0.0.1");
        AuditRecord login = last(AuditKind.LOGIN);
        assertThat(login.entry()).extracting(AuditEntry::username, AuditEntry::displayName, AuditEntry::outcome)
                .containsExactly("clerk", "王晓燕", AuditOutcome.SUCCESS);
        assertThat(login.entry().clientAddress()).isEqualTo("127.0.0.1");
        assertThat(login.entry().deviceId()).as("the browser's cookie, given on the login page")
                .matches("[0-9a-f-]{36}");
        AuditRecord logout = last(AuditKind.LOGOUT);
        assertThat(logout.entry().username()).isEqualTo("clerk");
        assertThat(logout.entry().deviceId()).isEqualTo(login.entry().deviceId());
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    @DisplayName("下载与导出逐次记录；403与超出范围的404记为拒绝访问")
    void downloadsExportsAndRefusalsAreRecorded() {
        MockWebClient clerk = MockWebClient.loggedIn(context, "clerk");
        assertThat(clerk.download("/suggestions/export.xlsx").statusCode()).isEqualTo(200);
        AuditRecord export = last(AuditKind.EXPORT);
        assertThat(export.entry()).extracting(AuditEntry::username, AuditEntry::objectType, AuditEntry::objectId,
                AuditEntry::outcome)
                .containsExactly("clerk", "ROUTE", "/suggestions/export.xlsx", AuditOutcome.SUCCESS);
        assertThat(export.entry().objectLabel()).endsWith(".xlsx");

        MockWebClient handler = MockWebClient.loggedIn(context, "handler");
        assertThat(handler.get("/suggestions/" + othersCase).statusCode()).isEqualTo(404);
        assertThat(handler.get("/suggestions/new").statusCode()).isEqualTo(403);
        assertThat(last(AuditKind.NOT_FOUND).entry())
                .extracting(AuditEntry::username, AuditEntry::objectId, AuditEntry::outcome)
                .containsExactly("handler", "/suggestions/" + othersCase, AuditOutcome.REFUSED);
        assertThat(last(AuditKind.ACCESS_DENIED).entry())
                .extracting(AuditEntry::username, AuditEntry::objectId, AuditEntry::outcome)
                .containsExactly("handler", "/suggestions/new", AuditOutcome.REFUSED);

        long before = jdbc.sql("select count(*) from audit_log").query(Long.class).single();
        assertThat(clerk.get("/suggestions").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_log").query(Long.class).single())
                .as("an ordinary page is not recorded").isEqualTo(before);
    }

    @Test
    @DisplayName("下载答复函（PDF、OFD）：各记一条下载，对象名是文件名")
    void letterDownloadsAreRecorded() {
        long replied = world.replied(7);
        long reply = replyQueries.latestSigned(replied).orElseThrow().id();
        MockWebClient deputy = MockWebClient.loggedIn(context, "deputy");
        assertThat(deputy.download("/replies/" + reply + "/letter.pdf").statusCode()).isEqualTo(200);
        AuditRecord pdf = last(AuditKind.DOWNLOAD);
        assertThat(pdf.entry()).extracting(AuditEntry::username, AuditEntry::objectId, AuditEntry::outcome)
                .containsExactly("deputy", "/replies/" + reply + "/letter.pdf", AuditOutcome.SUCCESS);
        assertThat(pdf.entry().objectLabel()).endsWith(".pdf");
        assertThat(deputy.download("/replies/" + reply + "/letter.ofd").statusCode()).isEqualTo(200);
        assertThat(last(AuditKind.DOWNLOAD).entry().objectLabel()).endsWith(".ofd");
    }

    @Test
    @DisplayName("没有CSRF令牌的提交被Spring Security拒绝（403）：也记为拒绝访问，对象是被拒的路径")
    void aRequestRefusedBySpringSecurityIsRecordedWithItsRoute() {
        WebClient clerk = WebClient.loggedIn(port, "clerk", TestWorld.PASSWORD);
        assertThat(clerk.postRaw("/suggestions/new", List.of("title", "无令牌")).statusCode()).isEqualTo(403);
        assertThat(last(AuditKind.ACCESS_DENIED).entry())
                .extracting(AuditEntry::username, AuditEntry::objectId, AuditEntry::outcome)
                .containsExactly("clerk", "/suggestions/new", AuditOutcome.REFUSED);
    }

    @Test
    @DisplayName("办理规则、工作日历、考评方案的变更：各记一条，记下是谁改的")
    void changesToRulesCalendarAndAssessmentAreRecorded() {
        ruleSets.save(SaveRuleSetCommand.startingFrom(RuleSet.nationalBaseline(world.meeting.congressId()))
                .effectiveFrom(LocalDate.of(2024, 1, 1)).note("调整").by(world.admin));
        calendar.add(new CalendarEntryCommand(LocalDate.of(2024, 6, 5), LocalDate.of(2024, 6, 5),
                CalendarDay.Kind.HOLIDAY, "防汛调休", null, world.clerk));
        assessment.save(new SaveAssessmentSchemeCommand(world.meeting.congressId(), 40, 20, 30, 10, 50, 80, 100, 80,
                60, 0, "新方案", world.admin));

        assertThat(last(AuditKind.RULES_CHANGED).entry())
                .extracting(AuditEntry::username, AuditEntry::displayName, AuditEntry::objectType)
                .containsExactly("admin", "陈立", "RULE_SET");
        assertThat(last(AuditKind.CALENDAR_CHANGED).entry())
                .extracting(AuditEntry::username, AuditEntry::detail).containsExactly("clerk", "[2024-06-05] 防汛调休");
        assertThat(last(AuditKind.ASSESSMENT_CHANGED).entry())
                .extracting(AuditEntry::username, AuditEntry::objectLabel).containsExactly("admin", "考评方案 第1版");
        // a change no person made (a command without a login) is recorded as the system's, not lost
        calendar.add(new CalendarEntryCommand(LocalDate.of(2024, 6, 6), LocalDate.of(2024, 6, 6),
                CalendarDay.Kind.HOLIDAY, "系统导入", null, null));
        assertThat(last(AuditKind.CALENDAR_CHANGED).entry())
                .extracting(AuditEntry::username, AuditEntry::displayName).containsExactly(null, "系统");
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    @DisplayName("账号解锁和单位停用：各记一条，记下是谁对哪个对象做的；解锁清除锁定")
    void accountAndDirectoryChangesAreRecorded() {
        jdbc.sql("update users set failed_attempts = 5, locked_until = :until where username = 'handler'")
                .param("until", java.sql.Timestamp.from(java.time.Instant.now().plus(java.time.Duration.ofHours(1))))
                .update();
        long handlerId = jdbc.sql("select id from users where username = 'handler'").query(Long.class).single();
        var security = (cn.jianyi.identity.CurrentUser) logins.loadUserByUsername("security");

        accounts.unlock(handlerId, security);
        unitDirectory.deactivate(world.education.id(), world.admin);

        assertThat(jdbc.sql("select failed_attempts from users where username = 'handler'").query(Integer.class)
                .single()).isZero();
        assertThat(jdbc.sql("select count(*) from users where username = 'handler' and locked_until is not null")
                .query(Integer.class).single()).isZero();
        assertThat(last(AuditKind.ACCOUNT_CHANGED).entry())
                .extracting(AuditEntry::username, AuditEntry::objectType, AuditEntry::objectLabel)
                .containsExactly("security", "ACCOUNT", "handler");
        assertThat(last(AuditKind.DIRECTORY_CHANGED).entry())
                .extracting(AuditEntry::username, AuditEntry::objectType, AuditEntry::detail)
                .containsExactly("admin", "UNIT", "DEACTIVATED");
        unitDirectory.activate(world.education.id(), world.admin);       // the other tests assign to it
        assertThat(last(AuditKind.DIRECTORY_CHANGED).entry().detail()).isEqualTo("ACTIVATED");
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    @DisplayName("审计管理员：按人员、事件、对象、时段筛选日志并导出Excel；看不到任何建议")
    void theAuditorFiltersAndExports() {
        MockWebClient.loggedIn(context, "clerk").download("/suggestions/export.xlsx");
        MockWebClient.loggedIn(context, "handler").get("/suggestions/new");
        MockWebClient auditor = MockWebClient.loggedIn(context, "auditor");

        String all = auditor.get("/audit").body();
        assertThat(all).contains("安全审计日志").contains("/suggestions/export.xlsx").contains("/suggestions/new");
        String exports = auditor.get("/audit?person=王晓燕&kind=EXPORT").body();
        assertThat(exports).contains("/suggestions/export.xlsx").doesNotContain("拒绝访问</td>");
        String denied = auditor.get("/audit?person=handler&object=suggestions/new").body();
        assertThat(denied).contains("/suggestions/new").doesNotContain("/suggestions/export.xlsx");
        assertThat(auditor.get("/audit?from=2000-01-01&to=2000-01-31").body()).contains("没有符合条件的记录。");

        var sheets = Workbooks.read(auditor.download("/audit/export.xlsx?kind=ACCESS_DENIED&person=handler").body());
        List<List<Object>> rows = sheets.get("安全审计日志");
        assertThat(rows.get(0)).contains("序号", "账号", "事件", "对象", "结果", "SM3");
        assertThat(rows.subList(1, rows.size())).isNotEmpty()
                .allSatisfy(row -> assertThat(row).contains("handler", "拒绝访问", "/suggestions/new", "拒绝"));

        assertThat(auditor.get("/").headers().firstValue("Location").orElse("")).as("the auditor's home")
                .endsWith("/audit");
        assertThat(auditor.get("/audit").body()).as("the menu: no case list").doesNotContain("href=\"/suggestions\"")
                .contains("href=\"/audit\"");
        assertThat(auditor.get("/suggestions").statusCode()).as("no case pages").isEqualTo(403);
        assertThat(auditor.get("/suggestions/" + othersCase).statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from audit_log where kind = 'ACCESS_DENIED' and username = 'auditor'"
                + " and object_id = '/suggestions'").query(Long.class).single()).as("each refusal audited")
                .isEqualTo(1);
        assertThat(MockWebClient.loggedIn(context, "admin").get("/audit").statusCode()).isEqualTo(403);
    }
}
