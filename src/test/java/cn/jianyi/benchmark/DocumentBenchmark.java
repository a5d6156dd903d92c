package cn.jianyi.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.jianyi.demo.DemoReference;
import cn.jianyi.documents.DocxLetterRenderer;
import cn.jianyi.documents.OfdLetterRenderer;
import cn.jianyi.documents.PdfLetterRenderer;
import cn.jianyi.documents.LetterDocuments;
import cn.jianyi.handling.ReplyQueries;
import cn.jianyi.handling.ReplyLetter;
import cn.jianyi.handling.ReplyLetters;
import cn.jianyi.support.IntegrationTest;

/**
 * Benchmark of the official documents (not part of the build: tag {@code benchmark} is excluded). Measures the warm
 * render time of the demo reply in each format, a ZIP of 300 replies in all three formats, and LibreOffice headless
 * converting the same DOCX to PDF. Run: {@code bin/benchmark documents} (see docs/benchmarks.md).
 */
@Tag("benchmark")
@IntegrationTest(properties = "jianyi.demo.enabled=true")
class DocumentBenchmark {

    static final int WARM_UP = 15;
    static final int RUNS = 30;
    /** Replies in the meeting ZIP: 300, or -Djianyi.benchmark.replies for a quick look. */
    static final int MEETING = Integer.getInteger("jianyi.benchmark.replies", 300);

    @Autowired DemoReference demo;
    @Autowired ReplyQueries replyQueries;
    @Autowired ReplyLetters letters;
    @Autowired PdfLetterRenderer pdf;
    @Autowired DocxLetterRenderer docx;
    @Autowired OfdLetterRenderer ofd;
    @Autowired LetterDocuments documents;

    private final Map<String, String> results = new LinkedHashMap<>();

    @Test
    void documents() throws Exception {
        ReplyLetter letter = letters.of(replyQueries.latestSigned(demo.suggestionId().orElseThrow()).orElseThrow());
        byte[] pdfBytes = pdf.render(letter);
        measure("PDF, one reply (4 pages + form)", () -> pdf.render(letter));
        measure("DOCX, one reply", () -> docx.render(letter));
        measure("OFD from the PDF's layout, sealed (SM2)", () -> ofd.render(letter, pdfBytes));
        ReplyLetter draft = asDraft(letter);
        byte[] draftPdf = pdf.render(draft);
        measure("OFD from the PDF's layout, unsealed (draft)", () -> ofd.render(draft, draftPdf));
        meetingZip(letter);
        libreOffice(letter);
        var report = new StringBuilder("| What | Median | 90th percentile |\n|---|---|---|\n");
        results.forEach((what, figures) -> report.append("| ").append(what).append(" | ").append(figures)
                .append(" |\n"));
        System.out.println("\n" + report);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "documents.md"), report, StandardCharsets.UTF_8);
    }

    private void measure(String what, Supplier<byte[]> render) {
        for (int i = 0; i < WARM_UP; i++) {
            assertThat(render.get()).isNotEmpty();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            render.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        results.put(what, String.format("%.0f ms | %.0f ms", ms[RUNS / 2], ms[(int) (RUNS * 0.9)]));
    }

    /** 300 replies (the demo reply under 300 numbers), each as PDF, DOCX and sealed OFD, into one ZIP file. */
    private void meetingZip(ReplyLetter letter) throws IOException {
        List<ReplyLetter> meeting = new ArrayList<>();
        for (int n = 1; n <= MEETING; n++) {
            meeting.add(new ReplyLetter(letter.replyId(), letter.unitFullName(), "新卫提字〔2024〕" + n + "号",
                    letter.classification(), "关于区人大二届四次会议第" + n + "号建议的答复", letter.salutation(),
                    letter.paragraphs(), letter.signedOn(), letter.copyTo(), letter.contactUnit(),
                    letter.contactPhone(), letter.postcode(), letter.form()));
        }
        Path zip = Files.createTempFile("meeting-", ".zip");
        long start = System.nanoTime();
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(zip));
             var out = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
            for (ReplyLetter reply : meeting) {
                for (var document : documents.renderAll(reply).entrySet()) {
                    out.putNextEntry(new ZipEntry(reply.documentNumber() + "." + document.getKey().extension()));
                    out.write(document.getValue());
                    out.closeEntry();
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        results.put("ZIP of a " + MEETING + "-reply meeting, PDF + DOCX + sealed OFD each (" + Files.size(zip) / 1_000_000
                + " MB)", String.format("%.1f s in all, %.0f ms per reply | —", seconds, seconds * 1000 / MEETING));
        Files.delete(zip);
    }

    /** The same DOCX converted by LibreOffice headless: one process per file, and a batch of 20 in one process. */
    private void libreOffice(ReplyLetter letter) throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        if (!Files.isExecutable(soffice)) {
            results.put("LibreOffice headless DOCX → PDF", "not installed (apt-get install libreoffice-writer-nogui)"
                    + " | —");
            return;
        }
        Path dir = Files.createTempDirectory("lo-bench-");
        Path profile = Files.createTempDirectory("lo-profile-");
        byte[] bytes = docx.render(letter);
        List<String> batch = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Path file = dir.resolve("reply-" + i + ".docx");
            Files.write(file, bytes);
            batch.add(file.toString());
        }
        convert(soffice, profile, dir, List.of(batch.get(0)));  // first start creates the profile
        double[] single = new double[5];
        for (int i = 0; i < single.length; i++) {
            long start = System.nanoTime();
            convert(soffice, profile, dir, List.of(batch.get(i)));
            single[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(single);
        results.put("LibreOffice 7.4 headless, DOCX → PDF, one process per reply",
                String.format("%.0f ms | %.0f ms", single[2], single[4]));
        long start = System.nanoTime();
        convert(soffice, profile, dir, batch);
        double perFile = (System.nanoTime() - start) / 1e6 / batch.size();
        results.put("LibreOffice 7.4 headless, DOCX → PDF, 20 replies in one process",
                String.format("%.0f ms per reply | —", perFile));
        assertThat(dir.resolve("reply-19.pdf")).exists();
    }

    private static void convert(Path soffice, Path profile, Path dir, List<String> files) throws Exception {
        var command = new ArrayList<>(List.of(soffice.toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString()));
        command.addAll(files);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
    }

    private static ReplyLetter asDraft(ReplyLetter letter) {
        return new ReplyLetter(letter.replyId(), letter.unitFullName(), null, letter.classification(), letter.title(),
                letter.salutation(), letter.paragraphs(), null, letter.copyTo(), letter.contactUnit(),
                letter.contactPhone(), letter.postcode(), letter.form());
    }
}
