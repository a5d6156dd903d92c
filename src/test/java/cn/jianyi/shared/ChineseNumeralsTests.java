package cn.jianyi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTests {

    @ParameterizedTest
    @CsvSource({"1,一", "2,二", "4,四", "10,十", "12,十二", "17,十七", "20,二十", "21,二十一", "99,九十九"})
    void writesMeetingNumbers(int n, String expected) {
        assertThat(ChineseNumerals.of(n)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0", "100", "-1"})
    void refusesOutOfRange(int n) {
        assertThatThrownBy(() -> ChineseNumerals.of(n)).isInstanceOf(IllegalArgumentException.class);
    }
}
