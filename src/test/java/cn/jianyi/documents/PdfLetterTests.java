package cn.jianyi.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import cn.jianyi.demo.DemoReference;
import cn.jianyi.handling.ReplyQueries;
import cn.jianyi.handling.ReplyLetters;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.Lanes;
import cn.jianyi.support.ReferenceDocument;

/**
 * Golden test of the PDF reply letter for the demo's reference case, read back with positions through PDFBox: the
 * GB/T 9704 geometry (margins within 1 mm, 22 lines on a full page, 28 characters on a full line), embedded fonts,
 * the class mark at the top right, Chinese line breaking, and the reference document's lines in order.
 */
@Tag("rendering")
@Lanes.BesideBrowsers
@IntegrationTest(properties = "jianyi.demo.enabled=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfLetterTests {

    private static final float MM = 72f / 25.4f;

    @Autowired DemoReference demo;
    @Autowired ReplyQueries replyQueries;
    @Autowired ReplyLetters letters;
    @Autowired PdfLetterRenderer renderer;

    private byte[] pdf;
    /** Text lines per page (0-based), each with its glyphs, top to bottom. */
    private final Map<Integer, List<Line>> pages = new TreeMap<>();

    record Line(float top, List<TextPosition> glyphs) {

        String text() {
            var b = new StringBuilder();
            glyphs.forEach(g -> b.append(g.getUnicode()));
            return b.toString();
        }

        float left() {
            return glyphs.get(0).getXDirAdj();
        }

        float right() {
            TextPosition last = glyphs.get(glyphs.size() - 1);
            return last.getXDirAdj() + last.getWidthDirAdj();
        }
    }

    @BeforeAll
    void render() throws IOException {
        pdf = renderer.render(ReferenceLetters.reference(demo, replyQueries, letters));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "reply-43.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    int page = getCurrentPageNo() - 1;
                    List<Line> lines = pages.computeIfAbsent(page, p -> new ArrayList<>());
                    float top = positions.get(0).getYDirAdj();
                    Line line = lines.stream().filter(l -> Math.abs(l.top() - top) < 2).findFirst().orElse(null);
                    if (line == null) {
                        lines.add(new Line(top, new ArrayList<>(positions)));
                    } else {
                        line.glyphs().addAll(positions);
                    }
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(doc);
        }
        pages.values().forEach(lines -> lines.sort((a, b) -> Float.compare(a.top(), b.top())));
    }

    @Test
    @DisplayName("边距误差不超过1毫米，满页22行，满行28字，首页不编页码")
    void geometry() {
        // the line boxes of a full page, placed as CSS places them: baseline − ascent − half-leading
        List<Line> page2 = bodyLines(pages.get(1));
        float pitch = (page2.get(page2.size() - 1).top() - page2.get(0).top()) / (page2.size() - 1);
        assertThat(pitch / MM).as("line pitch 225 mm / 22").isCloseTo(225f / 22, org.assertj.core.data.Offset.offset(0.05f));
        TextPosition g = page2.get(0).glyphs().get(0);
        var descriptor = g.getFont().getFontDescriptor();
        float size = g.getFontSizeInPt();
        float ascent = descriptor.getAscent() / 1000 * size;
        float descent = -descriptor.getDescent() / 1000 * size;
        float boxTop = page2.get(0).top() - ascent - (pitch - ascent - descent) / 2;
        assertThat(boxTop / MM).as("top margin 37 mm").isCloseTo(37f, org.assertj.core.data.Offset.offset(1f));
        assertThat((boxTop + 22 * pitch) / MM).as("type area ends 35 mm above the bottom").isCloseTo(262f,
                org.assertj.core.data.Offset.offset(1f));
        for (List<Line> lines : pages.values()) {
            for (Line line : bodyLines(lines)) {
                assertThat(line.left() / MM).as("left edge of: " + line.text()).isGreaterThanOrEqualTo(27f);
                assertThat(line.right() / MM).as("right edge of: " + line.text()).isLessThanOrEqualTo(185f);
            }
        }
        List<Line> fullPage = bodyLines(pages.get(1));
        assertThat(fullPage).as("lines on the second (full) page").hasSize(22);
        long fullLines = fullPage.stream().filter(l -> l.text().strip().length() == 28).count();
        assertThat(fullLines).as("lines of exactly 28 characters on a full page").isGreaterThan(10);
        assertThat(fullPage).filteredOn(l -> l.text().strip().chars().allMatch(c -> c >= 0x2E80))
                .as("a line of full-width characters holds at most 28")
                .allSatisfy(l -> assertThat(l.text().strip().length()).isLessThanOrEqualTo(28));
        float flushLeft = (float) fullPage.stream().mapToDouble(Line::left).min().orElseThrow();
        assertThat(flushLeft / MM).as("订口 28 mm").isCloseTo(28f, org.assertj.core.data.Offset.offset(1f));
        float flushRight = (float) fullPage.stream().filter(l -> l.text().strip().length() == 28)
                .mapToDouble(Line::right).max().orElseThrow();
        assertThat((210 * MM - flushRight) / MM).as("right margin 26 mm").isCloseTo(26f,
                org.assertj.core.data.Offset.offset(1f));
        assertThat(footer(pages.get(0))).as("no number on page one").isEmpty();
        assertThat(footer(pages.get(1))).hasValueSatisfying(n -> assertThat(n).isEqualTo("—2—"));
    }

    @Test
    @DisplayName("字体全部嵌入；“分类：A”在首页右上；行首无、。，；：！？）》」，行尾无（《「")
    void fontsClassMarkAndLineBreaking() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                }
            }
        }
        Line mark = pages.get(0).stream().filter(l -> l.text().strip().equals("分类：A")).findFirst().orElseThrow();
        assertThat((210 * MM - mark.right()) / MM).as("flush with the type area's right edge").isCloseTo(26f,
                org.assertj.core.data.Offset.offset(1f));
        assertThat(mark.top() / MM).as("in the upper part of the first page").isLessThan(90f);
        for (List<Line> lines : pages.values()) {
            for (Line line : bodyLines(lines)) {
                String text = line.text().strip();
                assertThat("、。，；：！？）》」").as("line start: " + text).doesNotContain(text.substring(0, 1));
                assertThat("（《「").as("line end: " + text).doesNotContain(text.substring(text.length() - 1));
            }
        }
    }

    @Test
    @DisplayName("依次包含参考文件从文号到邮政编码的每一行，之后是征询意见表，满意已勾选")
    void readsLikeTheReferenceDocument() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // page numbers ("— 3 —") are page furniture, not text of the letter
            ReferenceDocument.assertReadAsReference(new PDFTextStripper().getText(doc));
        }
    }

    @Test
    @DisplayName("30页的正文正确分页，第2页起每页有页码；生僻字（犇）由备用字体显示，不缺字")
    void longBodiesPaginateAndRareCharactersHaveGlyphs() throws IOException {
        var longLetter = ReferenceLetters.withBody(ReferenceLetters.reference(demo, replyQueries, letters),
                ReferenceLetters.longBody("犇"));
        try (PDDocument doc = Loader.loadPDF(renderer.render(longLetter))) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).as("a body of some 30 pages").isGreaterThanOrEqualTo(30);
            var stripper = new PDFTextStripper();
            for (int page = 2; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(doc).replaceAll("\\s+", "")).as("page number on page " + page)
                        .contains("—" + page + "—");
            }
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(doc);
            assertThat(first).contains("犇犇犇").doesNotContain("#");
            assertThat(first.replaceAll("\\s+", "")).doesNotContain("—1—");
            assertSubsetsConsistent(doc);
        }
    }

    @Test
    @DisplayName("PDF 的文档信息与 XMP 元数据：标题、发文机关、文号、创建时间；页面正好是 A4")
    void carriesItsMetadataAndIsA4() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("关于区人大二届四次会议第43号建议的答复");
            assertThat(info.getAuthor()).isEqualTo("南昌市新建区卫生健康委员会");
            assertThat(info.getSubject()).isEqualTo("新卫提字〔2024〕1号");
            assertThat(info.getCreationDate()).isNotNull();
            var xmp = new org.apache.xmpbox.xml.DomXmpParser().parse(
                    doc.getDocumentCatalog().getMetadata().exportXMPMetadata());
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(info.getTitle());
            assertThat(xmp.getDublinCoreSchema().getCreators()).containsExactly("南昌市新建区卫生健康委员会");
            assertThat(xmp.getDublinCoreSchema().getIdentifier()).isEqualTo("新卫提字〔2024〕1号");
            assertThat(xmp.getXMPBasicSchema().getCreateDate()).isNotNull();
            for (PDPage page : doc.getPages()) {
                assertThat((double) (page.getMediaBox().getWidth() / MM)).as("A4 width").isCloseTo(210.0, within(0.01));
                assertThat((double) (page.getMediaBox().getHeight() / MM)).as("A4 height").isCloseTo(297.0, within(0.01));
            }
        }
    }

    @Test
    @DisplayName("PDF 嵌入的字体子集自洽：字形数、度量表与所画的每个字一致，每个字都有字形")
    void embeddedSubsetsAreConsistent() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertSubsetsConsistent(doc);
        }
    }

    /**
     * Every embedded TrueType subset (ISO 32000 lets a PDF keep only the tables it needs, so this is no sanitizer
     * check): maxp's glyph count agrees with loca and hmtx, and every character drawn maps to a glyph of the subset,
     * not .notdef, with an outline unless it is a space (ADR 0054).
     */
    private static void assertSubsetsConsistent(PDDocument doc) throws IOException {
        var checked = new java.util.HashSet<String>();
        var drawn = new java.util.ArrayList<TextPosition>();
        var stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                drawn.addAll(positions);
            }
        };
        stripper.getText(doc);
        assertThat(drawn).isNotEmpty();
        for (TextPosition position : drawn) {
            if (!(position.getFont() instanceof org.apache.pdfbox.pdmodel.font.PDType0Font type0)
                    || !(type0.getDescendantFont() instanceof org.apache.pdfbox.pdmodel.font.PDCIDFontType2 cid)) {
                continue;
            }
            var ttf = cid.getTrueTypeFont();
            int glyphs = ttf.getNumberOfGlyphs();
            String name = type0.getName();
            if (checked.add(name)) {
                assertThat(cid.isEmbedded()).as(name + " embedded").isTrue();
                assertThat(ttf.getIndexToLocation().getOffsets()).as(name + ": loca holds every glyph")
                        .hasSize(glyphs + 1);
                assertThat(ttf.getHorizontalHeader().getNumberOfHMetrics()).as(name + ": hmtx within the glyphs")
                        .isBetween(1, glyphs);
            }
            for (int code : position.getCharacterCodes()) {
                int gid = cid.codeToGID(code);
                String character = position.getUnicode();
                assertThat(gid).as(name + " draws '" + character + "' with a glyph of its own").isBetween(1, glyphs - 1);
                if (!character.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                    var glyph = ttf.getGlyph().getGlyph(gid);
                    assertThat(glyph).as(name + ": an outline for '" + character + "'").isNotNull();
                    assertThat(glyph.getNumberOfContours()).as(name + ": an outline for '" + character + "'")
                            .isNotZero();
                }
            }
        }
        assertThat(checked).as("the letter's TrueType subsets").isNotEmpty();
    }

    /** Lines inside the type area (the footer's page number lies below it). */
    private static List<Line> bodyLines(List<Line> lines) {
        return lines.stream().filter(l -> l.top() / MM < 297 - 35 + 1).filter(l -> !l.text().isBlank()).toList();
    }

    private static java.util.Optional<String> footer(List<Line> lines) {
        return lines.stream().filter(l -> l.top() / MM > 297 - 35 + 1).map(l -> l.text().replaceAll("\\s+", ""))
                .findFirst();
    }

}
