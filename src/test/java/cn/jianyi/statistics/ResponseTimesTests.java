package cn.jianyi.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The arithmetic of the response times without a database: buckets and the median (docs/process.md, Statistics). */
class ResponseTimesTests {

    /** A distribution of working days → how many replies took that long. */
    private static TreeMap<Integer, Long> days(Map<Integer, Long> counts) {
        return new TreeMap<>(counts);
    }

    @Test
    @DisplayName("答复用时分段：20个工作日以内、21—40、41—60、60以上，上限计入本段")
    void bucketLimitsBelongToTheirBucket() {
        assertThat(ResponseTimes.BUCKET_LIMITS).containsExactly(20, 40, 60);
        assertThat(ResponseTimes.bucketOf(0)).isZero();
        assertThat(ResponseTimes.bucketOf(20)).isZero();
        assertThat(ResponseTimes.bucketOf(21)).isEqualTo(1);
        assertThat(ResponseTimes.bucketOf(40)).isEqualTo(1);
        assertThat(ResponseTimes.bucketOf(41)).isEqualTo(2);
        assertThat(ResponseTimes.bucketOf(60)).isEqualTo(2);
        assertThat(ResponseTimes.bucketOf(61)).isEqualTo(3);
        assertThat(ResponseTimes.bucketOf(400)).isEqualTo(3);
    }

    @Test
    @DisplayName("各段件数：每个用时按其次数计入所在分段，空段为0")
    void bucketsCountEveryReplyOnce() {
        assertThat(ResponseTimes.buckets(days(Map.of(3, 2L, 20, 1L, 21, 4L, 75, 1L))))
                .containsExactly(3L, 4L, 0L, 1L);
        assertThat(ResponseTimes.buckets(days(Map.of()))).containsExactly(0L, 0L, 0L, 0L);
    }

    @Test
    @DisplayName("中位数：奇数取中间值，偶数取中间两值的平均，保留一位小数；无答复为空")
    void medianOfADistribution() {
        assertThat(ResponseTimes.median(days(Map.of()))).isNull();
        assertThat(ResponseTimes.median(days(Map.of(52, 1L)))).hasToString("52.0");
        assertThat(ResponseTimes.median(days(Map.of(10, 2L, 30, 1L)))).as("10, 10, 30").hasToString("10.0");
        assertThat(ResponseTimes.median(days(Map.of(10, 1L, 31, 1L)))).as("(10 + 31) / 2").hasToString("20.5");
        assertThat(ResponseTimes.median(days(Map.of(5, 1L, 8, 2L, 40, 1L)))).as("5, 8, 8, 40").hasToString("8.0");
        assertThat(ResponseTimes.median(days(Map.of(1, 3L, 9, 3L)))).as("1, 1, 1, 9, 9, 9").hasToString("5.0");
        assertThat(ResponseTimes.median(days(Map.of(2, 1L, 3, 1L, 100, 1L, 101, 1L)))).as("(3 + 100) / 2")
                .hasToString("51.5");
    }

    @Test
    @DisplayName("中位数与逐一排序后计算的结果相同")
    void medianAgreesWithTheSortedValues() {
        List<Integer> sorted = List.of(4, 4, 7, 19, 19, 19, 22, 58, 61, 61);
        var distribution = new TreeMap<Integer, Long>();
        sorted.forEach(d -> distribution.merge(d, 1L, Long::sum));
        assertThat(ResponseTimes.median(distribution)).as("(19 + 19) / 2").hasToString("19.0");
        distribution.merge(61, 1L, Long::sum);
        assertThat(ResponseTimes.median(distribution)).as("the 6th of 11").hasToString("19.0");
        distribution.merge(61, 2L, Long::sum);
        assertThat(ResponseTimes.median(distribution)).as("the 7th of 13").hasToString("22.0");
    }
}
