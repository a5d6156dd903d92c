package cn.jianyi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import cn.jianyi.archive.ParsedLetter;
import cn.jianyi.calendar.WorkingDays;
import cn.jianyi.support.IntegrationTest;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bin/jianyi deadline FROM AMOUNT UNIT} prints the ISO date, or a usage line and exit code 2;
 * {@code bin/jianyi parse FILE...} prints a JSON object per letter file and line, an error object for a file it cannot
 * read.
 */
@IntegrationTest
class CommandLineTests {

    static final Path CORPUS = Path.of("../shared/corpus/replies");

    @Autowired WorkingDays workingDays;
    @Autowired LetterParsing parsing;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        var command = new CommandLine(workingDays, null, null, parsing,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return command.execute(List.of(args));
    }

    @ParameterizedTest
    @CsvSource({"2024-03-05, 3, months, 2024-06-05", "2025-09-26, 7, workdays, 2025-10-13",
            "2025-07-01, 3, months, 2025-10-09", "2026-04-01, 3, days, 2026-04-07"})
    void printsTheDeadline(String from, String amount, String unit, String expected) {
        assertThat(run("deadline", from, amount, unit)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected + System.lineSeparator());
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void refusesBadUsageWithExitCode2() {
        assertThat(run("deadline", "2024-13-01", "3", "months")).isEqualTo(2);
        assertThat(run("deadline", "2024-03-05", "3", "weeks")).isEqualTo(2);
        assertThat(run("deadline", "2024-03-05", "0", "days")).isEqualTo(2);
        assertThat(run("deadline", "2024-03-05", "x", "days")).isEqualTo(2);
        assertThat(run("deadline", "2024-03-05")).isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: bin/jianyi deadline FROM AMOUNT UNIT")
                .contains("unit must be days, workdays or months: weeks");
    }

    @Test
    void parsePrintsOneJsonObjectPerFileAndAnErrorObjectForAnUnreadableOne(@TempDir Path dir) throws IOException {
        String letter = Files.readString(CORPUS.resolve("002.txt"));
        Path text = Files.writeString(dir.resolve("002.txt"), letter);
        String page = "<html><head><meta charset=\"gbk\"><title>复函</title></head><body>"
                + letter.lines().map(line -> "<p>" + line + "</p>").collect(Collectors.joining("\n")) + "</body></html>";
        Path html = Files.write(dir.resolve("子洲县复函.html"), page.getBytes(Charset.forName("GBK")));
        byte[] noise = new byte[10_000];
        new Random(1).nextBytes(noise);
        Path garbage = Files.write(dir.resolve("garbage.bin"), noise);

        int exitCode = run("parse", text.toString(), html.toString(), garbage.toString(),
                dir.resolve("missing.txt").toString());

        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("子洲县复函.html").doesNotContain("\\u");
        List<Map<String, Object>> lines = jsonLines(printed);
        assertThat(lines).hasSize(4);
        List<String> letterKeys = new ArrayList<>();
        letterKeys.add("file");
        letterKeys.addAll(ParsedLetter.LABEL_KEYS);
        letterKeys.add("title");
        assertThat(lines.get(0).keySet()).containsExactlyElementsOf(letterKeys);
        assertThat(lines.get(0)).containsEntry("file", "002.txt");
        assertThat(lines.get(1).keySet()).containsExactlyElementsOf(letterKeys);
        assertThat(lines.get(1)).containsEntry("file", "子洲县复函.html");
        assertThat(lines.get(2)).containsExactly(entry("file", "garbage.bin"),
                entry("error", "不是可读的文本、网页、Word 或 PDF 文件"));
        assertThat(lines.get(3)).containsExactly(entry("file", "missing.txt"), entry("error", "文件不存在"));
    }

    @Test
    void parseExpandsAZipAndExitsWith0WhenEveryFileWasParsed(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("复函.zip");
        try (var archive = new ZipOutputStream(Files.newOutputStream(zip), Charset.forName("GBK"))) {
            for (String name : List.of("002.txt", "000_aef254c2c95ce4c2.txt")) {
                archive.putNextEntry(new ZipEntry("复函/" + name));
                archive.write(Files.readAllBytes(CORPUS.resolve(name)));
            }
        }

        assertThat(run("parse", zip.toString())).isZero();

        assertThat(jsonLines(out.toString(StandardCharsets.UTF_8))).extracting(line -> line.get("file"))
                .containsExactly("002.txt", "000_aef254c2c95ce4c2.txt");
    }

    @Test
    void parseWithoutFilesIsBadUsage() {
        assertThat(run("parse")).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bin/jianyi parse FILE...");
    }

    private static List<Map<String, Object>> jsonLines(String printed) {
        JsonMapper json = JsonMapper.builder().build();
        return printed.lines().map(line -> json.readValue(line, new TypeReference<Map<String, Object>>() { }))
                .toList();
    }
}
