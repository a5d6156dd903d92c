package cn.jianyi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jianyi.feedback.FeedbackVerification;
import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.TestWorld;

/** {@code bin/jianyi verify-feedback}: "N verified, M altered", exit code 1 once a row was altered in the database. */
@IntegrationTest
class VerifyFeedbackCommandTests {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired FeedbackVerification verification;

    @Test
    void reportsVerifiedAndAlteredRecords() {
        TestWorld world = TestWorld.create(context);
        long first = world.replied(1);
        world.rated(first, Satisfaction.DISSATISFIED, "未解决");
        long second = world.replied(2);
        world.rated(second, Satisfaction.SATISFIED, null);

        var out = new ByteArrayOutputStream();
        assertThat(run(out)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("2 verified, 0 altered" + System.lineSeparator());

        long row = jdbc.sql("select id from feedbacks where suggestion_id = ?").param(first).query(Long.class).single();
        jdbc.sql("update feedbacks set satisfaction = 'BASICALLY_SATISFIED' where id = ?").param(row).update();
        out.reset();
        assertThat(run(out)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("1 verified, 1 altered" + System.lineSeparator())
                .contains("feedback " + row + " (suggestion " + first + "): signature does not match the stored record");
    }

    private int run(ByteArrayOutputStream out) {
        var command = new CommandLine(null, null, verification, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        return command.execute(List.of("verify-feedback"));
    }
}
