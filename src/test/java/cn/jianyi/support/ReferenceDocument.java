package cn.jianyi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The project's reference reply letter, read where it lives: ../shared is beside every checkout and in CI. */
public final class ReferenceDocument {

    public static final Path PATH = Path.of("..", "shared", "corpus", "replies", "000_aef254c2c95ce4c2.txt");

    private ReferenceDocument() {
    }

    /** Its non-empty lines from the document number to the unit's postcode, the part our letter must contain. */
    public static List<String> letterLines() {
        List<String> all;
        try {
            all = Files.readAllLines(PATH, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var lines = new ArrayList<String>();
        boolean in = false;
        for (String line : all) {
            in = in || line.equals("新卫提字〔2024〕1号");
            if (in) {
                lines.add(line);
                if (line.equals("邮政编码：330100")) {
                    return List.copyOf(lines);
                }
            }
        }
        throw new IllegalStateException("the reference document no longer holds 新卫提字〔2024〕1号 … 邮政编码：330100");
    }

    /**
     * Asserts that a rendered letter's text (whitespace and page numbers removed) holds every {@link #letterLines()
     * line} in order, followed by the feedback form as the deputy answered it: 满意 ticked, signed 程绮南 on
     * 2024年6月28日.
     */
    public static void assertReadAsReference(String renderedText) {
        String text = renderedText.replaceAll("\\s+", "").replaceAll("—\\d+—", "");
        int at = 0;
        for (String line : letterLines()) {
            String wanted = line.replaceAll("\\s+", "");
            int found = text.indexOf(wanted, at);
            assertThat(found).as("reference line in order: " + line).isGreaterThanOrEqualTo(0);
            at = found + wanted.length();
        }
        assertThat(text.substring(at)).contains("人大代表建议办理情况征询意见表").contains("满意√").contains("基本满意□")
                .contains("建议人签名：程绮南").contains("2024年6月28日");
    }
}
