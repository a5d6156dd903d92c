package cn.jianyi.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import cn.jianyi.assignment.AssignCommand;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.handling.Replies;
import cn.jianyi.handling.ReplyLetter;
import cn.jianyi.handling.SaveDraftCommand;
import cn.jianyi.identity.CurrentUser;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.suggestion.MeetingView;
import cn.jianyi.suggestion.Meetings;
import cn.jianyi.suggestion.RegisterSuggestionCommand;
import cn.jianyi.suggestion.SubjectArea;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.Lanes;
import cn.jianyi.support.TestWorld;
import cn.jianyi.support.WebClient;

/**
 * 会议答复函打包: every signed reply of a meeting (and only those), each as PDF and DOCX named by suggestion number,
 * round and document number, with 目录.xlsx; only the person who started a job sees and downloads it; a reply that
 * does not render fails the job by name; finished jobs are forgotten with their files after an hour.
 * <p>
 * Rendered once, read many times: the clerk starts one export from the page before the tests ({@link #world()}), and
 * the tests that only read a finished export share it; the failing render needs its own, and the clean-up, which
 * forgets the shared export, runs last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag("rendering")
@Lanes.Pin(1)              // beside the browsers on H2 with the other default-configuration classes (pom.xml)
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MeetingExportTests {

    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @LocalServerPort int port;
    @Autowired cn.jianyi.documents.ofd.OfdReading ofdEngine;
    @Autowired ApplicationContext context;
    @Autowired SuggestionManagement suggestions;
    @Autowired Assignments assignments;
    @Autowired Replies replies;
    @Autowired Meetings meetings;
    @Autowired UserDetailsService logins;
    @Autowired MeetingExports exports;
    @MockitoSpyBean PdfLetterRenderer pdf;

    private TestWorld world;
    private MeetingView emptyMeeting;
    private CurrentUser clerk;
    private String jobPath;
    private MeetingExport shared;

    @BeforeAll
    void world() {
        world = TestWorld.create(context);
        world.replied(1);                                                   // 新卫提字〔2024〕1号
        long rehandled = world.replied(2);                                  // 2号
        world.replied(10);                                                  // 3号
        world.signed(world.drafted(world.assigned(3)), LocalDate.of(2024, 6, 21)).id();
        world.drafted(world.assigned(4));                                   // a draft: not exported
        world.registered(5);

        MeetingView other = meetings.addMeeting(meetings.addTerm(world.meeting.congressId(), 3).id(), 1,
                LocalDate.of(2025, 1, 8));
        long elsewhere = suggestions.register(new RegisterSuggestionCommand(other.id(), 1, "关于另一次会议的建议", "内容",
                world.cheng.id(), List.of(), SubjectArea.AGRICULTURE, LocalDate.of(2025, 1, 9), world.clerk));
        assignments.assign(AssignCommand.leadOnly(elsewhere, world.health.id(), LocalDate.of(2025, 3, 5), world.clerk));
        world.signed(world.drafted(elsewhere), LocalDate.of(2025, 6, 20));  // 新卫提字〔2025〕1号: another meeting

        world.rated(rehandled, Satisfaction.DISSATISFIED, "没有给出时间表");
        world.sentBack(rehandled);
        world.signed(replies.saveDraft(new SaveDraftCommand(rehandled, world.health.id(),
                world.content(rehandled, "第二次答复"), world.handler)), LocalDate.of(2024, 7, 20));   // 5号

        emptyMeeting = meetings.addMeeting(meetings.addTerm(world.meeting.congressId(), 4).id(), 1,
                LocalDate.of(2026, 1, 7));
        clerk = (CurrentUser) logins.loadUserByUsername("clerk");

        HttpResponse<String> started = WebClient.loggedIn(port, "clerk", TestWorld.PASSWORD).post("/exports",
                List.of("meetingId", String.valueOf(world.meeting.id())));
        assertThat(started.statusCode()).isEqualTo(302);
        jobPath = started.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(jobPath).matches("/exports/[0-9a-f-]{36}");
        shared = finished(exports.find(jobPath.substring("/exports/".length()), clerk).orElseThrow());
    }

    @AfterEach
    void renderAgain() {
        Mockito.reset(pdf);
    }

    @Test
    @DisplayName("打包：本次会议每件已签发答复函各有PDF和Word，按建议号、轮次命名，附目录")
    void zipsEverySignedReplyOfTheMeeting() throws IOException {
        MeetingExport job = shared;
        assertThat(job.status()).isEqualTo(MeetingExport.Status.DONE);
        assertThat(job.total()).isEqualTo(5);
        assertThat(job.done()).isEqualTo(5);
        assertThat(job.percent()).isEqualTo(100);
        assertThat(job.fileName()).isEqualTo("区人大二届四次会议答复函.zip");

        Map<String, byte[]> zip = entries(Files.readAllBytes(job.file()));
        List<String> replies = List.of("第001号建议-新卫提字〔2024〕1号", "第002号建议-第1次答复-新卫提字〔2024〕2号",
                "第002号建议-第2次答复-新卫提字〔2024〕5号", "第003号建议-新卫提字〔2024〕4号",
                "第010号建议-新卫提字〔2024〕3号");
        var expected = new ArrayList<String>();
        replies.forEach(r -> {
            expected.add(r + ".docx");
            expected.add(r + ".ofd");
            expected.add(r + ".pdf");
        });
        expected.add("目录.xlsx");
        assertThat(zip.keySet()).containsExactlyElementsOf(expected);
        assertThat(expected.subList(0, 15)).as("written in the order a clerk's sort shows them").isSorted();

        for (String reply : replies) {
            String number = reply.substring(reply.lastIndexOf('-') + 1);
            try (PDDocument doc = Loader.loadPDF(zip.get(reply + ".pdf"))) {
                assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s", "")).as(reply).contains(number);
            }
            assertThat(String.join("", ofdEngine.pageTexts(zip.get(reply + ".ofd")))).as(reply).contains(number);
            try (var docx = new XWPFDocument(new ByteArrayInputStream(zip.get(reply + ".docx")));
                 var text = new XWPFWordExtractor(docx)) {
                assertThat(text.getText()).as(reply).contains(number);
            }
        }
        assertThat(pdfText(zip.get("第002号建议-第2次答复-新卫提字〔2024〕5号.pdf"))).contains("第二次答复");

        try (var index = new XSSFWorkbook(new ByteArrayInputStream(zip.get("目录.xlsx")))) {
            XSSFSheet sheet = index.getSheet("目录");
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(6);
            assertThat(cells(sheet.getRow(0))).containsExactlyElementsOf(ExportIndex.HEADINGS);
            assertThat(cells(sheet.getRow(3))).containsExactly("2", "关于健全生育服务保障机制的建议", "2",
                    "南昌市新建区卫生健康委员会", "新卫提字〔2024〕5号", "A", "2024年7月20日",
                    "第002号建议-第2次答复-新卫提字〔2024〕5号");
        }
    }

    @Test
    @DisplayName("ZIP内文件名以UTF-8保存并设置语言编码标志")
    void entryNamesAreFlaggedUtf8() throws IOException {
        MeetingExport job = shared;
        try (var zip = new ZipArchiveInputStream(Files.newInputStream(job.file()))) {
            int count = 0;
            for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertThat(entry.getGeneralPurposeBit().usesUTF8ForNames()).as(entry.getName()).isTrue();
                count++;
            }
            assertThat(count).isEqualTo(16);
        }
    }

    @Test
    @DisplayName("打包任务只有发起人能查看和下载；其他人得到404和说明")
    void onlyThePersonWhoStartedTheJobSeesAndDownloadsIt() throws IOException {
        WebClient clerkWeb = WebClient.loggedIn(port, "clerk", TestWorld.PASSWORD);
        assertThat(shared.status()).isEqualTo(MeetingExport.Status.DONE);

        assertThat(clerkWeb.get(jobPath).body()).contains("打包完成：共 5 件答复函").contains(jobPath + "/download");
        HttpResponse<byte[]> download = clerkWeb.download(jobPath + "/download");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("application/zip");
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
                .contains("filename*=UTF-8''%E5%8C%BA%E4%BA%BA%E5%A4%A7");     // 区人大…
        assertThat(entries(download.body())).hasSize(16);

        for (String other : List.of("supervisor", "admin")) {           // may export, but not someone else's job
            WebClient web = WebClient.loggedIn(port, other, TestWorld.PASSWORD);
            HttpResponse<String> page = web.get(jobPath);
            assertThat(page.statusCode()).as(other).isEqualTo(404);
            assertThat(page.body()).contains("找不到该打包任务").contains("只有发起人本人可以查看和下载");
            assertThat(web.download(jobPath + "/download").statusCode()).as(other).isEqualTo(404);
            assertThat(web.get("/exports").body()).as(other).doesNotContain(jobPath);
        }
        for (String stranger : List.of("handler", "head", "deputy")) {
            WebClient web = WebClient.loggedIn(port, stranger, TestWorld.PASSWORD);
            assertThat(web.post("/exports", List.of("meetingId", String.valueOf(world.meeting.id()))).statusCode())
                    .as(stranger).isEqualTo(403);
            assertThat(web.download(jobPath + "/download").statusCode()).as(stranger).isEqualTo(403);
        }
        assertThat(clerkWeb.get("/exports/00000000-0000-0000-0000-000000000000").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("一件答复函生成失败：任务失败并指明该件，不提供残缺的ZIP")
    void aReplyThatDoesNotRenderFailsTheJobByName() {
        doThrow(new IllegalStateException("font missing")).when(pdf)
                .render(argThat((ReplyLetter letter) -> letter != null
                        && "新卫提字〔2024〕2号".equals(letter.documentNumber())));
        MeetingExport job = finished(exports.start(world.meeting.id(), clerk));

        assertThat(job.status()).isEqualTo(MeetingExport.Status.FAILED);
        assertThat(job.done()).as("every reply was tried").isEqualTo(5);
        assertThat(job.failures()).as("the OFD is drawn from the PDF, so it fails with it").containsExactly(
                new MeetingExport.Failure("第002号建议-第1次答复-新卫提字〔2024〕2号", LetterFormat.PDF),
                new MeetingExport.Failure("第002号建议-第1次答复-新卫提字〔2024〕2号", LetterFormat.OFD));
        assertThat(job.file()).isNull();

        WebClient clerkWeb = WebClient.loggedIn(port, "clerk", TestWorld.PASSWORD);
        String page = clerkWeb.get("/exports/" + job.id()).body();
        assertThat(page).contains("打包失败，没有生成ZIP文件。").contains("第002号建议-第1次答复-新卫提字〔2024〕2号：PDF文件未能生成。")
                .doesNotContain("/download");
        assertThat(clerkWeb.download("/exports/" + job.id() + "/download").statusCode()).isEqualTo(404);
    }

    @Test
    @Order(Integer.MAX_VALUE)                                          // forgets the shared export: last
    @DisplayName("完成1小时后清理任务和临时文件")
    void finishedJobsAreForgottenWithTheirFilesAfterAnHour() {
        MeetingExport job = shared;
        Path file = job.file();
        assertThat(file).exists();
        exports.sweep(job.finishedAt().plus(Duration.ofMinutes(59)));
        assertThat(exports.find(job.id(), clerk)).isPresent();
        exports.sweep(job.finishedAt().plus(Duration.ofMinutes(61)));
        assertThat(exports.find(job.id(), clerk)).isEmpty();
        assertThat(file).doesNotExist();
    }

    @Test
    @DisplayName("没有选会议或会议没有已签发的答复函：就地提示")
    void aMeetingWithoutSignedRepliesIsRefusedBesideTheField() {
        assertThatThrownBy(() -> exports.start(emptyMeeting.id(), clerk))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("meetingId");
                    assertThat(v.reasonKey()).isEqualTo("export.noReplies");
                });
        WebClient clerkWeb = WebClient.loggedIn(port, "clerk", TestWorld.PASSWORD);
        HttpResponse<String> empty = clerkWeb.follow(clerkWeb.post("/exports", List.of("meetingId", String.valueOf(emptyMeeting.id()))));
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("四届一次会议还没有已签发的答复函，无需打包。");
        HttpResponse<String> none = clerkWeb.follow(clerkWeb.post("/exports", List.of("meetingId", "")));
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(none.body()).contains("请选择。");
        assertThat(clerkWeb.post("/exports", List.of("meetingId", "999999")).statusCode()).isEqualTo(404);
    }

    private MeetingExport finished(MeetingExport job) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!job.isFinished()) {
            assertThat(System.nanoTime()).as("export finished in time").isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return job;
    }

    /** The entries of a ZIP in the order written, with their bytes. */
    static Map<String, byte[]> entries(byte[] zip) throws IOException {
        var entries = new LinkedHashMap<String, byte[]>();
        try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip),
                java.nio.charset.StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s", "");
        }
    }

    private static List<String> cells(Row row) {
        var cells = new ArrayList<String>();
        row.forEach(cell -> cells.add(cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                ? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue()));
        return cells;
    }
}
