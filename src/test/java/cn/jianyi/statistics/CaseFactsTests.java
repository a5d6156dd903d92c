package cn.jianyi.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jianyi.feedback.Feedback;
import cn.jianyi.feedback.FeedbackGiven;
import cn.jianyi.feedback.FeedbackManagement;
import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.suggestion.CaseAction;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.TestWorld;

/**
 * The dashboard's projection follows the events of the acts that change it (ADR 0031), inside the act's transaction,
 * and not the timeline's lines.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseFactsTests {

    @Autowired ApplicationContext context;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcClient jdbc;
    @Autowired SuggestionManagement suggestions;
    @Autowired FeedbackManagement feedback;

    private TestWorld world;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
    }

    @Test
    void feedbackGivenComputesTheCaseRowAgainBeforeTheActCommits() {
        long id = world.replied(1);
        world.rated(id, Satisfaction.BASICALLY_SATISFIED, null);
        assertThat(finalForms(id)).as("through the act").containsExactly(0, 1, 0);
        Feedback form = feedback.of(id).get(0);

        jdbc.sql("delete from case_facts where id = :id").param("id", id).update();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            events.publishEvent(new FeedbackGiven(form.id(), id, form.replyId(), form.round(), form.deputyId(),
                    form.satisfaction(), form.channel(), false, "deputy"));
            assertThat(rows(id)).as("not before the transaction commits").isZero();
        });

        assertThat(finalForms(id)).as("the event alone rebuilt the row").containsExactly(0, 1, 0);
    }

    @Test
    void aTimelineLineWithoutItsEventLeavesTheProjectionAlone() {
        long id = world.replied(2);
        jdbc.sql("delete from case_facts where id = :id").param("id", id).update();

        new TransactionTemplate(transactions).executeWithoutResult(status ->
                suggestions.recordActivity(id, CaseAction.GIVE_FEEDBACK, world.deputy, "第1轮答复：满意"));

        assertThat(rows(id)).as("a timeline entry is the audit's record, not a change of the facts").isZero();
    }

    private long rows(long id) {
        return jdbc.sql("select count(*) from case_facts where id = :id").param("id", id).query(Long.class).single();
    }

    /** The current forms of the latest round: satisfied, basically satisfied, dissatisfied. */
    private List<Integer> finalForms(long id) {
        return jdbc.sql("select final_satisfied, final_basically, final_dissatisfied from case_facts where id = :id")
                .param("id", id)
                .query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3))).single();
    }
}
