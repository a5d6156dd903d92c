package cn.jianyi.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;

import cn.jianyi.assignment.Assignment;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.assignment.RehandlingTerms;
import cn.jianyi.calendar.WindowUnit;
import cn.jianyi.rules.RuleSet;
import cn.jianyi.rules.RuleSets;
import cn.jianyi.rules.SaveRuleSetCommand;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.suggestion.Suggestion;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.MockWebClient;
import cn.jianyi.support.TestWorld;

/**
 * 重新办理 as the office decides it: the new reply deadline set within the rule set's bounds (the rule's date
 * offered), refused beside the field outside them with nothing changed.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RehandlingDecisionTests {

    @Autowired WebApplicationContext context;
    @Autowired FeedbackManagement feedback;
    @Autowired Assignments assignments;
    @Autowired SuggestionManagement suggestions;
    @Autowired RuleSets ruleSets;
    @Autowired JdbcClient jdbc;
    @Autowired cn.jianyi.handling.CoUnitOpinions coUnitOpinions;
    @Autowired cn.jianyi.identity.IdentityManagement identity;

    private TestWorld world;
    private cn.jianyi.identity.HandlingUnit civilAffairs;
    private int next = 1;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        // this congress lets the office set the re-handling deadline between 15 days and 2 months (1 month by rule)
        ruleSets.save(SaveRuleSetCommand.startingFrom(RuleSet.nationalBaseline(world.meeting.congressId()))
                .effectiveFrom(LocalDate.of(2024, 1, 1))
                .rehandlingBounds(15, WindowUnit.DAYS, 2, WindowUnit.MONTHS).note("重新办理期限可调").by(world.admin));
        civilAffairs = identity.addUnit("南昌市新建区民政局", "区民政局", "新民提字", "83761100", "330100", null);
    }

    /** Assigned with 区教体局 as co-unit, whose opinion came in; replied and rated 不满意. */
    private long dissatisfiedAfterAnOpinion() {
        long id = world.assigned(next++);
        world.opinionGiven(id);
        world.signed(world.drafted(id), LocalDate.of(2024, 6, 20));
        world.rated(id, Satisfaction.DISSATISFIED, "问题没有解决");
        return id;
    }

    /** A case replied and rated 不满意, waiting for the office's decision. */
    private long dissatisfied() {
        long id = world.replied(next++);
        world.rated(id, Satisfaction.DISSATISFIED, "问题没有解决");
        return id;
    }

    private Assignment leadTask(long id) {
        return assignments.taskOf(id, world.health.id()).orElseThrow();
    }

    @Test
    @DisplayName("重新办理期限：默认按规则；可在规则范围内另定；超出范围被拒绝，案卷不变")
    void theOfficeSetsTheDeadlineWithinTheRules() {
        long id = dissatisfied();
        RehandlingTerms terms = assignments.rehandlingTerms(id, LocalDate.now());
        assertThat(terms.leavesAChoice()).isTrue();
        assertThat(terms.earliest()).isBefore(terms.byRule().due());
        assertThat(terms.latest()).isAfter(terms.byRule().due());

        for (LocalDate outside : List.of(terms.earliest().minusDays(1), terms.latest().plusDays(1))) {
            assertThatThrownBy(() -> feedback.sendBackForRehandling(RehandlingCommand.dueOn(id, "请再研究", outside,
                    world.clerk))).isInstanceOfSatisfying(RuleViolation.class, v -> {
                        assertThat(v.field()).isEqualTo("dueOn");
                        assertThat(v.reasonKey()).isEqualTo("assignment.rehandling.dueOutsideBounds");
                    });
        }
        assertThat(suggestions.get(id).status()).as("nothing changed").isEqualTo(Suggestion.Status.REPLIED);
        assertThat(leadTask(id).status()).isEqualTo(Assignment.Status.REPLIED);

        LocalDate due = feedback.sendBackForRehandling(RehandlingCommand.dueOn(id, "请再研究", terms.latest(), world.clerk));
        assertThat(due).isEqualTo(terms.latest());
        assertThat(leadTask(id).dueOn()).isEqualTo(terms.latest());
        assertThat(leadTask(id).status()).isEqualTo(Assignment.Status.REHANDLING);
        assertThat(suggestions.get(id).status()).isEqualTo(Suggestion.Status.REHANDLING);

        long byRule = dissatisfied();
        assertThat(feedback.sendBackForRehandling(byRule, "请再研究", world.clerk))
                .isEqualTo(assignments.rehandlingTerms(byRule, LocalDate.now()).byRule().due());
    }

    @Test
    @DisplayName("重新办理页面：期限预填规则日期并说明可选范围；超出范围就地提示，保留所填，不保存")
    void theFormOffersTheRulesDateAndRefusesOneOutsideTheBounds() {
        long id = dissatisfied();
        RehandlingTerms terms = assignments.rehandlingTerms(id, LocalDate.now());
        MockWebClient clerk = MockWebClient.loggedIn(context, "clerk");
        String path = "/suggestions/" + id + "/rehandling";

        String page = clerk.get(path).body();
        assertThat(page).contains("重新办理答复期限").contains("value=\"" + terms.byRule().due() + "\"")
                .contains("min=\"" + terms.earliest() + "\"").contains("max=\"" + terms.latest() + "\"")
                .contains("可定在" + terms.earliest() + "至" + terms.latest() + "之间");

        HttpResponse<String> refused = clerk.follow(clerk.post(path, List.of("reason", "请与代表面商后再次答复",
                "dueOn", terms.latest().plusDays(3).toString())));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("重新办理答复期限应在" + terms.earliest() + "至" + terms.latest() + "之间。")
                .contains("请与代表面商后再次答复");
        assertThat(suggestions.get(id).status()).isEqualTo(Suggestion.Status.REPLIED);

        LocalDate chosen = terms.earliest().plusDays(1);
        HttpResponse<String> accepted = clerk.post(path, List.of("reason", "请与代表面商后再次答复",
                "dueOn", chosen.toString()));
        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(leadTask(id).dueOn()).as("the chosen date, moved off a rest day if it is one")
                .isBetween(chosen, terms.latest());
        assertThat(suggestions.get(id).status()).isEqualTo(Suggestion.Status.REHANDLING);
    }

    @Test
    @DisplayName("重新办理可再次征求协办意见：原协办单位的任务重新打开，新增的协办单位得到任务和案卷，各有协办意见期限并收到通知；主办单位须待其意见")
    void reHandlingBringsCoUnitsBackIn() {
        long id = dissatisfiedAfterAnOpinion();
        RehandlingTerms terms = assignments.rehandlingTerms(id, LocalDate.now());
        LocalDate opinionDue = terms.opinionByDefault();
        assertThat(opinionDue).isAfter(LocalDate.now()).isBeforeOrEqualTo(terms.byRule().due());

        LocalDate due = feedback.sendBackForRehandling(RehandlingCommand.byTheRule(id, "请会同教体局、民政局研究", world.clerk)
                .withCoUnits(List.of(world.education.id(), civilAffairs.id()), opinionDue));

        Assignment education = assignments.taskOf(id, world.education.id()).orElseThrow();
        assertThat(education.status()).as("its opinion is asked for again").isEqualTo(Assignment.Status.IN_HANDLING);
        assertThat(education.opinionDueOn()).isEqualTo(opinionDue);
        assertThat(education.dueOn()).isEqualTo(due);
        Assignment added = assignments.taskOf(id, civilAffairs.id()).orElseThrow();
        assertThat(added.isCoUnit()).isTrue();
        assertThat(added.status()).isEqualTo(Assignment.Status.PENDING);
        assertThat(added.opinionDueOn()).isEqualTo(opinionDue);
        assertThat(suggestions.get(id).isHandledBy(civilAffairs.id())).as("the case opens to the new co-unit").isTrue();
        assertThat(jdbc.sql("select remark from timeline_entries where suggestion_id = :id and action = 'REOPEN_FOR_REHANDLING'")
                .param("id", id).query(String.class).single())
                .contains("再次征求协办单位区教体局、区民政局的意见，协办意见期限至" + opinionDue);
        assertThat(jdbc.sql("select n.title from notices n join users u on u.id = n.recipient_id"
                        + " where n.suggestion_id = :id and u.username = 'handler2'")
                .param("id", id).query(String.class).list()).anyMatch(t -> t.startsWith("重新办理，请再次提出协办意见"));

        var draft = world.drafted(id);
        assertThatThrownBy(() -> world.signed(draft, LocalDate.now())).as("the lead waits for both opinions")
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.reasonKey()).isEqualTo("handling.sign.awaitingOpinions");
                    assertThat(v.args()[0].toString()).contains("区教体局").contains("区民政局");
                });
        world.opinionGiven(id);                                           // 区教体局, its second opinion
        assertThat(coUnitOpinions.opinionsOf(id)).filteredOn(o -> o.unitId().equals(world.education.id()))
                .extracting(o -> o.round()).containsExactly(1, 2);
        assertThatThrownBy(() -> world.signed(draft, LocalDate.now())).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.args()[0].toString()).contains("区民政局").doesNotContain("区教体局"));
    }

    @Test
    @DisplayName("再次征求协办意见的错误：其他人大的单位、主办单位、协办意见期限缺失或晚于答复期限：就地拒绝，案卷不变")
    void coUnitsOutOfScopeOrDatesOutOfOrderAreRefused() {
        long id = dissatisfiedAfterAnOpinion();
        RehandlingTerms terms = assignments.rehandlingTerms(id, LocalDate.now());
        RehandlingCommand decision = RehandlingCommand.byTheRule(id, "请再研究", world.clerk);
        long otherCongressUnit = world.secondCongress().unit.id();

        refused(decision.withCoUnits(List.of(otherCongressUnit), terms.opinionByDefault()), "coUnitIds",
                "assignment.unit.unknown");
        refused(decision.withCoUnits(List.of(world.health.id()), terms.opinionByDefault()), "coUnitIds",
                "assignment.rehandling.notRecallable");
        refused(decision.withCoUnits(List.of(world.education.id(), world.education.id()), terms.opinionByDefault()),
                "coUnitIds", "assignment.coUnit.duplicate");
        refused(decision.withCoUnits(List.of(world.education.id()), null), "opinionDueOn",
                "assignment.rehandling.opinionDueRequired");
        refused(decision.withCoUnits(List.of(world.education.id()), terms.byRule().due().plusDays(1)), "opinionDueOn",
                "assignment.rehandling.opinionDueOutside");
        refused(decision.withCoUnits(List.of(civilAffairs.id()), LocalDate.now()), "opinionDueOn",
                "assignment.rehandling.opinionDueOutside");

        assertThat(suggestions.get(id).status()).isEqualTo(Suggestion.Status.REPLIED);
        assertThat(assignments.taskOf(id, world.education.id()).orElseThrow().status())
                .isEqualTo(Assignment.Status.OPINION_GIVEN);
        assertThat(assignments.taskOf(id, civilAffairs.id())).isEmpty();
        assertThat(leadTask(id).status()).isEqualTo(Assignment.Status.REPLIED);
    }

    @Test
    @DisplayName("重新办理页面列出可再次征求意见的单位（标明本件协办单位）；提交后协办单位再办")
    void theFormOffersTheUnitsAndBringsThemIn() {
        long id = dissatisfiedAfterAnOpinion();
        RehandlingTerms terms = assignments.rehandlingTerms(id, LocalDate.now());
        MockWebClient clerk = MockWebClient.loggedIn(context, "clerk");
        String path = "/suggestions/" + id + "/rehandling";
        String page = clerk.get(path).body();
        assertThat(page).contains("再次征求意见的协办单位").contains("区教体局").contains("（本件协办单位）")
                .contains("value=\"" + terms.opinionByDefault() + "\"")
                .doesNotContain("value=\"" + world.health.id() + "\" name=\"coUnitIds\"");

        HttpResponse<String> refused = clerk.follow(clerk.post(path, List.of("reason", "请会同教体局研究", "dueOn",
                terms.byRule().due().toString(), "coUnitIds", String.valueOf(world.education.id()), "opinionDueOn",
                terms.byRule().due().plusDays(5).toString())));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("协办意见期限应在").contains("请会同教体局研究");

        HttpResponse<String> accepted = clerk.post(path, List.of("reason", "请会同教体局研究", "dueOn",
                terms.byRule().due().toString(), "coUnitIds", String.valueOf(world.education.id()), "opinionDueOn",
                terms.opinionByDefault().toString()));
        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(assignments.taskOf(id, world.education.id()).orElseThrow().status())
                .isEqualTo(Assignment.Status.IN_HANDLING);
        String coUnitHome = MockWebClient.loggedIn(context, "handler2").get("/").body();
        assertThat(coUnitHome).as("the co-unit's list: its opinion is due again")
                .contains("href=\"/suggestions/" + id + "\"").contains(terms.opinionByDefault().toString());
    }

    private void refused(RehandlingCommand command, String field, String reasonKey) {
        assertThatThrownBy(() -> feedback.sendBackForRehandling(command)).isInstanceOfSatisfying(RuleViolation.class,
                v -> {
                    assertThat(v.field()).isEqualTo(field);
                    assertThat(v.reasonKey()).isEqualTo(reasonKey);
                });
    }
}
