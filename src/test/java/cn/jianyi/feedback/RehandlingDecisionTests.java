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

    private TestWorld world;
    private int next = 1;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        // this congress lets the office set the re-handling deadline between 15 days and 2 months (1 month by rule)
        ruleSets.save(SaveRuleSetCommand.startingFrom(RuleSet.nationalBaseline(world.meeting.congressId()))
                .effectiveFrom(LocalDate.of(2024, 1, 1))
                .rehandlingBounds(15, WindowUnit.DAYS, 2, WindowUnit.MONTHS).note("重新办理期限可调").by(world.admin));
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
            assertThatThrownBy(() -> feedback.sendBackForRehandling(new RehandlingCommand(id, "请再研究", outside,
                    world.clerk))).isInstanceOfSatisfying(RuleViolation.class, v -> {
                        assertThat(v.field()).isEqualTo("dueOn");
                        assertThat(v.reasonKey()).isEqualTo("assignment.rehandling.dueOutsideBounds");
                    });
        }
        assertThat(suggestions.get(id).status()).as("nothing changed").isEqualTo(Suggestion.Status.REPLIED);
        assertThat(leadTask(id).status()).isEqualTo(Assignment.Status.REPLIED);

        LocalDate due = feedback.sendBackForRehandling(new RehandlingCommand(id, "请再研究", terms.latest(), world.clerk));
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

        HttpResponse<String> refused = clerk.post(path, List.of("reason", "请与代表面商后再次答复",
                "dueOn", terms.latest().plusDays(3).toString()));
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
}
