package cn.jianyi.suggestion.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The list's page parameter read leniently (ADR 0071): whatever arrives, the nearest page, never an error. */
class ListFilterFormTests {

    @ParameterizedTest(name = "page=[{0}] -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "null | 1", "'' | 1", "' ' | 1", "abc | 1", "1.5 | 1", "0 | 1", "000 | 1", "-1 | 1",
        "-99999999999999999999 | 1", "1 | 1", "' 7 ' | 7", "+3 | 3", "007 | 7", "999999999 | 999999999",
        "1000000000 | 2147483647", "2147483648 | 2147483647", "99999999999999999999999 | 2147483647",
        "١٢ | 1"})
    void aPageNumberIsTheNearestPageToWhatWasAsked(String page, int expected) {
        assertThat(ListFilterForm.parsePage(page)).isEqualTo(expected);
        assertThat(ListFilterForm.parse(null, null, null, null, page, null).page()).isEqualTo(expected);
    }
}
