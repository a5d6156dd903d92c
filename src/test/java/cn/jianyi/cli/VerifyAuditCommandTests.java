package cn.jianyi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.jianyi.audit.AuditChain;
import cn.jianyi.audit.AuditEntry;
import cn.jianyi.audit.AuditKind;
import cn.jianyi.audit.AuditOutcome;
import cn.jianyi.support.IntegrationTest;

/**
 * {@code bin/jianyi verify-audit}: "N verified, 0 broken" and exit code 0 on an intact chain; after a row was altered,
 * deleted or reordered in the database, the first broken record and exit code 1.
 */
@IntegrationTest
class VerifyAuditCommandTests {

    @Autowired AuditChain chain;
    @Autowired JdbcClient jdbc;

    @Test
    void reportsTheFirstBrokenRecord() {
        long before = jdbc.sql("select count(*) from audit_log").query(Long.class).single();
        for (int i = 0; i < 4; i++) {
            chain.append(AuditEntry.of(AuditKind.EXPORT, AuditOutcome.SUCCESS, "clerk", "王芳", null)
                    .on("ROUTE", "/suggestions/export.xlsx", "建议清单.xlsx"));
        }
        var out = new ByteArrayOutputStream();
        assertThat(run(out)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo((before + 4) + " verified, 0 broken" + System.lineSeparator());

        long second = before + 2;
        jdbc.sql("update audit_log set username = 'admin' where seq = ?").params(second).update();
        out.reset();
        assertThat(run(out)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo((second - 1) + " verified, 1 broken"
                + System.lineSeparator() + "  first broken: record " + second
                + ": content altered (its hash does not match)" + System.lineSeparator());
    }

    private int run(ByteArrayOutputStream out) {
        var command = new CommandLine(null, null, null, null, null, null, chain, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        return command.execute(List.of("verify-audit"));
    }
}
