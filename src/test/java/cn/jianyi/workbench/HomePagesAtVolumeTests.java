package cn.jianyi.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.WebApplicationContext;

import cn.jianyi.assignment.AssignCommand;
import cn.jianyi.assignment.Assignment;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.assignment.RequestExtensionCommand;
import cn.jianyi.assignment.UnitRequests;
import cn.jianyi.feedback.FeedbackManagement;
import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.feedback.SubmitFeedbackCommand;
import cn.jianyi.handling.Commitment;
import cn.jianyi.handling.Commitments;
import cn.jianyi.handling.DraftCommentCommand;
import cn.jianyi.handling.DraftHandoffs;
import cn.jianyi.handling.PromiseCommand;
import cn.jianyi.handling.Reply;
import cn.jianyi.handling.ReplyQueries;
import cn.jianyi.handling.ResolutionCategory;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.identity.DataScope;
import cn.jianyi.rules.FeedbackAnswerers;
import cn.jianyi.rules.RuleSet;
import cn.jianyi.rules.RuleSets;
import cn.jianyi.rules.SaveRuleSetCommand;
import cn.jianyi.suggestion.MeetingView;
import cn.jianyi.suggestion.Meetings;
import cn.jianyi.suggestion.RegisterSuggestionCommand;
import cn.jianyi.suggestion.SubjectArea;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionFilter;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.suggestion.SuggestionQueries;
import cn.jianyi.suggestion.SuggestionSummary;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.MockWebClient;
import cn.jianyi.support.MutableClock;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.SqlRecorder;
import cn.jianyi.support.TestWorld;

/**
 * The home pages at volume (issue 22): each to-do list takes its condition in SQL before its limit, so a case that
 * meets it is listed however many cases of its status come first; and a page sends as many statements with three
 * times the cases as with one.
 */
