package cn.jianyi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ByteSizesTests {

    @ParameterizedTest
    @CsvSource({"0,0 字节", "512,512 字节", "1023,1023 字节", "1024,1.0 KB", "12800,12.5 KB", "20971520,20 MB",
            "54945382,52.4 MB"})
    void describesByteCountsForPeople(long bytes, String expected) {
        assertThat(ByteSizes.describe(bytes)).isEqualTo(expected);
    }
}
