package cn.jianyi.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentNumberTests {

    @Test
    void formatsWithHexagonalBracketsNoLeadingZeroNoDi() {
        assertThat(new DocumentNumber("新卫提字", 2024, 1)).hasToString("新卫提字〔2024〕1号");
        assertThat(new DocumentNumber("新教提字", 2026, 120)).hasToString("新教提字〔2026〕120号");
    }

    @Test
    void parsesWhatItPrints() {
        assertThat(DocumentNumber.parse("新卫提字〔2024〕1号")).isEqualTo(new DocumentNumber("新卫提字", 2024, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"新卫提字〔2024〕01号", "新卫提字〔2024〕第1号", "新卫提字[2024]1号", "新卫提字（2024）1号",
            "新卫提字【2024】1号", "〔2024〕1号", "新卫提字〔24〕1号", "新卫提字〔2024〕0号"})
    void refusesWhatGbT9704Forbids(String text) {
        assertThatThrownBy(() -> DocumentNumber.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesImpossibleParts() {
        assertThatThrownBy(() -> new DocumentNumber("新卫提字", 2024, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DocumentNumber(" ", 2024, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
