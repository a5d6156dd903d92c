package cn.jianyi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import cn.jianyi.calendar.WorkingDays;
import cn.jianyi.support.IntegrationTest;

/** {@code bin/jianyi deadline FROM AMOUNT UNIT} prints the ISO date, or a usage line and exit code 2. */
@IntegrationTest
class CommandLineTests {

    @Autowired WorkingDays workingDays;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        var command = new CommandLine(workingDays, null, null, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return command.execute(List.of(args));
    }

    @ParameterizedTest
    @CsvSource({"2024-03-05, 3, months, 2024-06-05", "2025-09-26, 7, workdays, 2025-10-13",
            "2025-07-01, 3, months, 2025-10-09", "2026-04-01, 3, days, 2026-04-07"})
    void printsTheDeadline(String from, String amount, String unit, String expected) {
        assertThat(run("deadline", from, amount, unit)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected + System.lineSeparator());
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void refusesBadUsageWithExitCode2() {
        assertThat(run("deadline", "2024-13-01", "3", "months")).isEqualTo(2);
        assertThat(run("deadline", "2024-03-05", "3", "weeks")).isEqualTo(2);
        assertThat(run("deadline", "2024-03-05", "0", "days")).isEqualTo(2);
        assertThat(run("deadline", "2024-03-05", "x", "days")).isEqualTo(2);
        assertThat(run("deadline", "2024-03-05")).isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: bin/jianyi deadline FROM AMOUNT UNIT")
                .contains("unit must be days, workdays or months: weeks");
    }
}
