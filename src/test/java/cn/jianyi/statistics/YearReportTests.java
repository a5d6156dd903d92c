package cn.jianyi.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import cn.jianyi.assignment.AssignCommand;
import cn.jianyi.assignment.Assignments;
import cn.jianyi.feedback.FeedbackManagement;
import cn.jianyi.feedback.Satisfaction;
import cn.jianyi.handling.ContactKind;
import cn.jianyi.handling.ContactLog;
import cn.jianyi.handling.ReplyTemplates;
import cn.jianyi.handling.Replies;
import cn.jianyi.handling.RecordContactCommand;
import cn.jianyi.handling.Reply;
import cn.jianyi.handling.ReplyContent;
import cn.jianyi.handling.ResolutionCategory;
import cn.jianyi.handling.ReviewClassCommand;
import cn.jianyi.handling.SaveDraftCommand;
import cn.jianyi.handling.SignReplyCommand;
import cn.jianyi.identity.Role;
import cn.jianyi.shared.Actor;
import cn.jianyi.statistics.report.HandlingReport;
import cn.jianyi.statistics.report.HandlingReportDocx;
import cn.jianyi.statistics.report.HandlingReportPdf;
import cn.jianyi.statistics.report.HandlingReports;
import cn.jianyi.suggestion.RegisterSuggestionCommand;
import cn.jianyi.suggestion.SubjectArea;
import cn.jianyi.suggestion.SuggestionManagement;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.MutableClock;
import cn.jianyi.support.OnPostgres;
import cn.jianyi.support.TaggedPdf;
import cn.jianyi.support.TestWorld;
import cn.jianyi.support.WebClient;

/**
 * 办理情况报告: a meeting of 12 suggestions with known outcomes, built through the use cases; the report read back
 * from the DOCX (POI) and the PDF (PDFBox) carries the exact sentences and figures of {@link Statistics}, three
 * charts (native charts with their data in the DOCX, images in the PDF), the table of units and the placeholder.
 *
 * <p>The meeting: 区卫健委 leads Nos. 1–8, 区教体局 Nos. 9–11, No. 12 is only registered. Signed replies: 1–7 and
 * 9–10 (No. 6 after its due date); Nos. 8 and 11 are overdue. Classes: A 1–4, 9; B 5, 6, 10; D 7. First-round forms:
 * 满意 1–4, 9; 基本满意 5, 6, 10; 不满意 7, which is re-handled and then rated 满意. No. 1 is closed, No. 2 has a
 * face-to-face contact.
 */
