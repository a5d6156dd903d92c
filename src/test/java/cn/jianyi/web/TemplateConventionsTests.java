package cn.jianyi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Pages write a form field as one line over {@code fragments/form.html} (text, area, date, select, field, group),
 * so the label, the control and the refusal beside it are written once; only fragments under {@code fragments/}
 * write the block by hand. No page has an inline event handler, which the Content-Security-Policy would block.
 */
class TemplateConventionsTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path FRAGMENTS = TEMPLATES.resolve("fragments");

    @Test
    @DisplayName("表单字段的标签、输入框和错误提示只在 fragments/ 中手写")
    void onlyFragmentsWriteTheFieldErrorBlock() throws IOException {
        assertThat(offenders("th:errors")).as("templates outside fragments/ with th:errors").isEmpty();
        assertThat(offenders("#fields.hasErrors('")).as("templates outside fragments/ testing one field's errors")
                .isEmpty();
        assertThat(offenders("#fields.errors(")).as("templates outside fragments/ showing one field's errors")
                .isEmpty();
    }

    @Test
    @DisplayName("检查本身有效：fragments/form.html 里就有手写的字段块")
    void theCheckFindsTheBlockWhereItIsWritten() throws IOException {
        assertThat(Files.readString(FRAGMENTS.resolve("form.html"))).contains("th:errors", "#fields.hasErrors(");
    }

    /** An inline event handler, written (onsubmit="…") or made by Thymeleaf (th:attr="onsubmit=…", th:onclick). */
    private static final java.util.regex.Pattern INLINE_HANDLER =
            java.util.regex.Pattern.compile("(?i)(\\s(th:)?on[a-z]+\\s*=|th:attr\\s*=\\s*\"[^\"]*\\bon[a-z]+\\s*=)");

    @Test
    @DisplayName("模板中没有内联事件处理（CSP 只允许本站脚本，确认用 data-confirm）")
    void noTemplateHasAnInlineEventHandler() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            assertThat(files.filter(file -> file.toString().endsWith(".html"))
                    .filter(file -> INLINE_HANDLER.matcher(read(file)).find()).toList())
                    .as("templates with an inline handler, which the Content-Security-Policy blocks (ADR 0037)")
                    .isEmpty();
        }
        assertThat(INLINE_HANDLER.matcher("<form th:attr=\"onsubmit='return confirm(1)'\">").find()).isTrue();
        assertThat(INLINE_HANDLER.matcher("<button onclick=\"go()\">").find()).isTrue();
        assertThat(INLINE_HANDLER.matcher("<form th:data-confirm=\"#{x}\" class=\"inline\">").find()).isFalse();
    }

    private static List<Path> offenders(String text) throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".html"))
                    .filter(file -> !file.startsWith(FRAGMENTS))
                    .filter(file -> read(file).contains(text))
                    .toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
