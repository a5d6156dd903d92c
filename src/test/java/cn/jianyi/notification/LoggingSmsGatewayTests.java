package cn.jianyi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The default SMS gateway sends nothing and logs the message with the number masked. */
@ExtendWith(OutputCaptureExtension.class)
@Isolated   // alone, after the browser lane (it asserts what the whole JVM did not print)
class LoggingSmsGatewayTests {

    @Test
    void logsTheMessageWithTheNumberMasked(CapturedOutput output) {
        new LoggingSmsGateway().send("13812341234", "【建议办理系统】您的建议已答复，请评价。");

        assertThat(output.getAll()).contains("138****1234").contains("您的建议已答复，请评价。")
                .doesNotContain("13812341234");
    }

    @Test
    void masksShortOrMissingNumbersWhole() {
        assertThat(LoggingSmsGateway.mask("13812341234")).isEqualTo("138****1234");
        assertThat(LoggingSmsGateway.mask("1234567")).isEqualTo("****");
        assertThat(LoggingSmsGateway.mask(null)).isEqualTo("****");
    }
}