@OnPostgres
@IntegrationTest(properties = MutableClock.PROPERTIES)
@Import(MutableClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HomePagesAtVolumeTests {

    /**
     * Every office role with cases, the lead unit's handler and head, the co-unit's handler, the lead deputy (程绮南), a co-signer (刘建华) and the
     * lead deputy of the suggestions merged into others (熊小梅).
     */
    private static final List<String> ACCOUNTS = List.of("clerk", "supervisor", "admin", "handler", "head",
            "handler2", "deputy", "deputy2", "deputy3");

    @Autowired WebApplicationContext context;
    @Autowired MutableClock.Control clock;
    @Autowired Meetings meetings;
    @Autowired SuggestionManagement suggestions;
    @Autowired Assignments assignments;
    @Autowired UnitRequests unitRequests;
    @Autowired DraftHandoffs handoffs;
    @Autowired Commitments commitments;
    @Autowired SuggestionQueries queries;
    @Autowired ReplyQueries replyQueries;
    @Autowired FeedbackManagement feedback;
    @Autowired RuleSets ruleSets;
    @Autowired WorkList workList;
    @Autowired DeputyPortal portal;
    @Autowired UserDetailsService logins;

    private TestWorld world;
    private int next = 1;
    /** The statements of each account's home page with one case in every list, and the number of cases then. */
    private Map<String, Integer> atFirst;
    private int casesAtFirst;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        oneCaseInEveryList();
        atFirst = statementsPerHomePage(true);
        casesAtFirst = next - 1;
    }

    @Test
    @Order(1)
    @DisplayName("每个待办列表：与逐件判断的结果一致，按列表顺序")
    void theListsHoldWhatTheRulesSay() {
        listsHoldWhatTheRulesSay();
    }

    @Test
    @Order(2)
    @DisplayName("每位联名代表都须评价时：待办结、待评价仍与逐件判断一致")
    void theListsFollowTheRulesWhenEverySignerAnswers() {
        ruleSets.save(SaveRuleSetCommand.startingFrom(RuleSet.nationalBaseline(world.meeting.congressId()))
                .effectiveFrom(LocalDate.of(2024, 1, 1)).feedbackAnswerers(FeedbackAnswerers.ALL_SIGNERS)
                .note("每位联名代表分别评价").by(world.admin));
        oneCaseInEveryList();
        world.rated(world.replied(next++), Satisfaction.SATISFIED, null);
        long bothAnswered = world.replied(next++);
        world.rated(bothAnswered, Satisfaction.SATISFIED, null);
        feedback.submit(new SubmitFeedbackCommand(bothAnswered, world.liu.id(), Satisfaction.SATISFIED,
                Satisfaction.SATISFIED, Satisfaction.SATISFIED, null, LocalDate.of(2024, 6, 28), world.deputy2));

        listsHoldWhatTheRulesSay();
        assertThat(section("clerk", "home.clerk.toClose")).containsExactly(bothAnswered);
        assertThat(portal.of(user("deputy2")).toRate()).isNotEmpty();
    }

    @Test
    @Order(3)
    @DisplayName("排在同一状态前100件之后、符合条件的案件也列入待办")
    void aCaseBeyondTheFirstHundredOfItsStatusIsListed() {
        LocalDate today = today();
        // a later meeting's 100 cases come first in every list, all 已交办 today to 区卫健委, none overdue
        MeetingView later = meetings.meetingOf(world.meeting.congressId(), 2, 5, LocalDate.of(2024, 6, 1));
        for (int number = 1; number <= 100; number++) {
            long id = suggestions.register(new RegisterSuggestionCommand(later.id(), number, "关于第" + number
                    + "项民生实事的建议", "建议内容", world.cheng.id(), List.of(), SubjectArea.SOCIAL_DEVELOPMENT,
                    TestWorld.RECEIVED, world.clerk));
            assignments.assign(AssignCommand.leadOnly(id, world.health.id(), today, world.clerk));
        }
        long submitted = world.assigned(next++);
        handoffs.submitForSigning(world.drafted(submitted).id(), world.health.id(), world.handler);
        long extending = assignedToday(today);
        unitRequests.requestExtension(new RequestExtensionCommand(extending, world.health.id(),
                assignments.taskOf(extending, world.health.id()).orElseThrow().dueOn().plusDays(20), "需要调研",
                world.head));
        long overdue = world.assigned(next++);
        long toRate = world.replied(next++);

        assertThat(section("handler", "home.handler.submitted")).contains(submitted);
        assertThat(section("head", "home.head.toSign")).contains(submitted);
        assertThat(section("clerk", "home.clerk.requests")).contains(extending);
        assertThat(section("supervisor", "home.supervisor.overdue")).contains(overdue);
        assertThat(portal.of(user("deputy")).toRate()).extracting(card -> card.summary().id()).contains(toRate);
    }

    /** Last (method order): by now every list holds more cases than at first, and there are ten times the cases. */
    @Test
    @Order(4)
    @DisplayName("每个角色的工作台：案件增多，SQL语句数不变")
    void aHomePageSendsAsManyStatementsWhateverTheNumberOfCases() {
        int cases = next - 1 + 100;
        Map<String, Integer> now = statementsPerHomePage(false);

        System.out.println("statements per home page: " + atFirst + " with " + casesAtFirst + " cases, " + now
                + " with " + cases);
        assertThat(now).isEqualTo(atFirst);
    }

    /**
     * A case for each list of each role: 待交办; a 重点督办 case 交办 today to 区卫健委 (lead) and 区教体局 (co-unit), not
     * yet 签收, with an extension request; 已拟稿; 送签; 退回修改; 待办结; 待决定重新办理; 重新办理中; a case another
     * suggestion was merged into, answered by its lead deputy only; a B-class reply not yet rated, with a commitment
     * due in ten days. Then twenty days pass, so that the commitment is due for the office too.
     */
    private void oneCaseInEveryList() {
        LocalDate today = today();
        world.registered(next++);
        long key = assignedToday(today);
        suggestions.designateKey(key, "张三", "教科文卫工委", world.clerk);
        unitRequests.requestExtension(new RequestExtensionCommand(key, world.health.id(),
                assignments.taskOf(key, world.health.id()).orElseThrow().dueOn().plusDays(20), "需要调研", world.head));
        world.drafted(world.assigned(next++));
        handoffs.submitForSigning(world.drafted(world.assigned(next++)).id(), world.health.id(), world.handler);
        Reply returned = handoffs.submitForSigning(world.drafted(world.assigned(next++)).id(), world.health.id(),
                world.handler);
        handoffs.comment(new DraftCommentCommand(returned.id(), world.health.id(), "请补充办理措施", true, world.head));
        world.rated(world.replied(next++), Satisfaction.SATISFIED, null);
        world.rated(world.replied(next++), Satisfaction.DISSATISFIED, "问题没有解决");
        long rehandled = world.replied(next++);
        world.rated(rehandled, Satisfaction.DISSATISFIED, "问题没有解决");
        world.sentBack(rehandled);
        long joined = world.assigned(next++);        // 并案: 熊小梅's suggestion handled with it
        long merged = suggestions.register(new RegisterSuggestionCommand(world.meeting.id(), next++, "关于增设托育点的建议",
                "建议内容", world.xiong.id(), List.of(), SubjectArea.SOCIAL_DEVELOPMENT, TestWorld.RECEIVED, world.clerk));
        suggestions.merge(merged, suggestions.get(joined).number(), world.clerk);
        world.signed(world.drafted(joined), LocalDate.of(2024, 6, 20));
        world.rated(joined, Satisfaction.SATISFIED, null);
        long promised = world.assigned(next++);
        Reply draft = world.drafted(promised, ResolutionCategory.B);
        commitments.promise(new PromiseCommand(draft.id(), world.health.id(), "年内完成改造", today.plusDays(10),
                world.handler));
        world.signed(draft, LocalDate.of(2024, 6, 20));
        clock.advance(Duration.ofDays(20));
    }

    private long assignedToday(LocalDate today) {
        long id = world.registered(next++);
        assignments.assign(new AssignCommand(id, world.health.id(), List.of(world.education.id()), today,
                world.clerk));
        return id;
    }

    /**
     * Every list of every account holds exactly the cases the per-case rules it stands for select (the questions the
     * modules answer one case at a time), in list order; and every list has a case for some account.
     */
    private void listsHoldWhatTheRulesSay() {
        var shown = new java.util.HashSet<String>();
        var filled = new java.util.HashSet<String>();
        for (String username : ACCOUNTS) {
            CurrentUser me = user(username);
            if (me.deputyId() != null) {
                assertThat(portal.of(me).toRate()).extracting(card -> card.summary().id()).as(username)
                        .containsExactlyInAnyOrderElementsOf(cases(SuggestionFilter.none(), me.dataScope(),
                                s -> feedback.awaitsAnswerFrom(s.id(), me.deputyId())));
                continue;
            }
            for (WorkList.Section section : workList.homeOf(me).sections()) {
                List<Long> listed = section.items().stream().map(SuggestionSummary::id).toList();
                assertThat(listed).as(username + ": " + section.titleKey())
                        .containsExactlyElementsOf(byTheRules(me, section.titleKey()));
                shown.add(section.titleKey());
                if (!listed.isEmpty()) {
                    filled.add(section.titleKey());
                }
            }
        }
        assertThat(filled).as("lists with a case").isEqualTo(shown);
    }

    /** What the list holds by the rules, asked of each case of its statuses (all of them: fewer than 100 here). */
    private List<Long> byTheRules(CurrentUser me, String titleKey) {
        DataScope scope = me.dataScope();
        long unit = me.unitId() == null ? -1 : me.unitId();
        LocalDate today = today();
        Predicate<SuggestionSummary> leading = s -> suggestions.get(s.id()).isAnsweringUnit(unit)
                && !hasTask(s, unit, Assignment.Status.REPLIED);
        Predicate<SuggestionSummary> coHandling = s -> !suggestions.get(s.id()).isAnsweringUnit(unit);
        return switch (titleKey) {
            case "home.key", "home.admin.key" -> cases(SuggestionFilter.keyItems(), scope,
                    s -> s.status() != Suggestion.Status.CONCLUDED);
            case "home.clerk.toAssign" -> cases(status(Suggestion.Status.REGISTERED), scope, s -> true);
            case "home.clerk.toClose" -> cases(status(Suggestion.Status.REPLIED), scope,
                    s -> feedback.isClosable(s.id()));
            case "home.clerk.requests" -> {
                var pending = new java.util.HashSet<Long>();
                unitRequests.pendingReturnRequests().forEach(r -> pending.add(r.suggestionId()));
                unitRequests.pendingExtensionRequests().forEach(r -> pending.add(r.suggestionId()));
                yield inHandling(scope, s -> pending.contains(s.id()));
            }
            case "home.clerk.rehandlingDecision" -> cases(status(Suggestion.Status.REPLIED), scope,
                    s -> feedback.awaitsRehandlingDecision(s.id()));
            case "home.clerk.rehandling" -> cases(status(Suggestion.Status.REHANDLING), scope, s -> true);
            case "home.clerk.commitmentsDue" -> commitmentsDue(scope, c -> c.isDueBy(today));
            case "home.unit.commitmentsDue" -> commitmentsDue(scope,
                    c -> c.unitId() == unit && c.isDueBy(today.plusDays(30)));
            case "home.unit.toAcknowledge" -> inHandling(scope, s -> hasTask(s, unit, Assignment.Status.PENDING));
            case "home.handler.toDraft" -> inHandling(scope,
                    leading.and(s -> replyQueries.draftOf(s.id(), unit).isEmpty()));
            case "home.handler.returned" -> inHandling(scope, leading.and(s -> replyQueries.draftOf(s.id(), unit)
                    .filter(replyQueries::returnedForRevision).isPresent()));
            case "home.handler.drafts" -> inHandling(scope, leading.and(s -> replyQueries.draftOf(s.id(), unit)
                    .filter(r -> !r.isSubmitted() && !replyQueries.returnedForRevision(r)).isPresent()));
            case "home.handler.submitted", "home.head.toSign" -> inHandling(scope,
                    (titleKey.equals("home.head.toSign") ? (Predicate<SuggestionSummary>) s -> true : leading)
                            .and(s -> replyQueries.draftOf(s.id(), unit).filter(Reply::isSubmitted).isPresent()));
            case "home.handler.toOpine" -> inHandling(scope, coHandling.and(
                    s -> hasTask(s, unit, Assignment.Status.PENDING, Assignment.Status.IN_HANDLING)));
            case "home.handler.coHandling" -> inHandling(scope, coHandling);
            case "home.head.inHandling", "home.supervisor.inHandling" -> inHandling(scope, s -> true);
            case "home.supervisor.overdue" -> inHandling(scope, s -> s.dueOn() != null && s.dueOn().isBefore(today));
            default -> throw new AssertionError("no rule for " + titleKey);
        };
    }

    private boolean hasTask(SuggestionSummary summary, long unitId, Assignment.Status... statuses) {
        return assignments.taskOf(summary.id(), unitId).map(t -> List.of(statuses).contains(t.status()))
                .orElse(false);
    }

    private List<Long> commitmentsDue(DataScope scope, Predicate<Commitment> due) {
        var cases = commitments.openCommitments().stream().filter(due).map(Commitment::suggestionId)
                .collect(java.util.stream.Collectors.toSet());
        return cases(SuggestionFilter.none(), scope, s -> cases.contains(s.id()));
    }

    private List<Long> inHandling(DataScope scope, Predicate<SuggestionSummary> rule) {
        var result = new java.util.ArrayList<>(cases(status(Suggestion.Status.ASSIGNED), scope, rule));
        result.addAll(cases(status(Suggestion.Status.REHANDLING), scope, rule));
        return result;
    }

    private List<Long> cases(SuggestionFilter filter, DataScope scope, Predicate<SuggestionSummary> rule) {
        var page = queries.search(filter, scope, 1, 100);
        assertThat(page.total()).as("every case of the filter read").isLessThanOrEqualTo(100);
        return page.items().stream().filter(rule).map(SuggestionSummary::id).toList();
    }

    private static SuggestionFilter status(Suggestion.Status status) {
        return new SuggestionFilter(null, status, null, null);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.now(), MutableClock.ZONE);
    }

    /**
     * Each account's home page, asked once before counting the first time (what the first request loads once is not
     * the page's).
     */
    private Map<String, Integer> statementsPerHomePage(boolean first) {
        var statements = new LinkedHashMap<String, Integer>();
        for (String username : ACCOUNTS) {
            MockWebClient client = MockWebClient.loggedIn(context, username);
            if (first) {
                assertThat(client.get("/").statusCode()).isEqualTo(200);
            }
            statements.put(username, SqlRecorder.statementsOf(
                    () -> assertThat(client.get("/").statusCode()).as(username).isEqualTo(200)));
        }
        return statements;
    }

    private List<Long> section(String username, String titleKey) {
        return workList.homeOf(user(username)).sections().stream().filter(s -> s.titleKey().equals(titleKey))
                .findFirst().orElseThrow(() -> new AssertionError(username + " has no list " + titleKey)).items()
                .stream().map(SuggestionSummary::id).toList();
    }

    private CurrentUser user(String username) {
        return (CurrentUser) logins.loadUserByUsername(username);
    }
}
