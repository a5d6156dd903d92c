package cn.jianyi.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jianyi.assignment.AssignCommand;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.identity.DataScope;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.suggestion.CaseAction;
import cn.jianyi.suggestion.SubjectArea;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.suggestion.SuggestionQueries;
import cn.jianyi.support.FixedClock;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.MutableClock;
import cn.jianyi.support.TestWorld;
import cn.jianyi.support.WebClient;
import cn.jianyi.support.Workbooks;

/**
 * Online submission through the web, as the deputies and the clerk use it: drafting, co-signers by name and their
 * cut-off, the registration queue (registered with a number, or declined and kept as a letter), withdrawal before
 * assignment; every bad input refused with its message and nothing changed.
 */
@OnPostgres
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = MutableClock.PROPERTIES)
@Import(MutableClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubmissionTests {

    private static final Pattern LOCATION = Pattern.compile("/submissions/(\\d+)$");

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired MutableClock.Control clock;
    @Autowired SubmissionManagement submissions;
    @Autowired SuggestionManagement suggestions;
    @Autowired SuggestionQueries queries;
    @Autowired Assignments assignments;
    @Autowired JdbcClient jdbc;
    @Autowired cn.jianyi.notification.Notifications notifications;
    @Autowired org.springframework.security.core.userdetails.UserDetailsService logins;

    private TestWorld world;
    private WebClient cheng;
    private WebClient liu;
    private WebClient xiong;
    private WebClient clerk;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        cheng = WebClient.loggedIn(port, "deputy", TestWorld.PASSWORD);
        liu = WebClient.loggedIn(port, "deputy2", TestWorld.PASSWORD);
        xiong = WebClient.loggedIn(port, "deputy3", TestWorld.PASSWORD);
        clerk = WebClient.loggedIn(port, "clerk", TestWorld.PASSWORD);
    }

    private long draft(String title) {
        HttpResponse<String> saved = cheng.post("/submissions", List.of("title", title, "category",
                "EDUCATION_SCIENCE_CULTURE_HEALTH", "proposedUnit", "区卫健委", "content",
                "一、现状\n全区0至3岁婴幼儿约1.2万人，普惠托育位不足。\n二、建议\n在每个街道至少建成1家普惠托育点。"));
        assertThat(saved.statusCode()).isEqualTo(302);
        Matcher m = LOCATION.matcher(saved.headers().firstValue("Location").orElseThrow());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private long count() {
        return jdbc.sql("select count(*) from submissions").query(Long.class).single();
    }

    private String cutoff(int daysAhead) {
        return LocalDate.ofInstant(clock.now(), MutableClock.ZONE).plusDays(daysAhead).toString();
    }

    @Test
    @DisplayName("起草→邀请刘建华联名→刘建华同意→提交→办事员受理编号：案卷带联名代表，流转记录写明网上提交")
    void aJointSuggestionGoesFromDraftToACase() {
        long id = draft("关于增设社区普惠托育点的建议");
        assertThat(cheng.get("/submissions/" + id).body()).contains("草稿").contains("一事一议");
        assertThat(cheng.post("/submissions/" + id + "/invite", List.of("coSignerIds", liu(), "cutoff", cutoff(3)))
                .statusCode()).isEqualTo(302);
        assertThat(liu.get("/").body()).contains("邀请我联名").contains("关于增设社区普惠托育点的建议");
        assertThat(liu.post("/submissions/" + id + "/accept", List.of()).statusCode()).isEqualTo(302);
        assertThat(cheng.post("/submissions/" + id + "/submit", List.of("oneMatter", "true")).statusCode())
                .isEqualTo(302);
        assertThat(clerk.get("/submissions/queue").body()).contains("关于增设社区普惠托育点的建议").contains("刘建华");
        List<List<Object>> queued = Workbooks.read(clerk.download("/submissions/queue/export.xlsx").body())
                .get("待受理建议");
        assertThat(queued.get(0)).containsExactly("提交时间", "标题", "领衔代表", "联名代表", "类别", "建议承办单位", "撤回申请");
        assertThat(queued).filteredOn(r -> "关于增设社区普惠托育点的建议".equals(r.get(1))).singleElement()
                .satisfies(r -> assertThat(r.subList(1, 7)).containsExactly("关于增设社区普惠托育点的建议", "程绮南",
                        "刘建华", "教科文卫", "区卫健委", null));
        assertThat(queued).hasSize(1 + submissions.queue(cn.jianyi.identity.DataScope.all()).size());
        assertThat(clerk.get("/").body()).contains("网上提交的建议待受理：" + submissions.queue(cn.jianyi.identity.DataScope.all()).size() + "件");

        int next = queries.nextNumber(world.meeting.id());
        HttpResponse<String> registered = clerk.post("/submissions/" + id + "/register", List.of("meetingId",
                String.valueOf(world.meeting.id()), "number", "", "category", "EDUCATION_SCIENCE_CULTURE_HEALTH"));
        assertThat(registered.statusCode()).isEqualTo(302);
        Submission submission = submissions.visible(id, DataScope.all());
        assertThat(submission.status()).isEqualTo(Submission.Status.REGISTERED);
        Suggestion suggestion = suggestions.get(submission.suggestionId());
        assertThat(suggestion.number()).isEqualTo(next);
        assertThat(suggestion.leadDeputyId()).isEqualTo(world.cheng.id());
        assertThat(suggestion.coSignerIds()).containsExactly(world.liu.id());
        assertThat(suggestion.receivedOn()).isEqualTo(FixedClock.TODAY);
        var timeline = queries.details(suggestion.id(), DataScope.all()).timeline();
        assertThat(timeline.get(0).action()).isEqualTo(CaseAction.REGISTER);
        assertThat(timeline.get(0).remark()).contains("网上提交于" + FixedClock.TODAY).contains("联名代表刘建华已确认");
        assertThat(submissions.historyOf(id, DataScope.all())).extracting(SubmissionEvent::action).containsExactly(
                SubmissionAction.DRAFT, SubmissionAction.INVITE, SubmissionAction.ACCEPT_INVITATION,
                SubmissionAction.SUBMIT, SubmissionAction.REGISTER);
        assertThat(queries.details(suggestion.id(), new DataScope.OfDeputy(world.liu.id())).id())
                .isEqualTo(suggestion.id());
    }

    private List<cn.jianyi.notification.Notice> noticesOf(String username) {
        long user = ((cn.jianyi.identity.CurrentUser) logins.loadUserByUsername(username)).id();
        return notifications.noticesOf(user, 0).notices();
    }

    @Test
    @DisplayName("通知：受邀代表收到联名邀请，领衔代表收到同意，办事员收到待受理，受理后代表收到编号且记入案卷流转记录；本人操作不通知本人")
    void theDeputiesAndTheOfficeAreNotified() {
        long id = draft("关于完善社区食堂运营补贴的建议");
        cheng.post("/submissions/" + id + "/invite", List.of("coSignerIds", liu(), "cutoff", cutoff(3)));
        assertThat(noticesOf("deputy2")).filteredOn(n -> n.link() != null && n.link().equals("/submissions/" + id))
                .extracting(n -> n.kind().name(), cn.jianyi.notification.Notice::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CO_SIGN_INVITED", "联名邀请：《关于完善社区食堂运营补贴的建议》"));
        assertThat(noticesOf("deputy3")).noneMatch(n -> n.title().contains("社区食堂"));
        liu.post("/submissions/" + id + "/accept", List.of());
        assertThat(noticesOf("deputy")).anyMatch(n -> n.title().equals("刘建华代表同意联名：《关于完善社区食堂运营补贴的建议》"));
        assertThat(noticesOf("deputy2")).noneMatch(n -> n.title().contains("同意联名"));
        cheng.post("/submissions/" + id + "/submit", List.of("oneMatter", "true"));
        assertThat(noticesOf("clerk")).anyMatch(n -> n.title().equals("网上建议待受理：《关于完善社区食堂运营补贴的建议》")
                && n.link().equals("/submissions/" + id + "/decide"));

        long suggestionId = submissions.register(id, new RegisterSubmissionCommand(world.meeting.id(), null,
                SubjectArea.SOCIAL_DEVELOPMENT), world.clerk);
        int number = suggestions.get(suggestionId).number();
        for (String deputy : List.of("deputy", "deputy2")) {
            assertThat(noticesOf(deputy)).anyMatch(n -> n.title().equals("建议已受理：《关于完善社区食堂运营补贴的建议》")
                    && n.body().contains("第" + number + "号") && Long.valueOf(suggestionId).equals(n.suggestionId()));
        }
        assertThat(queries.details(suggestionId, DataScope.all()).timeline())
                .anyMatch(e -> e.action() == CaseAction.NOTIFY && e.remark().contains("程绮南")
                        && e.remark().contains("刘建华"));
    }

    @Test
    @DisplayName("空白、超长的建议不能保存，填写的内容保留，什么也没有存下")
    void emptyOrOversizedSubmissionsAreRefused() {
        long before = count();
        HttpResponse<String> empty = cheng.follow(cheng.post("/submissions", List.of("title", "  ", "content", "")));
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("请填写标题；空白的建议不能保存。");

        String tooLong = "很".repeat(10001);
        HttpResponse<String> oversized = cheng.follow(cheng.post("/submissions", List.of("title", "关于道路改造的建议",
                "content", tooLong)));
        assertThat(oversized.statusCode()).isEqualTo(200);
        assertThat(oversized.body()).contains("不能超过10000个字").contains("关于道路改造的建议");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    @DisplayName("联名代表不是本届人大的代表、是自己、截止太晚：就地提示，保留所选，草稿不变、没有发出邀请")
    void unknownCoSignersAreRefused() {
        long id = draft("关于老旧小区加装电梯的建议");
        HttpResponse<String> form = cheng.get("/submissions/" + id);
        assertThat(form.body()).as("her congress's deputies to choose from, not herself")
                .contains("刘建华（望城镇代表团）").doesNotContain(">程绮南（");
        HttpResponse<String> unknown = cheng.follow(cheng.post("/submissions/" + id + "/invite",
                List.of("coSignerIds", liu(), "coSignerIds", "999999", "cutoff", cutoff(31))));
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body()).as("both refusals in one round, the choice kept")
                .contains("只能邀请本届人大的代表联名，请从列表中选择。").contains("联名截止日期不能晚于30天之后。")
                .contains("value=\"" + liu() + "\" selected=\"selected\"");
        HttpResponse<String> self = cheng.follow(cheng.post("/submissions/" + id + "/invite",
                List.of("coSignerIds", String.valueOf(world.cheng.id()), "cutoff", cutoff(3))));
        assertThat(self.body()).contains("领衔代表不必邀请自己联名。");
        HttpResponse<String> none = cheng.follow(cheng.post("/submissions/" + id + "/invite",
                List.of("cutoff", cutoff(3))));
        assertThat(none.body()).contains("请选择联名代表。");
        var deputies = context.getBean(cn.jianyi.identity.DeputyDirectory.class);
        deputies.deactivate(world.xiong.id(), world.admin);
        try {
            assertThat(cheng.get("/submissions/" + id).body()).as("a deputy no longer in office is not offered")
                    .doesNotContain("熊小梅（");
            HttpResponse<String> retired = cheng.follow(cheng.post("/submissions/" + id + "/invite",
                    List.of("coSignerIds", String.valueOf(world.xiong.id()), "cutoff", cutoff(3))));
            assertThat(retired.body()).as("nor can one be invited by a hand-made request")
                    .contains("只能邀请本届人大的代表联名，请从列表中选择。");
        } finally {
            deputies.activate(world.xiong.id(), world.admin);   // the class's other tests invite her
        }
        Submission submission = submissions.visible(id, new DataScope.OfDeputy(world.cheng.id()));
        assertThat(submission.status()).isEqualTo(Submission.Status.DRAFT);
        assertThat(submission.invitations()).isEmpty();
    }

    @Test
    @DisplayName("截止后同意联名被拒绝；未答复前不能提交，截止后提交时未答复者视为放弃")
    void acceptanceAfterTheCutoffIsRefused() {
        long id = draft("关于规范校外培训机构的建议");
        cheng.follow(cheng.post("/submissions/" + id + "/invite", List.of("coSignerIds", liu(), "coSignerIds", String.valueOf(world.xiong.id()), "cutoff", cutoff(1))));
        HttpResponse<String> early = cheng.follow(cheng.post("/submissions/" + id + "/submit", List.of("oneMatter", "true")));
        assertThat(early.statusCode()).isEqualTo(200);
        assertThat(early.body()).contains("尚有联名代表未答复");
        assertThat(liu.post("/submissions/" + id + "/accept", List.of()).statusCode()).isEqualTo(302);

        clock.advance(Duration.ofDays(2));
        try {
            HttpResponse<String> tooLate = xiong.follow(xiong.post("/submissions/" + id + "/accept", List.of()));
            assertThat(tooLate.statusCode()).isEqualTo(409);
            assertThat(tooLate.body()).contains("联名截止时间已过");
            Submission still = submissions.visible(id, DataScope.OfDeputy.class.cast(new DataScope.OfDeputy(world.xiong.id())));
            assertThat(still.invitationOf(world.xiong.id()).orElseThrow().isPending()).isTrue();

            assertThat(cheng.post("/submissions/" + id + "/submit", List.of("oneMatter", "true")).statusCode())
                    .isEqualTo(302);
            Submission submitted = submissions.visible(id, DataScope.all());
            assertThat(submitted.coSignerIds()).containsExactly(world.liu.id());
            assertThat(submitted.invitationOf(world.xiong.id()).orElseThrow().status())
                    .isEqualTo(Invitation.Status.LAPSED);
        } finally {
            clock.advance(Duration.ofDays(-2));
        }
    }

    @Test
    @DisplayName("未确认一事一议不能提交；谁也看不到别人的草稿，单位看不到网上提交")
    void oneMatterAndScope() {
        long id = draft("关于增加公交线路的建议");
        HttpResponse<String> unconfirmed = cheng.follow(cheng.post("/submissions/" + id + "/submit", List.of()));
        assertThat(unconfirmed.statusCode()).isEqualTo(200);
        assertThat(unconfirmed.body()).contains("请确认本建议只反映一个问题");
        assertThat(submissions.visible(id, DataScope.OfDeputy.class.cast(new DataScope.OfDeputy(world.cheng.id())))
                .status()).isEqualTo(Submission.Status.DRAFT);

        assertThat(liu.get("/submissions/" + id).statusCode()).isEqualTo(404);
        assertThat(clerk.get("/submissions/" + id).statusCode()).isEqualTo(404);
        assertThat(liu.post("/submissions/" + id + "/submit", List.of("oneMatter", "true")).statusCode())
                .isEqualTo(404);
        WebClient handler = WebClient.loggedIn(port, "handler", TestWorld.PASSWORD);
        assertThat(handler.get("/submissions/" + id).statusCode()).isEqualTo(404);
        assertThat(handler.post("/submissions", List.of("title", "x")).statusCode()).isEqualTo(403);
        assertThat(handler.get("/submissions/queue").statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("不予受理须选情形、写说明；转为来信的列入代表来信，代表看到理由")
    void declinedAndKeptAsALetter() {
        long id = draft("关于解决本人子女入学问题的建议");
        cheng.post("/submissions/" + id + "/submit", List.of("oneMatter", "true"));
        HttpResponse<String> bare = clerk.follow(clerk.post("/submissions/" + id + "/decline",
                List.of("reason", "", "explanation", "")));
        assertThat(bare.statusCode()).isEqualTo(200);
        assertThat(bare.body()).contains("请选择。").contains("此项为必填项。");
        assertThat(submissions.visible(id, DataScope.all()).status()).isEqualTo(Submission.Status.SUBMITTED);

        assertThat(clerk.post("/submissions/" + id + "/decline", List.of("reason", "PERSONAL_MATTER",
                "explanation", "涉及代表本人子女入学，属个人问题，转教体局作来信办理。", "keepAsLetter", "true"))
                .statusCode()).isEqualTo(302);
        assertThat(submissions.visible(id, DataScope.all()).status()).isEqualTo(Submission.Status.LETTER);
        assertThat(clerk.get("/letters").body()).contains("关于解决本人子女入学问题的建议")
                .contains("涉及代表本人及其亲属等个人问题");
        List<List<Object>> letters = Workbooks.read(clerk.download("/letters/export.xlsx").body()).get("代表来信");
        assertThat(letters).filteredOn(r -> "关于解决本人子女入学问题的建议".equals(r.get(1))).singleElement()
                .satisfies(r -> assertThat(r.subList(2, 6)).containsExactly("程绮南", null,
                        "涉及代表本人及其亲属等个人问题或本单位个别问题", "涉及代表本人子女入学，属个人问题，转教体局作来信办理。"));
        assertThat(WebClient.loggedIn(port, "deputy", TestWorld.PASSWORD).download("/letters/export.xlsx")
                .statusCode()).isEqualTo(403);
        assertThat(cheng.get("/submissions/" + id).body()).contains("不予受理，转为来信")
                .contains("属个人问题，转教体局作来信办理");
        assertThat(clerk.post("/submissions/" + id + "/register", List.of("meetingId",
                String.valueOf(world.meeting.id()), "category", "OTHER")).statusCode()).isEqualTo(409);
    }

    @Test
    @DisplayName("联名建议受理后、交办前，领衔代表申请撤回，联名代表同意后撤回，案卷为已撤回")
    void aJointSuggestionIsWithdrawnWithEveryCoSignersConsent() {
        long id = draft("关于建设口袋公园的建议");
        cheng.post("/submissions/" + id + "/invite", List.of("coSignerIds", liu(), "cutoff", cutoff(3)));
        liu.post("/submissions/" + id + "/accept", List.of());
        cheng.post("/submissions/" + id + "/submit", List.of("oneMatter", "true"));
        long suggestionId = submissions.register(id, new RegisterSubmissionCommand(world.meeting.id(), null,
                SubjectArea.URBAN_ENVIRONMENT), world.clerk);

        HttpResponse<String> noReason = cheng.follow(cheng.post("/submissions/" + id + "/withdrawal", List.of("reason", "")));
        assertThat(noReason.body()).contains("此项为必填项。");
        assertThat(cheng.post("/submissions/" + id + "/withdrawal", List.of("reason", "问题已由街道解决"))
                .statusCode()).isEqualTo(302);
        assertThat(suggestions.get(suggestionId).status()).isEqualTo(Suggestion.Status.REGISTERED);
        assertThat(liu.get("/").body()).contains("请同意撤回");
        assertThat(liu.post("/submissions/" + id + "/withdrawal/consent", List.of()).statusCode()).isEqualTo(302);

        assertThat(suggestions.get(suggestionId).status()).isEqualTo(Suggestion.Status.WITHDRAWN);
        assertThat(submissions.visible(id, DataScope.all()).status()).isEqualTo(Submission.Status.WITHDRAWN);
        var last = queries.details(suggestionId, DataScope.all()).timeline();
        assertThat(last.get(last.size() - 1).action()).isEqualTo(CaseAction.WITHDRAW);
        assertThat(last.get(last.size() - 1).remark()).contains("问题已由街道解决");
    }

    @Test
    @DisplayName("交办后不能撤回；等待同意的撤回申请在交办时失效")
    void noWithdrawalAfterAssignment() {
        long id = draft("关于增设夜间便民市场的建议");
        cheng.post("/submissions/" + id + "/invite", List.of("coSignerIds", liu(), "cutoff", cutoff(3)));
        liu.post("/submissions/" + id + "/accept", List.of());
        cheng.post("/submissions/" + id + "/submit", List.of("oneMatter", "true"));
        long suggestionId = submissions.register(id, new RegisterSubmissionCommand(world.meeting.id(), null,
                SubjectArea.ECONOMY), world.clerk);
        submissions.requestWithdrawal(id, world.cheng.id(), "已另行反映", world.deputy);
        assignments.assign(new AssignCommand(suggestionId, world.health.id(), List.of(), FixedClock.TODAY,
                world.clerk));

        Submission after = submissions.visible(id, DataScope.all());
        assertThat(after.isWithdrawalRequested()).isFalse();
        assertThat(submissions.historyOf(id, DataScope.all()).get(submissions.historyOf(id, DataScope.all()).size() - 1)
                .remark()).isEqualTo("建议已交办，撤回申请失效");
        HttpResponse<String> refused = liu.post("/submissions/" + id + "/withdrawal/consent", List.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThatThrownBy(() -> submissions.requestWithdrawal(id, world.cheng.id(), "再次申请", world.deputy))
                .isInstanceOf(RuleViolation.class).hasMessage("submission.withdrawal.assigned");
        assertThat(suggestions.get(suggestionId).status()).isEqualTo(Suggestion.Status.ASSIGNED);
    }

    private String liu() {
        return String.valueOf(world.liu.id());
    }

}
