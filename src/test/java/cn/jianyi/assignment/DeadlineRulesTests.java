package cn.jianyi.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 民法典 Art. 201–202: the start day is not counted; a month period ends on the corresponding day or the month's end. */
class DeadlineRulesTests {

    @ParameterizedTest(name = "{0} + 3 months = {1}")
    @CsvSource({"2024-04-11,2024-07-11", "2024-11-30,2025-02-28", "2024-03-05,2024-06-05", "2023-11-30,2024-02-29",
            "2024-08-31,2024-11-30"})
    void threeMonthsFromAssignment(LocalDate assigned, LocalDate due) {
        assertThat(new DeadlineRules(Period.ofMonths(3)).replyDueOn(assigned)).isEqualTo(due);
    }
}
