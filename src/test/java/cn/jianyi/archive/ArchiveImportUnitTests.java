package cn.jianyi.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.jianyi.shared.IllegalTransitionException;

/** The pieces of the archive import that need no database: the kept fields, ZIPs, the letter's transitions. */
class ArchiveImportUnitTests {

    private static final LetterText TEXT = new LetterText("a.txt", "txt", "关于第1号建议的答复\n正文");

    private static ParsedLetter parsed() {
        return new ParsedLetter("a.txt", Extracted.of(LetterKind.SUGGESTION, 0.95), Extracted.of("区卫健委", 0.5),
                Extracted.absent(0.9), Extracted.of("B", 0.9), Extracted.of("人大", 0.9), Extracted.of("区", 0.9),
                Extracted.of(2, 0.9), Extracted.of(4, 0.9), Extracted.of("43", 0.9),
                Extracted.of(List.of("程绮南", "刘建华"), 0.7), Extracted.absent(1), Extracted.of(List.of(), 1),
                Extracted.of("2024-05", 0.6), Extracted.of(List.of(), 1), Extracted.absent(1), Extracted.absent(1),
                Extracted.of("关于\t第1号建议的答复", 0.9), Extracted.of("第一行\n第二行 \\n 不是换行", 0.9));
    }

    @Test
    @DisplayName("解析结果原样保存：置信度、列表（顿号）、换行、制表符和反斜杠都不丢")
    void parsedFieldsSurviveTheirTextForm() {
        var fields = ParsedFields.decode(ParsedFields.encode(parsed()));
        assertThat(fields.keySet()).containsExactlyElementsOf(parsed().fields().keySet());
        assertThat(fields.get("kind").value()).isEqualTo("SUGGESTION");
        assertThat(fields.get("issuer")).isEqualTo(new ParsedFields.Field("区卫健委", 0.5));
        assertThat(fields.get("issuer").needsReview()).isTrue();
        assertThat(fields.get("docNumber").value()).isEmpty();
        assertThat(fields.get("term").value()).isEqualTo("2");
        assertThat(fields.get("addressees").value()).isEqualTo("程绮南、刘建华");
        assertThat(fields.get("title").value()).isEqualTo("关于\t第1号建议的答复");
        assertThat(fields.get("replyText").value()).isEqualTo("第一行\n第二行 \\n 不是换行");
        assertThat(fields.get("replyText").needsReview()).isFalse();
        assertThat(ParsedFields.decode(null)).isEmpty();
    }

    private static byte[] zip(Charset names, String... entries) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out, names)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                if (!entry.endsWith("/")) {
                    zip.write(entry.getBytes(StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    @DisplayName("由答复单位和层级推定人大名称；建议号取数字")
    void congressNamesAndItemNumbers() {
        assertThat(ArchiveManagement.congressNameOf("南昌市新建区卫生健康委员会", "区")).isEqualTo("南昌市新建区人民代表大会");
        assertThat(ArchiveManagement.congressNameOf("宁陕县交通运输局", "县")).isEqualTo("宁陕县人民代表大会");
        assertThat(ArchiveManagement.congressNameOf("江西省教育厅", "省")).isEqualTo("江西省人民代表大会");
        assertThat(ArchiveManagement.congressNameOf("国家发展改革委", "全国")).isEqualTo("全国人民代表大会");
        assertThat(ArchiveManagement.congressNameOf("某局", "区")).isEmpty();
        assertThat(ArchiveManagement.congressNameOf(null, null)).isEmpty();
        assertThat(ArchiveManagement.number("温36号")).isEqualTo(36);
        assertThat(ArchiveManagement.number("第0号")).isNull();
        assertThat(ArchiveManagement.number("第次")).isNull();
        assertThat(ArchiveManagement.subject("关于第17号建议的复函", "您提出的《关于拓宽麻庄村道路的建议》收悉"))
                .isEqualTo("关于拓宽麻庄村道路的建议");
        assertThat(ArchiveManagement.subject("对《关于X的建议》的答复", null)).isEqualTo("关于X的建议");
        assertThat(ArchiveManagement.subject("关于第17号建议的复函", "正文")).isEqualTo("关于第17号建议的复函");
    }

    private static ArchivedLetter inStatus(ArchivedLetter.Status status) {
        switch (status) {
            case UNREADABLE:
                return ArchivedLetter.unreadable(1, 1, "a.txt", "文件为空");
            case PENDING_REVIEW:
                return ArchivedLetter.read(1, 1, "a.txt", TEXT, parsed());
            case CONFIRMED: {
                ArchivedLetter letter = ArchivedLetter.read(1, 1, "a.txt", TEXT, parsed());
                letter.confirm(fields(), null, List.of(), null, null, "clerk", Instant.EPOCH);
                return letter;
            }
            default: {
                ArchivedLetter letter = ArchivedLetter.read(1, 1, "a.txt", TEXT, parsed());
                letter.discard("clerk", Instant.EPOCH);
                return letter;
            }
        }
    }

    private static LetterFields fields() {
        return new LetterFields(LetterKind.OTHER, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, "关于第1号建议的答复", null);
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
            "UNREADABLE,confirm,REJECTED", "UNREADABLE,discard,REJECTED",
            "PENDING_REVIEW,confirm,CONFIRMED", "PENDING_REVIEW,discard,DISCARDED",
            "CONFIRMED,confirm,REJECTED", "CONFIRMED,discard,REJECTED",
            "DISCARDED,confirm,REJECTED", "DISCARDED,discard,REJECTED"})
    void aLetterIsDecidedOnceAfterReview(ArchivedLetter.Status from, String action, String outcome) {
        ArchivedLetter letter = inStatus(from);
        assertThat(letter.status()).isEqualTo(from);
        Runnable act = action.equals("confirm")
                ? () -> letter.confirm(fields(), 3L, List.of(5L, 5L, 6L), 7L, 8L, "clerk", Instant.EPOCH)
                : () -> letter.discard("clerk", Instant.EPOCH);
        if (outcome.equals("REJECTED")) {
            assertThatThrownBy(act::run).isInstanceOf(IllegalTransitionException.class);
            assertThat(letter.status()).isEqualTo(from);
        } else {
            act.run();
            assertThat(letter.status()).isEqualTo(ArchivedLetter.Status.valueOf(outcome));
            if (letter.status() == ArchivedLetter.Status.CONFIRMED) {
                assertThat(letter.deputyIds()).containsExactly(5L, 6L);
                assertThat(letter.suggestionId()).isEqualTo(8L);
            }
        }
    }

    @Test
    @DisplayName("确认须有类型和标题")
    void aConfirmedLetterHasItsKindAndTitle() {
        ArchivedLetter letter = inStatus(ArchivedLetter.Status.PENDING_REVIEW);
        assertThatThrownBy(() -> letter.confirm(new LetterFields(null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, "标题", null), null, List.of(), null, null, "clerk",
                Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
        assertThat(letter.status()).isEqualTo(ArchivedLetter.Status.PENDING_REVIEW);
    }
}
