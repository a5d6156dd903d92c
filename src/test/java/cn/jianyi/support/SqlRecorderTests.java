package cn.jianyi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQL check itself: how texts are compared, and that a statement PostgreSQL never ran fails it by name. */
class SqlRecorderTests {

    @Test
    void textsDifferingOnlyInLayoutListLengthOrPageNumbersAreOneStatement() {
        assertThat(SqlRecorder.normalise("select *\n   from suggestions\twhere id in (?, ?,?)  limit 20 offset 40"))
                .isEqualTo("select * from suggestions where id in (?) limit ? offset ?");
        assertThat(SqlRecorder.normalise("insert into t (a, b) values (?, ?)")).as("a row's values stay")
                .isEqualTo("insert into t (a, b) values (?, ?)");
        assertThat(SqlRecorder.normalise("SELECT a FROM t WHERE b = ? OFFSET 0 ROWS FETCH FIRST 10 ROWS ONLY"))
                .isEqualTo("SELECT a FROM t WHERE b = ? OFFSET ? ROWS FETCH FIRST ? ROWS ONLY");
        assertThat(SqlRecorder.normalise("update t set a = ? where b = 3"))
                .as("other literals stay: they are part of the statement").isEqualTo("update t set a = ? where b = 3");
        assertThat(SqlRecorder.normalise("select r from t where id = 1 for share"))
                .as("H2 has no shared row lock: the lock's strength is the database's")
                .isEqualTo(SqlRecorder.normalise("select r from t where id = 1 for update"));
    }

    @Test
    void aStatementThatNeverRanOnPostgresFailsTheCheckByName(@TempDir Path run) throws IOException {
        Files.write(run.resolve("h2-101.txt"), List.of("select a from t", "update t set a = ?"),
                StandardCharsets.UTF_8);
        Files.write(run.resolve("h2-102.txt"), List.of("select b from u where c in (?)"), StandardCharsets.UTF_8);
        Files.write(run.resolve("h2-102.senders.tsv"), List.of("FooTests\tselect b from u where c in (?)",
                "BarTests\tselect b from u where c in (?)"), StandardCharsets.UTF_8);
        Files.write(run.resolve("postgres-201.txt"), List.of("select a from t"), StandardCharsets.UTF_8);
        Files.write(run.resolve("postgres-202.txt"), List.of("update t set a = ?", "select only on postgres"),
                StandardCharsets.UTF_8);

        SqlCoverage coverage = SqlCoverage.read(run);

        assertThat(coverage.h2()).as("both forks' files merged, the senders' files apart").hasSize(3);
        assertThat(coverage.missingOnPostgres()).containsExactly("select b from u where c in (?)");
        assertThat(coverage.report()).contains("1 SQL statement(s) ran on H2 but never on PostgreSQL")
                .contains("\n  select b from u where c in (?)\n      sent on H2 by: BarTests, FooTests");

        Files.write(run.resolve("postgres-203.txt"), List.of("select b from u where c in (?)"), StandardCharsets.UTF_8);
        assertThat(SqlCoverage.read(run).report()).as("once PostgreSQL ran it too").isEmpty();
    }
}
