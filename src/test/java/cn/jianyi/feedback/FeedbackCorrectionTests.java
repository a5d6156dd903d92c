package cn.jianyi.feedback;

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

import cn.jianyi.handling.ReplyQueries;
import cn.jianyi.handling.ReplyLetters;
import cn.jianyi.support.DatabaseSnapshot;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.TestWorld;
import cn.jianyi.support.WebClient;

/**
 * Submitted feedback is never edited: the deputy's correction is a new record that supersedes the old one, both kept
 * and both verifying; the printed form and the case follow the correction; without a reason nothing changes; once the
 * case no longer waits on the answer, it cannot be corrected.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedbackCorrectionTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired FeedbackRepository feedbacks;
    @Autowired FeedbackManagement feedback;
    @Autowired FeedbackVerification verification;
    @Autowired ReplyQueries replyQueries;
    @Autowired ReplyLetters letters;

    private TestWorld world;
    private long id;
    private WebClient deputy;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        id = world.replied(1);
        world.rated(id, Satisfaction.DISSATISFIED, "没有解决");
        deputy = WebClient.loggedIn(port, "deputy", TestWorld.PASSWORD);
    }

    private List<String> correction(String reason) {
        return List.of("satisfaction", "SATISFIED", "resultRating", "SATISFIED", "attitudeRating", "SATISFIED",
                "comment", "", "givenOn", LocalDate.now().toString(), "correctionReason", reason);
    }

    @Test
    @DisplayName("更正须写明理由；更正后两条记录都保留、都能验签，以新记录为准；办结后不能更正")
    void aCorrectionSupersedesAndKeepsTheOriginal() {
        String path = "/suggestions/" + id + "/feedback/correction";
        assertThat(deputy.get(path).body()).contains("更正评价").contains("没有解决");

        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        HttpResponse<String> noReason = deputy.follow(deputy.post(path, correction("")));
        assertThat(noReason.statusCode()).isEqualTo(200);
        assertThat(noReason.body()).contains("请写明更正的理由。");
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);

        assertThat(deputy.post(path, correction("当时误选，问题已经解决")).statusCode()).isEqualTo(302);

        List<Feedback> records = feedbacks.findBySuggestionIdOrderById(id);
        assertThat(records).hasSize(2);
        Feedback original = records.get(0);
        Feedback corrected = records.get(1);
        assertThat(original.satisfaction()).isEqualTo(Satisfaction.DISSATISFIED);
        assertThat(corrected.satisfaction()).isEqualTo(Satisfaction.SATISFIED);
        assertThat(corrected.version()).isEqualTo(2);
        assertThat(corrected.supersedesId()).isEqualTo(original.id());
        assertThat(corrected.correctionReason()).isEqualTo("当时误选，问题已经解决");
        assertThat(verification.verifyAll()).isEqualTo(new FeedbackVerification.Result(2, List.of()));
        assertThat(feedback.latestRoundFeedback(id).map(Feedback::id)).contains(corrected.id());
        assertThat(letters.of(replyQueries.latestSigned(id).orElseThrow()).form().answer().satisfaction())
                .isEqualTo("SATISFIED");

        String casePage = deputy.get("/suggestions/" + id).body();
        assertThat(casePage).contains("已更正").contains("更正，理由：当时误选，问题已经解决")
                .contains("更正此前的评价，理由：当时误选，问题已经解决");

        assertThat(feedback.isClosable(id)).as("the correction counts: 满意 now").isTrue();
        feedback.close(id, world.clerk);
        assertThat(deputy.get(path).statusCode()).isEqualTo(409);
        assertThat(deputy.post(path, correction("再改一次")).statusCode()).isEqualTo(409);
        assertThat(feedbacks.findBySuggestionIdOrderById(id)).hasSize(2);
    }
}
