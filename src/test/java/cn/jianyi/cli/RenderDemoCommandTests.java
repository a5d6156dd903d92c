package cn.jianyi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

import cn.jianyi.calendar.WorkingDays;
import cn.jianyi.demo.DemoReference;
import cn.jianyi.documents.LetterDocuments;
import cn.jianyi.handling.ReplyLetters;
import cn.jianyi.handling.ReplyQueries;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.Lanes;

/**
 * {@code bin/jianyi render-demo DIR} writes the demo case's reply as reply.pdf, reply.docx and reply.ofd, the OFD
 * sealed with the demo unit's seal; without demo data it says what it needs and exits with 1.
 */
@Tag("rendering")
@Lanes.BesideBrowsers
@IntegrationTest(properties = "jianyi.demo.enabled=true")
class RenderDemoCommandTests {

    @Autowired WorkingDays workingDays;
    @Autowired ObjectProvider<DemoReference> demo;
    @Autowired ReplyQueries replyQueries;
    @Autowired ReplyLetters letters;
    @Autowired LetterDocuments documents;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(ObjectProvider<DemoReference> demo, String... args) {
        var command = new CommandLine(workingDays, new CommandLine.DemoLetters(demo, replyQueries, letters, documents), null,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return command.execute(List.of(args));
    }

    @Test
    void writesTheThreeFilesOfTheDemoReply(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out");

        assertThat(run(demo, "render-demo", target.toString())).isZero();

        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("reply.pdf").contains("reply.docx").contains("reply.ofd")
                .contains("新卫提字〔2024〕1号  关于区人大二届四次会议第43号建议的答复")
                .containsPattern("(?m)^seal: verifies（OFD 已加盖「南昌市新建区卫生健康委员会」电子印章，验章通过）$")
                .containsPattern("(?m)^time stamp: none \\(no time-stamp authority configured\\)$")
                .containsPattern("(?m)^schema: valid \\(\\d+ XML files\\)$")
                .containsPattern("(?m)reply\\.pdf  \\d+ bytes  fonts: [1-9]\\d* embedded, all sane$")
                .containsPattern("(?m)reply\\.ofd  \\d+ bytes  fonts: [1-9]\\d* embedded, all sane$");
        try (var pdf = Loader.loadPDF(target.resolve("reply.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("尊敬的程绮南代表：");
        }
        try (var docx = new XWPFDocument(Files.newInputStream(target.resolve("reply.docx")));
             var text = new XWPFWordExtractor(docx)) {
            assertThat(text.getText()).contains("尊敬的程绮南代表：");
        }
        assertThat(Files.size(target.resolve("reply.ofd"))).isGreaterThan(10_000);
    }

    @Test
    void refusesWithoutDemoDataOrDirectory(@TempDir Path dir) {
        ObjectProvider<DemoReference> none = new org.springframework.beans.factory.support.StaticListableBeanFactory()
                .getBeanProvider(DemoReference.class);
        assertThat(run(none, "render-demo", dir.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("render-demo needs the demo data");
        assertThat(run(demo, "render-demo")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bin/jianyi render-demo DIR");
        assertThat(dir.toFile().list()).isEmpty();
    }
}
