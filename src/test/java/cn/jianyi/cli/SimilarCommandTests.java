package cn.jianyi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.jianyi.archive.ArchiveSettings;
import cn.jianyi.archive.LetterArchives;
import cn.jianyi.archive.LetterParser;
import cn.jianyi.archive.LetterReader;

/**
 * {@code bin/jianyi similar --corpus DIR TEXT} on the corpus letters: ten lines rank, score, file, best first; help;
 * Chinese errors for a missing folder and an empty text. Plain unit test: the command reads no database.
 */
class SimilarCommandTests {

    static final Path CORPUS = Path.of("../shared/corpus/replies");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        var similar = new SimilarLetters(new LetterReader(ArchiveSettings.defaults()),
                new LetterArchives(ArchiveSettings.defaults()), new LetterParser());
        var command = new CommandLine(null, null, null, null, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).withSimilarLetters(similar);
        return command.execute(List.of(args));
    }

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void ranksTheCorpusLettersBestFirstTenLines() {
        assertThat(run("similar", "--corpus", CORPUS.toString(), "关于改善神农卫生院就医环境的建议")).isZero();
        List<String> lines = lines();
        assertThat(lines).hasSize(10);
        assertThat(lines.get(0)).matches("1\t\\d+\\.\\d{3}\t007\\.txt");
        double previous = Double.MAX_VALUE;
        for (int i = 0; i < lines.size(); i++) {
            String[] cells = lines.get(i).split("\t");
            assertThat(cells).hasSize(3);
            assertThat(cells[0]).isEqualTo(String.valueOf(i + 1));
            assertThat(Double.parseDouble(cells[1])).isLessThanOrEqualTo(previous);
            previous = Double.parseDouble(cells[1]);
            assertThat(cells[2]).endsWith(".txt");     // README.md, labels.jsonl and SOURCES.tsv are no letters
        }
    }

    @Test
    void anAbbreviatedTopicFindsItsLetter() {
        assertThat(run("similar", "--corpus", CORPUS.toString(), "农村饮水安全")).isZero();
        assertThat(lines().get(0)).endsWith("\t010.txt");      // the letter is in traditional characters
    }

    @Test
    void fewerLettersThanTenPrintsThemAll(@TempDir Path folder) throws Exception {
        Files.copy(CORPUS.resolve("005.txt"), folder.resolve("005.txt"));
        Files.copy(CORPUS.resolve("019.txt"), folder.resolve("019.txt"));
        Files.writeString(folder.resolve("broken.pdf"), "not a pdf");
        assertThat(run("similar", "--corpus", folder.toString(), "养老服务")).isZero();
        assertThat(lines()).hasSize(2);
        assertThat(lines().get(0)).endsWith("\t019.txt");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("broken.pdf：");
    }

    @Test
    void punctuationALoneCharacterOrAVeryLongTextGetASensibleAnswer() {
        for (String text : List.of("!!!?。,", "路", "title:* a AND (", "（）【】＊")) {
            out.reset();
            err.reset();
            assertThat(run("similar", "--corpus", CORPUS.toString(), text)).as(text).isZero();
            assertThat(lines()).hasSize(10).allSatisfy(line -> assertThat(line).contains("\t0.000\t"));
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("没有共同的词");
        }
        out.reset();
        assertThat(run("similar", "--corpus", CORPUS.toString(), "关于改善神农卫生院就医环境的建议".repeat(125))).isZero();
        assertThat(lines().get(0)).endsWith("\t007.txt");
    }

    @Test
    void helpSaysHowToUseIt() {
        assertThat(run("similar", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("bin/jianyi similar --corpus DIR TEXT")
                .contains("rank<TAB>score<TAB>file");
    }

    @Test
    void aMissingFolderOrAnEmptyTextIsRefusedInChinese(@TempDir Path folder) {
        assertThat(run("similar", "--corpus", folder.resolve("nowhere").toString(), "养老")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("找不到文件夹：");
        err.reset();
        assertThat(run("similar", "--corpus", CORPUS.toString(), "  ")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("不能为空");
        err.reset();
        assertThat(run("similar", "--corpus", CORPUS.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("不能为空");
        err.reset();
        assertThat(run("similar", "养老")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: bin/jianyi similar");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aFolderWithoutLettersSaysSo(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("notes.md"), "# notes");
        assertThat(run("similar", "--corpus", folder.toString(), "养老")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("没有可读的复函文件");
    }
}
