package cn.jianyi.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.jianyi.demo.DemoReference;
import cn.jianyi.handling.ReplyQueries;
import cn.jianyi.handling.ReplyLetter;
import cn.jianyi.handling.ReplyLetters;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.Lanes;

/**
 * The class mark configured into the top left corner ({@code jianyi.documents.class-mark-position=TOP_LEFT}): above
 * the letterhead in the PDF, the first page's header in the DOCX. The renderers are made here with the application's
 * {@link DocumentSettings} changed in that one setting, so the test shares the demo application of the other letter
 * tests instead of starting its own.
 */
@Tag("rendering")
@Lanes.BesideBrowsers
@IntegrationTest(properties = "jianyi.demo.enabled=true")
class ClassMarkPositionTests {

    private static final float MM = 72f / 25.4f;

    @Autowired DemoReference demo;
    @Autowired ReplyQueries replyQueries;
    @Autowired ReplyLetters letters;
    @Autowired OfficialPdf officialPdf;
    @Autowired DocumentSettings settings;

    private PdfLetterRenderer pdf;
    private DocxLetterRenderer docx;

    @BeforeEach
    void renderersWithTheMarkTopLeft() {
        var topLeft = new DocumentSettings(settings.fontDir(), settings.licensedFontDir(), ClassMarkPosition.TOP_LEFT,
                settings.sealDir());
        pdf = new PdfLetterRenderer(officialPdf, topLeft, java.time.Clock.systemDefaultZone());
        docx = new DocxLetterRenderer(topLeft);
    }

    private ReplyLetter letter() {
        return letters.of(replyQueries.latestSigned(demo.suggestionId().orElseThrow()).orElseThrow());
    }

    @Test
    @DisplayName("PDF：“分类：A”在首页左上角、版心之上，不在文号下")
    void pdfPutsTheMarkInTheTopLeftCorner() throws IOException {
        List<TextPosition> mark = new ArrayList<>();
        List<String> pageOneLines = new ArrayList<>();
        try (var document = Loader.loadPDF(pdf.render(letter()))) {
            var stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    pageOneLines.add(text.strip());
                    if (text.strip().equals("分类：A")) {
                        mark.addAll(positions);
                    }
                }
            };
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            stripper.setSortByPosition(true);
            stripper.getText(document);
        }
        assertThat(mark).isNotEmpty();
        assertThat(mark.get(0).getXDirAdj() / MM).as("at the left margin").isCloseTo(28f,
                org.assertj.core.data.Offset.offset(1f));
        assertThat(mark.get(0).getYDirAdj() / MM).as("above the type area (37 mm)").isLessThan(37f);
        assertThat(pageOneLines).containsOnlyOnce("分类：A");
        assertThat(pageOneLines.indexOf("分类：A")).isLessThan(pageOneLines.indexOf("新卫提字〔2024〕1号"));
    }

    @Test
    @DisplayName("DOCX：“分类：A”在首页页眉左侧，正文中没有")
    void docxPutsTheMarkIntoTheFirstPageHeader() throws IOException {
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx.render(letter())))) {
            var header = document.getHeaderFooterPolicy().getFirstPageHeader();
            assertThat(header).isNotNull();
            XWPFParagraph mark = header.getParagraphs().get(0);
            assertThat(mark.getText()).isEqualTo("分类：A");
            assertThat(mark.getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
            assertThat(document.getParagraphs()).noneMatch(p -> p.getText().contains("分类："));
        }
    }
}
