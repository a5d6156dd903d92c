package cn.jianyi.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The arithmetic of the assessment without a database: rounding of scores and points, ranks with ties (ADR 0024). */
class AssessmentScoringTests {

    private static AssessmentReport.Part part(long count, int points, long of) {
        return new AssessmentReport.Part("X", count, points, new Rate(count, of), Figure.UNIT_TASKS, "1");
    }

    @Test
    @DisplayName("得分与折算分各自四舍五入保留两位小数；分母为0无得分")
    void scoresAndPointsRoundHalfUpToTwoDecimals() {
        var twoThirds = Assessment.component("K", 30, 3, Figure.UNIT_TASKS, "1", List.of(part(2, 100, 3)));
        assertThat(twoThirds.score()).hasToString("66.67");
        assertThat(twoThirds.points()).as("66.67 × 30 / 100 = 20.001").hasToString("20.00");
        var half = Assessment.component("K", 25, 8, Figure.UNIT_TASKS, "1", List.of(part(1, 100, 8), part(3, 15, 8)));
        assertThat(half.score()).as("(100 + 45) / 8 = 18.125").hasToString("18.13");
        assertThat(half.points()).as("18.13 × 25 / 100 = 4.5325").hasToString("4.53");
        var none = Assessment.component("K", 20, 0, Figure.UNIT_TASKS, "1", List.of(part(0, 100, 0)));
        assertThat(none.hasData()).isFalse();
        assertThat(none.score()).isNull();
    }

    private static AssessmentReport.UnitScore unit(String name, String total) {
        return new AssessmentReport.UnitScore(1, name, 1, List.of(), total == null ? null : new BigDecimal(total), null,
                false);
    }

    @Test
    @DisplayName("排名：总分相同名次相同（1、1、3），无数据的排在最后且无名次")
    void equalTotalsShareARankAndUnitsWithoutDataComeLast() {
        List<AssessmentReport.UnitScore> ranked = Assessment.ranked(List.of(unit("区民政局", null),
                unit("区住建局", "80.00"), unit("区卫健委", "91.50"), unit("区教体局", "91.5"), unit("区农业农村局", "79.99")));
        assertThat(ranked).extracting(AssessmentReport.UnitScore::unitName)
                .containsExactly("区卫健委", "区教体局", "区住建局", "区农业农村局", "区民政局");
        assertThat(ranked).extracting(AssessmentReport.UnitScore::rank).containsExactly(1, 1, 3, 4, null);
    }
}
