package cn.jianyi.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import cn.jianyi.demo.DemoReference;
import cn.jianyi.handling.ReplyLetter;
import cn.jianyi.handling.ReplyLetters;
import cn.jianyi.handling.ReplyQueries;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.Lanes;
import cn.jianyi.support.ReferenceDocument;
import cn.jianyi.support.TaggedPdf;

/**
 * The reference letter's PDF is tagged for screen readers, PDF/UA-1 style (ADR 0056): marked and structured, its
 * language and title declared, the structure read in order spelling the letter, headings as headings, the feedback
 * form's labels as table header cells, the page numbers and rules as artifacts, nothing drawn outside the tags.
 */
@Tag("rendering")
@Lanes.BesideBrowsers
@IntegrationTest(properties = "jianyi.demo.enabled=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfUaTests {

    @Autowired DemoReference demo;
    @Autowired ReplyQueries replyQueries;
    @Autowired ReplyLetters letters;
    @Autowired PdfLetterRenderer renderer;
    @Autowired OfficialPdf officialPdf;
    @Autowired DocumentSettings settings;

    private ReplyLetter letter;
    private byte[] pdf;
    private TaggedPdf tagged;

    @BeforeAll
    void render() throws IOException {
        letter = ReferenceLetters.reference(demo, replyQueries, letters);
        pdf = renderer.render(letter);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            tagged = TaggedPdf.read(doc);
        }
    }

    @Test
    @DisplayName("标记为带结构的 PDF：MarkInfo、结构树与 ParentTree、语言 zh-CN、阅读器显示标题、PDF/UA-1 标识")
    void isMarkedWithLanguageTitleAndIdentification() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var catalog = doc.getDocumentCatalog();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            var root = catalog.getStructureTreeRoot();
            assertThat(root).isNotNull();
            assertThat(root.getParentTree()).isNotNull();
            assertThat(root.getParentTreeNextKey()).isEqualTo(doc.getNumberOfPages());
            for (PDPage page : doc.getPages()) {
                assertThat(page.getStructParents()).as("page's key in the ParentTree").isGreaterThanOrEqualTo(0);
            }
            assertThat(catalog.getLanguage()).isEqualTo("zh-CN");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(letter.title());

            var xmp = new DomXmpParser().parse(catalog.getMetadata().exportXMPMetadata());
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(letter.title());
            var pdfua = xmp.getSchema(OfficialPdf.PDFUA_NAMESPACE);
            assertThat(pdfua).as("pdfuaid schema").isNotNull();
            assertThat(pdfua.getIntegerPropertyValueAsSimple("part")).isEqualTo(1);
            // what OfficialPdf wrote before the letter was tagged is kept
            assertThat(xmp.getDublinCoreSchema().getCreators()).containsExactly(letter.unitFullName());
            assertThat(xmp.getDublinCoreSchema().getIdentifier()).isEqualTo(letter.documentNumber());
            assertThat(xmp.getXMPBasicSchema().getCreateDate()).isNotNull();
            assertThat(xmp.getXMPBasicSchema().getCreatorTool()).isEqualTo("Jianyi 建议办理系统");
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant()).as("Info and XMP agree")
                    .isEqualTo(xmp.getXMPBasicSchema().getCreateDate().toInstant());
            assertThat(doc.getDocumentInformation().getModificationDate().toInstant())
                    .isEqualTo(xmp.getXMPBasicSchema().getModifyDate().toInstant());

            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                }
            }
        }
        assertThat(tagged.document().type()).isEqualTo("Document");
    }

    @Test
    @DisplayName("结构树按阅读顺序读出的正是来文全文，页码不在其中（页码是 Artifact）")
    void theStructureReadInOrderSpellsTheLetterWithoutPageNumbers() {
        String read = tagged.textInReadingOrder();
        ReferenceDocument.assertReadAsReference(read);
        assertThat(read.replaceAll("\\s+", "")).doesNotContainPattern("—\\d+—");
        for (int page = 1; page < tagged.pageCount(); page++) {
            assertThat(tagged.artifactText(page).replaceAll("\\s+", "")).as("page number of page " + (page + 1))
                    .isEqualTo("—" + (page + 1) + "—");
        }
        assertThat(tagged.artifactText(0)).as("no page number on the first page").isEmpty();
    }

    @Test
    @DisplayName("页面上画的一切要么在结构里、要么是 Artifact；每段标记内容都有结构元素认领")
    void nothingIsDrawnOutsideTheTags() {
        for (int page = 0; page < tagged.pageCount(); page++) {
            assertThat(tagged.untaggedOperations(page)).as("untagged drawing on page " + (page + 1)).isZero();
        }
        assertThat(tagged.unreferencedMarkedContent()).isEmpty();
        assertThat(tagged.parentTreeMismatches()).as("the ParentTree names each MCID's element").isEmpty();
    }

    @Test
    @DisplayName("标题是标题：来文标题与征询意见表标题为 H1，一级标题为 H2，二级标题为 H3")
    void headingsAreHeadings() {
        assertThat(tagged.elements("H1")).extracting(TaggedPdf.Element::text)
                .containsExactly(letter.title(), "人大代表建议办理情况征询意见表");
        assertThat(tagged.elements("H2")).extracting(TaggedPdf.Element::text)
                .containsExactlyElementsOf(texts(ReplyLetter.Paragraph.Kind.HEADING_1)).isNotEmpty();
        assertThat(tagged.elements("H3")).extracting(TaggedPdf.Element::text)
                .containsExactlyElementsOf(texts(ReplyLetter.Paragraph.Kind.HEADING_2));
        assertThat(tagged.elements("P")).extracting(TaggedPdf.Element::text).contains(letter.salutation());
    }

    @Test
    @DisplayName("标题层级不跳级：前面没有一级标题的（一）标题为 H2，一级标题之下的为 H3")
    void headingLevelsSkipNoLevel() throws IOException {
        var body = java.util.List.of(
                new ReplyLetter.Paragraph(ReplyLetter.Paragraph.Kind.HEADING_2, "（一）先行情况"),
                new ReplyLetter.Paragraph(ReplyLetter.Paragraph.Kind.TEXT, "先行的正文。"),
                new ReplyLetter.Paragraph(ReplyLetter.Paragraph.Kind.HEADING_1, "一、总体情况"),
                new ReplyLetter.Paragraph(ReplyLetter.Paragraph.Kind.HEADING_2, "（一）分项情况"),
                new ReplyLetter.Paragraph(ReplyLetter.Paragraph.Kind.TEXT, "分项的正文。"));
        assertThat(PdfLetterRenderer.headingLevels(body)).containsExactly(2, 0, 2, 3, 0);
        try (PDDocument doc = Loader.loadPDF(renderer.render(ReferenceLetters.withBody(letter, body)))) {
            TaggedPdf headings = TaggedPdf.read(doc);
            assertThat(headings.elements("H2")).extracting(TaggedPdf.Element::text)
                    .containsExactly("（一）先行情况", "一、总体情况");
            assertThat(headings.elements("H3")).extracting(TaggedPdf.Element::text).containsExactly("（一）分项情况");
        }
    }

    @Test
    @DisplayName("分类标记在页角（页边框里）时仍被读出：首页第一段，不是 Artifact；页面上画的不变")
    void aClassMarkInTheCornerIsReadFirst() throws IOException {
        var topLeft = new DocumentSettings(settings.fontDir(), settings.licensedFontDir(), ClassMarkPosition.TOP_LEFT,
                settings.sealDir());
        byte[] corner = new PdfLetterRenderer(officialPdf, topLeft, java.time.Clock.systemDefaultZone())
                .render(letter);
        try (PDDocument doc = Loader.loadPDF(corner)) {
            TaggedPdf read = TaggedPdf.read(doc);
            assertThat(read.document().kids().get(0).type()).isEqualTo("P");
            assertThat(read.document().kids().get(0).text()).isEqualTo("分类：" + letter.classification());
            assertThat(read.textInReadingOrder()).startsWith("分类：" + letter.classification());
            assertThat(read.artifactText(0)).doesNotContain("分类");
            for (int page = 0; page < read.pageCount(); page++) {
                assertThat(read.untaggedOperations(page)).isZero();
            }
            assertThat(read.unreferencedMarkedContent()).isEmpty();
            assertThat(read.parentTreeMismatches()).isEmpty();
            var layout = PdfPageLayout.read(doc);
            assertThat(layout.pages().get(0).texts()).extracting(t -> t.text()).contains("分类：A");
        }
    }

    @Test
    @DisplayName("征询意见表是表格：各栏名称是行表头（TH，Scope Row），没有空的表头组")
    void theFeedbackFormIsATableWithHeaderCells() {
        var tables = tagged.elements("Table");
        assertThat(tables).hasSize(1);
        var table = tables.get(0);
        assertThat(table.kids()).extracting(TaggedPdf.Element::type).containsExactly("TBody");
        var headers = table.all().filter(e -> e.type().equals("TH")).toList();
        assertThat(headers).extracting(TaggedPdf.Element::text).containsExactly("代表人姓名", "通讯地址", "邮政编码",
                "建议内容", "承办单位", "电话", "邮政编码", "代表对办理情况的意见：", "满意", "基本满意", "不满意");
        assertThat(headers).filteredOn(h -> !h.text().startsWith("代表对")).extracting(TaggedPdf.Element::scope)
                .containsOnly("Row");
        var cells = table.all().filter(e -> e.type().equals("TD")).map(TaggedPdf.Element::text).toList();
        assertThat(cells).contains("程绮南", letter.form().suggestionTitle(), "√");
        assertThat(tagged.elements("Figure")).as("the letter has no images").isEmpty();
    }

    @Test
    @DisplayName("跨页表格：后续页重复的表头是 Artifact，表头只读一次；数据行按顺序读出")
    void aPaginatedTablesRepeatedHeaderIsReadOnce() throws IOException {
        var rows = new StringBuilder();
        for (int i = 1; i <= 120; i++) {
            rows.append("<tr><td>第").append(i).append("行</td><td>").append(i * 7).append("</td></tr>");
        }
        String xhtml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\" "
                + "lang=\"zh-CN\"><head><title>跨页表格</title><style>body { font-family: 'FangSong'; } "
                + "table { -fs-table-paginate: paginate; } th, td { border: 1pt solid #000; }</style></head><body>"
                + "<h1>跨页表格</h1><table><thead><tr><th scope=\"col\">名称</th><th scope=\"col\">数值</th></tr>"
                + "</thead><tbody>" + rows + "</tbody></table></body></html>";
        try (PDDocument doc = Loader.loadPDF(officialPdf.render(xhtml))) {
            TaggedPdf table = TaggedPdf.read(doc);
            assertThat(table.pageCount()).isGreaterThan(2);
            assertThat(table.elements("TH")).extracting(TaggedPdf.Element::text).containsExactly("名称", "数值");
            assertThat(table.elements("TR")).hasSize(121);
            assertThat(table.elements("TD").get(238).text()).isEqualTo("第120行");
            assertThat(table.artifactText(0)).doesNotContain("名称");
            // the rows fill pages 1–3 (openhtmltopdf adds a last page with the table's bottom border only)
            assertThat(table.artifactText(1)).as("the header repeated on page 2").isEqualTo("名称数值");
            assertThat(table.artifactText(2)).as("the header repeated on page 3").isEqualTo("名称数值");
            for (int page = 0; page < table.pageCount(); page++) {
                assertThat(table.untaggedOperations(page)).isZero();
            }
            assertThat(table.unreferencedMarkedContent()).isEmpty();
            assertThat(table.parentTreeMismatches()).isEmpty();
        }
    }

    private java.util.List<String> texts(ReplyLetter.Paragraph.Kind kind) {
        return letter.paragraphs().stream().filter(p -> p.kind() == kind).map(ReplyLetter.Paragraph::text).toList();
    }
}
