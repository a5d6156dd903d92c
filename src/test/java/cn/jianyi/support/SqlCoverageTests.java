package cn.jianyi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The build's SQL contract: every statement the application sent to H2 in this run was also sent to PostgreSQL.
 * Runs alone after both test runs (surefire execution {@code sql-coverage} in the {@code verify} phase), on the
 * statements {@link SqlRecorder} wrote; fails naming each statement PostgreSQL never ran (ADR 0030).
 */
@Tag("sql-coverage")
class SqlCoverageTests {

    @Test
    void everyStatementThatRanOnH2RanOnPostgres() {
        Path folder = SqlRecorder.directory().orElseThrow(() -> new AssertionError(
                "no " + SqlRecorder.DIRECTORY_PROPERTY + ": run through Maven (./mvnw verify)"));
        SqlCoverage coverage = SqlCoverage.read(folder);
        coverage.write(folder);
        assertThat(coverage.h2()).as("statements recorded on H2 in " + folder).isNotEmpty();
        assertThat(coverage.postgres()).as("statements recorded on PostgreSQL in " + folder).isNotEmpty();
        assertThat(coverage.report()).as("the SQL that PostgreSQL never ran").isEmpty();
    }
}
