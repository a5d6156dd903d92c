package cn.jianyi.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.json.JsonMapper;

/**
 * The parser against the labelled corpus (../shared/corpus/replies/labels.jsonl): every labelled field of every
 * letter compared exactly; at least 95 % right overall and never a value where the label has none. Four times: the
 * letters as stored (full-width punctuation folded to ASCII, except in the reference letter); with the punctuation
 * made full-width again, as the original documents have it (the labels' values converted alike); and read by
 * {@link LetterReader} from a web page and from a Word file made of their lines, as uploads arrive.
 */
class LetterParserAccuracyTests {

    static final Path CORPUS = Path.of("..", "shared", "corpus", "replies");

    private final LetterParser parser = new LetterParser();
    private final LetterReader reader = new LetterReader(ArchiveSettings.defaults());

    /** How a corpus letter reaches the parser. */
    enum Form {
        STORED, FULL_WIDTH, WEB_PAGE, WORD
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Form.class)
    void parsesTheLabelledCorpus(Form form) throws Exception {
        boolean fullWidth = form == Form.FULL_WIDTH;
        Path labels = CORPUS.resolve("labels.jsonl");
        assertThat(labels).as("the labelled corpus").exists();
        JsonMapper json = JsonMapper.builder().build();
        Map<String, int[]> perField = new LinkedHashMap<>();
        ParsedLetter.LABEL_KEYS.forEach(key -> perField.put(key, new int[2]));
        List<String> mismatches = new ArrayList<>();
        List<String> invented = new ArrayList<>();
        int letters = 0;
        for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> label = json.readValue(line, Map.class);
            String file = (String) label.get("file");
            String text = Files.readString(CORPUS.resolve(file), StandardCharsets.UTF_8);
            LetterText letter = switch (form) {
                case STORED -> new LetterText(file, "txt", text);
                case FULL_WIDTH -> new LetterText(file, "txt", fullWidth(text));
                case WEB_PAGE -> reader.read(file + ".html", webPage(text).getBytes(StandardCharsets.UTF_8));
                case WORD -> reader.read(file + ".docx", word(text));
            };
            Map<String, Object> parsed = parser.parse(letter).values();
            letters++;
            for (String key : ParsedLetter.LABEL_KEYS) {
                Object expected = fullWidth ? fullWidth(label.get(key)) : label.get(key);
                Object actual = parsed.get(key);
                int[] counts = perField.get(key);
                counts[1]++;
                if (Objects.equals(expected, actual)) {
                    counts[0]++;
                } else {
                    mismatches.add(file + " " + key + ": expected " + expected + ", got " + actual);
                    if (empty(expected) && !empty(actual)) {
                        invented.add(file + " " + key + ": " + actual);
                    }
                }
            }
        }
        int right = perField.values().stream().mapToInt(c -> c[0]).sum();
        int all = perField.values().stream().mapToInt(c -> c[1]).sum();
        StringBuilder report = new StringBuilder("\nCorpus letters, " + form + ":\n")
                .append("| Field | Right | Accuracy |\n|---|---|---|\n");
        perField.forEach((key, c) -> report.append(String.format("| %s | %d/%d | %.1f %% |%n", key, c[0], c[1],
                100.0 * c[0] / c[1])));
        report.append(String.format("| **all** | %d/%d | %.1f %% |%n", right, all, 100.0 * right / all));
        report.append("\nMismatches (").append(mismatches.size()).append("):\n");
        mismatches.forEach(m -> report.append("- ").append(m).append('\n'));
        System.out.println(report);
        assertThat(letters).isGreaterThanOrEqualTo(20);
        assertThat(invented).as("values where the label has none").isEmpty();
        assertThat((double) right / all).as("share of labelled fields right").isGreaterThanOrEqualTo(0.95);
    }

    /** The letter as a published page: a title bar and a footer around it, a paragraph a line. */
    static String webPage(String text) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                + "<title>建议提案办理</title><style>p { text-indent: 2em }</style></head>\n"
                + "<body><nav>首页 &gt; 建议提案办理</nav>\n"
                + "<div class=\"article\">\n");
        text.lines().forEach(line -> page.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")
                .replace(">", "&gt;")).append("</p>\n"));
        return page.append("</div>\n<script>var visits = 1;</script>\n</body></html>\n").toString();
    }

    /** The letter as a Word file, a paragraph a line. */
    static byte[] word(String text) throws IOException {
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             var out = new ByteArrayOutputStream()) {
            text.lines().forEach(line -> document.createParagraph().createRun().setText(line));
            document.write(out);
            return out.toByteArray();
        }
    }

    /**
     * The punctuation the stored copies folded to ASCII, full-width again; brackets around pinyin debris, as in
     * 關(guān)于, stay as the mirror sites print them.
     */
    static String fullWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            char previous = i > 0 ? text.charAt(i - 1) : ' ';
            switch (c) {
                case ',' -> out.append('，');
                case ':' -> out.append('：');
                case ';' -> out.append('；');
                case '!' -> out.append('！');
                case '?' -> out.append('？');
                case '(' -> out.append(pinyin(next) ? '(' : '（');
                case ')' -> out.append(pinyin(previous) ? ')' : '）');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean pinyin(char c) {
        return c >= 'a' && c <= 'z' || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü".indexOf(c) >= 0;
    }

    private static Object fullWidth(Object value) {
        if (value instanceof String string) {
            return fullWidth(string);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(LetterParserAccuracyTests::fullWidth).toList();
        }
        return value;
    }

    private static boolean empty(Object value) {
        return value == null || value instanceof List<?> list && list.isEmpty();
    }
}