@OnPostgres
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = MutableClock.PROPERTIES)
@Import(MutableClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YearReportTests {

    private static final LocalDate SIGNED_EARLY = LocalDate.of(2024, 5, 20);
    private static final LocalDate SIGNED_LATE = LocalDate.of(2024, 6, 20);
    private static final LocalDate RATED = LocalDate.of(2024, 6, 28);

    private static final String TITLE = "关于区人大二届四次会议代表建议办理情况的报告";
    private static final String BASICS = "区人大二届四次会议期间，代表共提出建议12件。按内容分，农业农村类3件、教科文卫类6件、"
            + "社会建设类3件。已交办11件，由2个单位承办，其中主办（分办）单位2个。其余1件未交办（已登记1件）。";
    private static final String RATES = "截至2024年7月10日，已交办的11件建议中，已办复9件，办复率81.82%；按期办复8件，"
            + "按期办复率72.73%；已办结1件，办结率9.09%；承办单位与代表当面沟通（面商）1件，见面率9.09%。";
    private static final String CLASSES = "按照答复分类（全国人大四类），已答复的9件建议中，其中A类（所提问题已经解决或者基本解决）"
            + "5件，占55.56%；B类（所提问题正在解决或者列入规划逐步解决）3件，占33.33%；C类（因目前条件限制或者其他原因需待以后解决）"
            + "0件，占0.00%；D类（所提问题留作参考）1件，占11.11%。";
    private static final String OVERDUE = "截至2024年7月10日，超过答复期限仍未答复的主办（分办）任务2项：区卫健委1项、区教体局1项。";
    private static final String FIRST_ROUND = "初次办理后，代表反馈征询意见表9份，其中满意5份，占55.56%；基本满意3份，占33.33%；"
            + "满意和基本满意合计8份，满意率（含基本满意）88.89%；不满意1份，占11.11%。";
    private static final String FINAL_ROUND = "对代表不满意的建议重新办理后，按每件建议最新一轮的意见表统计，共9份，其中满意6份，"
            + "占66.67%；基本满意3份，占33.33%；满意和基本满意合计9份，满意率（含基本满意）100.00%；不满意0份，占0.00%。";
    private static final String UNITS = "共有2个单位主办（分办）建议，承办建议较多的是：区卫健委8件、区教体局3件。各单位办理情况见附表。";
    private static final List<String> HEADER = List.of("序号", "单位", "承办件数", "已办复", "按期办复", "A类", "B类", "C类",
            "D类", "满意", "基本满意", "不满意");
    private static final List<String> HEALTH_ROW = List.of("1", "区卫健委", "8", "7", "6", "4", "2", "0", "1", "4", "2",
            "1");
    private static final List<String> EDUCATION_ROW = List.of("2", "区教体局", "3", "2", "2", "1", "1", "0", "0", "1", "1",
            "0");

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired MutableClock.Control clock;
    @Autowired Statistics statistics;
    @Autowired UnitStatistics unitStatistics;
    @Autowired HandlingReports reports;
    @Autowired HandlingReportDocx docx;
    @Autowired HandlingReportPdf pdf;
    @Autowired SuggestionManagement suggestions;
    @Autowired Assignments assignments;
    @Autowired ContactLog contactLog;
    @Autowired ReplyTemplates replyTemplates;
    @Autowired Replies replies;
    @Autowired FeedbackManagement feedback;

    private final Actor head2 = new Actor("head2", "万志远", Role.HEAD.name(), "区教体局");
    private TestWorld world;
    private StatisticsFilter filter;
    private HandlingReport report;

    @BeforeAll
    void meeting() {
        clock.setLocal(LocalDateTime.of(2024, 3, 10, 9, 0));
        world = TestWorld.create(context);
        filter = StatisticsFilter.meeting(world.meeting.id());
        List<Long> ids = new ArrayList<>();
        for (int number = 1; number <= 12; number++) {
            SubjectArea area = number <= 5 || number == 9 ? SubjectArea.EDUCATION_SCIENCE_CULTURE_HEALTH
                    : number <= 8 ? SubjectArea.SOCIAL_DEVELOPMENT : SubjectArea.AGRICULTURE;
            long id = suggestions.register(new RegisterSuggestionCommand(world.meeting.id(), number, "关于第" + number
                    + "项工作的建议", "内容", world.cheng.id(), List.of(), area, TestWorld.RECEIVED, world.clerk));
            ids.add(id);
            if (number <= 11) {
                long unit = number <= 8 ? world.health.id() : world.education.id();
                assignments.assign(AssignCommand.leadOnly(id, unit, TestWorld.ASSIGNED, world.clerk));
            }
        }

        clock.setLocal(LocalDateTime.of(2024, 7, 1, 9, 0));
        contactLog.recordContact(new RecordContactCommand(ids.get(1), world.health.id(), ContactKind.FACE_TO_FACE,
                LocalDate.of(2024, 3, 20), "程绮南代表、熊伟", "面商", world.handler, List.of()));
        ResolutionCategory[] classes = {ResolutionCategory.A, ResolutionCategory.A, ResolutionCategory.A,
                ResolutionCategory.A, ResolutionCategory.B, ResolutionCategory.B, ResolutionCategory.D};
        Satisfaction[] ratings = {Satisfaction.SATISFIED, Satisfaction.SATISFIED, Satisfaction.SATISFIED,
                Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED, Satisfaction.BASICALLY_SATISFIED,
                Satisfaction.DISSATISFIED};
        for (int i = 0; i < 7; i++) {
            reviewed(world.signed(world.drafted(ids.get(i), ResolutionCategory.A), i == 5 ? SIGNED_LATE : SIGNED_EARLY),
                    classes[i]);
            world.rated(ids.get(i), ratings[i], i == 6 ? "没有解决" : null, RATED);
        }
        signedByEducation(ids.get(8), ResolutionCategory.A);
        world.rated(ids.get(8), Satisfaction.SATISFIED, null, RATED);
        signedByEducation(ids.get(9), ResolutionCategory.B);
        world.rated(ids.get(9), Satisfaction.BASICALLY_SATISFIED, null, RATED);
        world.sentBack(ids.get(6));
        feedback.close(ids.get(0), world.clerk);

        clock.setLocal(LocalDateTime.of(2024, 7, 10, 9, 0));
        reviewed(world.signed(world.drafted(ids.get(6), ResolutionCategory.A), LocalDate.of(2024, 7, 5)),
                ResolutionCategory.D);
        world.rated(ids.get(6), Satisfaction.SATISFIED, null, LocalDate.of(2024, 7, 8));

        report = reports.report(filter);
    }

    private void signedByEducation(long id, ResolutionCategory classification) {
        ReplyContent t = replyTemplates.newDraftTemplate(id, world.education.id());
        Reply draft = replies.saveDraft(new SaveDraftCommand(id, world.education.id(), new ReplyContent(ResolutionCategory.A,
                t.title(), t.salutation(), t.body() + "答复正文", t.contactUnit(), t.contactPhone(), t.postcode(),
                t.copyTo(), t.publicity()), world.handler2));
        reviewed(replies.sign(new SignReplyCommand(draft.id(), world.education.id(), SIGNED_EARLY, head2)),
                classification);
    }

    /** Units sign in class A; the office's review moves a reply to the class it belongs in (B needs no commitment). */
    private void reviewed(Reply reply, ResolutionCategory classification) {
        if (classification != ResolutionCategory.A) {
            replies.reviewClass(new ReviewClassCommand(reply.id(), classification, "按答复内容调整分类", world.clerk));
        }
    }

    @Test
    @DisplayName("报告的每个数字都来自统计：各单位一行与按该单位（只计主办）筛选的统计一致")
    void theFiguresAreThoseOfTheStatistics() {
        List<UnitFigures> units = unitStatistics.byUnit(filter);
        assertThat(units).extracting(UnitFigures::unitName).containsExactly("区卫健委", "区教体局");
        for (UnitFigures unit : units) {
            StatisticsReport alone = statistics.report(new StatisticsFilter(world.meeting.id(), null, unit.unitId(),
                    true, null));
            assertThat(unit.cases()).isEqualTo(alone.total());
            assertThat(unit.replied()).isEqualTo(alone.replied());
            assertThat(unit.onTime()).isEqualTo(alone.onTime());
            assertThat(unit.classes()).containsExactlyElementsOf(alone.classes().stream()
                    .map(c -> c.share().numerator()).toList());
            assertThat(unit.classified()).isEqualTo(alone.classes().get(0).share().denominator());
            assertThat(unit.firstRound()).isEqualTo(alone.firstRound());
        }
        assertThat(unitStatistics.unitCounts(filter)).isEqualTo(new UnitStatistics.UnitCounts(2, 2));
        assertThat(unitStatistics.byCategory(filter)).containsEntry(SubjectArea.EDUCATION_SCIENCE_CULTURE_HEALTH, 6L)
                .containsEntry(SubjectArea.SOCIAL_DEVELOPMENT, 3L).containsEntry(SubjectArea.AGRICULTURE, 3L)
                .containsEntry(SubjectArea.ECONOMY, 0L);

        assertThat(report.title()).isEqualTo(TITLE);
        assertThat(report.addressee()).isEqualTo("区人大常委会：");
        assertThat(report.blocks()).extracting(HandlingReport.Block::text)
                .contains(BASICS, RATES, CLASSES, OVERDUE, FIRST_ROUND, FINAL_ROUND, UNITS)
                .contains("一、基本情况", "二、办理情况", "三、代表满意度", "四、承办单位办理情况", "五、下一步工作");
        assertThat(report.blocks()).filteredOn(b -> b.kind() == HandlingReport.Kind.PLACEHOLDER).singleElement()
                .satisfies(b -> assertThat(b.text()).startsWith("【待撰写").contains("系统不生成内容"));
        assertThat(report.charts()).extracting(HandlingReport.Chart::type).containsExactly(
                HandlingReport.Chart.Type.BAR, HandlingReport.Chart.Type.PIE, HandlingReport.Chart.Type.BAR);
        assertThat(report.charts().get(1).series().get(0).values()).containsExactly(5L, 3L, 0L, 1L);
        assertThat(report.charts().get(2).series()).extracting(HandlingReport.Series::values)
                .containsExactly(List.of(5L, 3L, 1L), List.of(6L, 3L, 0L));
        assertThat(report.unitTable().header()).containsExactlyElementsOf(HEADER);
        assertThat(report.unitTable().rows()).containsExactly(HEALTH_ROW, EDUCATION_ROW);
    }

    @Test
    @DisplayName("Word：标题、主送、各段原文、三个可编辑的原生图表（内嵌数据）、附表，仿宋/黑体/小标宋，A4")
    void theDocxCarriesTheSentencesNativeChartsAndTheTable() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.render(report)))) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains(TITLE, "区人大常委会：", BASICS, RATES, CLASSES, OVERDUE, FIRST_ROUND,
                    FINAL_ROUND, UNITS, "五、下一步工作", "图：答复分类分布（件）");
            XWPFRun titleRun = runOf(doc, TITLE);
            assertThat(titleRun.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
            assertThat(titleRun.getFontSizeAsDouble()).isEqualTo(22.0);
            assertThat(runOf(doc, RATES).getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋_GB2312");
            assertThat(runOf(doc, "二、办理情况").getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("黑体");
            XWPFRun placeholder = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("【待撰写"))
                    .findFirst().orElseThrow().getRuns().get(0);
            assertThat(placeholder.getTextHighlightColor().toString()).isEqualTo("yellow");

            List<XWPFChart> charts = doc.getCharts();
            assertThat(charts).hasSize(3);
            var altTexts = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .flatMap(r -> java.util.Arrays.stream(r.getCTR().getDrawingArray()))
                    .flatMap(d -> java.util.Arrays.stream(d.getInlineArray())).map(i -> i.getDocPr().getDescr())
                    .toList();
            assertThat(altTexts).as("each chart's 可选文字, as in the PDF").hasSize(3)
                    .contains("饼图“图：答复分类分布（件）”：A类5件、B类3件、C类0件、D类1件。");
            assertThat(charts.get(1).getCTChart().getPlotArea().sizeOfPieChartArray()).isEqualTo(1);
            assertThat(charts.get(0).getCTChart().getPlotArea().sizeOfBarChartArray()).isEqualTo(1);
            assertThat(charts.get(1).getCTChart().getPlotArea().getPieChartArray(0).getSerArray(0).getDPtArray(0)
                    .getSpPr().getSolidFill().getSrgbClr().getVal()).as("A in the PDF's first colour")
                    .containsExactly(0x1F, 0x4E, 0x9C);
            try (var workbook = charts.get(1).getWorkbook()) {
                var sheet = workbook.getSheetAt(0);
                assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("A类");
                assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).as("the chart's data, editable in Word")
                        .isEqualTo(5.0);
                assertThat(sheet.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(1.0);
            }
            for (XWPFChart chart : charts) {
                try (var workbook = chart.getWorkbook()) {
                    assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).as("an embedded workbook per chart")
                            .isGreaterThan(1);
                }
            }

            XWPFTable table = doc.getTables().get(0);
            assertThat(cells(table.getRow(0))).containsExactlyElementsOf(HEADER);
            assertThat(cells(table.getRow(1))).containsExactlyElementsOf(HEALTH_ROW);
            assertThat(cells(table.getRow(2))).containsExactlyElementsOf(EDUCATION_ROW);
            var size = doc.getDocument().getBody().getSectPr().getPgSz();
            assertThat(size.getW().toString()).isEqualTo("11906");
            assertThat(size.getH().toString()).isEqualTo("16838");
        }
    }

    @Test
    @DisplayName("PDF：同样的文字和数字、三幅图、字体全部嵌入")
    void thePdfCarriesTheSameTextChartImagesAndEmbeddedFonts() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.render(report))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            for (String sentence : List.of(TITLE, "区人大常委会：", BASICS, RATES, CLASSES, OVERDUE, FIRST_ROUND,
                    FINAL_ROUND, UNITS, "五、下一步工作", "【待撰写", "附表：各承办单位办理情况（主办、分办）")) {
                assertThat(text).contains(sentence.replaceAll("\\s", ""));
            }
            assertThat(text).contains(String.join("", HEALTH_ROW)).contains(String.join("", EDUCATION_ROW));
            int images = 0;
            var fonts = new ArrayList<String>();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(images).as("the three charts").isEqualTo(3);
            assertThat(fonts.stream().map(f -> f.substring(f.indexOf('+') + 1)).collect(Collectors.toSet()))
                    .contains("FandolFang-Regular", "FandolHei-Regular", "FandolSong-Bold");
        }
    }

    @Test
    @DisplayName("PDF 带结构（ADR 0056）：标题 H1、各部分 H2、三幅图各有说明其数据的替代文字、附表有列表头、页码是 Artifact")
    void thePdfIsTaggedWithChartAlternativesAndTableHeaders() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.render(report))) {
            var catalog = doc.getDocumentCatalog();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("zh-CN");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(TITLE);
            var xmp = new org.apache.xmpbox.xml.DomXmpParser().parse(catalog.getMetadata().exportXMPMetadata());
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(TITLE);
            assertThat(xmp.getSchema("http://www.aiim.org/pdfua/ns/id/").getIntegerPropertyValueAsSimple("part"))
                    .isEqualTo(1);

            TaggedPdf tagged = TaggedPdf.read(doc);
            assertThat(tagged.elements("H1")).extracting(TaggedPdf.Element::text).containsExactly(TITLE);
            assertThat(tagged.elements("H2")).extracting(TaggedPdf.Element::text).containsExactly("一、基本情况",
                    "二、办理情况", "三、代表满意度", "四、承办单位办理情况", "五、下一步工作", "附表：各承办单位办理情况（主办、分办）");
            String read = tagged.textInReadingOrder().replaceAll("\\s", "");
            int at = 0;
            for (String sentence : List.of(TITLE, BASICS, RATES, CLASSES, FIRST_ROUND, FINAL_ROUND, UNITS)) {
                int found = read.indexOf(sentence.replaceAll("\\s", ""), at);
                assertThat(found).as("in reading order: " + sentence).isGreaterThanOrEqualTo(at);
                at = found;
            }

            var figures = tagged.elements("Figure");
            assertThat(figures).hasSize(3);
            assertThat(figures.get(0).alt()).startsWith("柱状图“图：建议内容分类（件）”：")
                    .contains("农业农村3件", "教科文卫6件", "社会建设3件");
            assertThat(figures.get(1).alt()).isEqualTo("饼图“图：答复分类分布（件）”：A类5件、B类3件、C类0件、D类1件。");
            assertThat(figures.get(2).alt()).isEqualTo("柱状图“图：代表满意度（份）”：初次办理：满意5份、基本满意3份、不满意1份；"
                    + "最终（含重新办理）：满意6份、基本满意3份、不满意0份。");

            var table = tagged.elements("Table");
            assertThat(table).hasSize(1);
            assertThat(table.get(0).kids()).extracting(TaggedPdf.Element::type).containsExactly("THead", "TBody");
            var headers = tagged.elements("TH");
            assertThat(headers).extracting(TaggedPdf.Element::text).containsExactlyElementsOf(HEADER);
            assertThat(headers).extracting(TaggedPdf.Element::scope).containsOnly("Column");
            assertThat(tagged.elements("TR")).extracting(TaggedPdf.Element::text)
                    .contains(String.join("", HEALTH_ROW), String.join("", EDUCATION_ROW));

            for (int page = 0; page < tagged.pageCount(); page++) {
                assertThat(tagged.untaggedOperations(page)).as("untagged drawing on page " + (page + 1)).isZero();
                assertThat(tagged.artifactText(page).replaceAll("\\s", "")).isEqualTo("—" + (page + 1) + "—");
            }
            assertThat(tagged.unreferencedMarkedContent()).isEmpty();
            assertThat(tagged.parentTreeMismatches()).isEmpty();
            assertThat(read).doesNotContainPattern("—\\d+—");
        }
    }

    @Test
    @DisplayName("下载：Word 与 PDF 的类型和中文文件名；承办单位 403")
    void theRoutesAnswerWithTypesAndChineseFileNames() throws IOException {
        WebClient clerk = WebClient.loggedIn(port, "clerk", TestWorld.PASSWORD);
        String query = "?meetingId=" + world.meeting.id();
        HttpResponse<byte[]> word = clerk.download("/dashboard/report.docx" + query);
        assertThat(word.statusCode()).isEqualTo(200);
        assertThat(word.headers().firstValue("Content-Type").orElseThrow())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(fileName(word)).isEqualTo(TITLE + ".docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(word.body()))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo(TITLE);
        }
        HttpResponse<byte[]> print = clerk.download("/dashboard/report.pdf" + query);
        assertThat(print.statusCode()).isEqualTo(200);
        assertThat(print.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(fileName(print)).isEqualTo(TITLE + ".pdf");
        assertThat(new String(print.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        // kept for a look at what the clerk downloads (target/year-report)
        Path kept = Files.createDirectories(Path.of("target", "year-report"));
        Files.write(kept.resolve("report.docx"), word.body());
        Files.write(kept.resolve("report.pdf"), print.body());

        HttpResponse<byte[]> year = clerk.download("/dashboard/report.docx?year=2024&category=AGRICULTURE");
        assertThat(fileName(year)).isEqualTo("关于2024年代表建议办理情况的报告.docx");
        assertThat(WebClient.loggedIn(port, "handler", TestWorld.PASSWORD).download("/dashboard/report.pdf" + query)
                .statusCode()).isEqualTo(403);
        assertThat(clerk.get("/dashboard" + query).body()).contains("/dashboard/report.docx" + query)
                .contains("/dashboard/report.pdf" + query).contains("生成办理情况报告（Word）");
    }

    private static String fileName(HttpResponse<byte[]> response) {
        String disposition = response.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).startsWith("attachment;");
        String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
        return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }

    private static XWPFRun runOf(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst().orElseThrow()
                .getRuns().get(0);
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
    }
}
