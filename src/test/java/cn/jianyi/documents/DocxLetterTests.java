package cn.jianyi.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.springframework.beans.factory.annotation.Autowired;

import cn.jianyi.handling.ReplyQueries;
import cn.jianyi.handling.ReplyLetters;
import cn.jianyi.suggestion.MeetingView;
import cn.jianyi.suggestion.Meetings;
import cn.jianyi.suggestion.SuggestionQueries;
import cn.jianyi.support.IntegrationTest;
import cn.jianyi.support.Lanes;
import cn.jianyi.support.ReferenceDocument;

/**
 * Golden test of the DOCX reply letter for the demo's reference case (No. 43), read back through POI: page geometry
 * of GB/T 9704, the fonts Word and WPS expect, and every line of the reference document in order.
 */
@Tag("rendering")
@Lanes.BesideBrowsers
@IntegrationTest(properties = "jianyi.demo.enabled=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocxLetterTests {


    @Autowired Meetings meetings;
    @Autowired SuggestionQueries queries;
    @Autowired ReplyQueries replyQueries;
    @Autowired ReplyLetters letters;
    @Autowired DocxLetterRenderer renderer;

    private XWPFDocument doc;

    @BeforeAll
    void render() throws Exception {
        MeetingView meeting = meetings.all().stream().filter(m -> m.term() == 2 && m.meeting() == 4).findFirst()
                .orElseThrow();
        long id = queries.findId(meeting.id(), 43).orElseThrow();
        byte[] bytes = renderer.render(letters.of(replyQueries.latestSigned(id).orElseThrow()));
        doc = new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    @Test
    @DisplayName("A4，天头37毫米、订口28毫米，版心156×225毫米，每页22行、每行28字，首页不编页码")
    void pageGeometry() {
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
        assertThat(sect.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
        assertThat(mm(sect.getPgMar().getTop())).isCloseTo(37.0, org.assertj.core.data.Offset.offset(0.1));
        assertThat(mm(sect.getPgMar().getLeft())).isCloseTo(28.0, org.assertj.core.data.Offset.offset(0.1));
        double typeWidth = mm(BigInteger.valueOf(11906)) - mm(sect.getPgMar().getLeft()) - mm(sect.getPgMar().getRight());
        double typeHeight = mm(BigInteger.valueOf(16838)) - mm(sect.getPgMar().getTop()) - mm(sect.getPgMar().getBottom());
        assertThat(typeWidth).isCloseTo(156.0, org.assertj.core.data.Offset.offset(0.2));
        assertThat(typeHeight).isCloseTo(225.0, org.assertj.core.data.Offset.offset(0.2));
        assertThat(sect.getDocGrid().getType()).isEqualTo(STDocGrid.LINES_AND_CHARS);
        double linePitchPt = ((BigInteger) sect.getDocGrid().getLinePitch()).doubleValue() / 20;
        assertThat(typeHeight / 25.4 * 72 / linePitchPt).as("lines on a full page").isCloseTo(22.0,
                org.assertj.core.data.Offset.offset(0.05));
        double charPitchPt = 16 + ((BigInteger) sect.getDocGrid().getCharSpace()).doubleValue() / 4096;
        assertThat(typeWidth / 25.4 * 72 / charPitchPt).as("characters on a full line").isCloseTo(28.0,
                org.assertj.core.data.Offset.offset(0.05));
        assertThat(sect.isSetTitlePg()).as("no page number on the first page").isTrue();
        assertThat(doc.getFooterList()).anySatisfy(f -> assertThat(f._getHdrFtr().xmlText()).contains("PAGE"));
        assertThat(doc.getFooterList()).anySatisfy(f -> assertThat(f.getText()).contains("— ").contains(" —"));
    }

    @Test
    @DisplayName("红色发文机关标志和双线，2号小标宋标题，3号仿宋正文，一、黑体，（一）楷体，抄送4号仿宋以句号结尾")
    void typefaces() {
        XWPFParagraph head = doc.getParagraphs().get(0);
        assertThat(head.getText()).isEqualTo("南昌市新建区卫生健康委员会");
        assertThat(head.getRuns().get(0).getColor()).isEqualTo("FF0000");
        assertThat(head.getCTP().getPPr().getPBdr().getBottom().getVal()).isEqualTo(STBorder.THICK_THIN_SMALL_GAP);
        XWPFParagraph title = paragraph("关于区人大二届四次会议第43号建议的答复");
        assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        assertFont(title, DocxLetterRenderer.XIAOBIAOSONG, 22);
        assertFont(paragraph("尊敬的程绮南代表："), DocxLetterRenderer.FANGSONG, 16);
        assertFont(paragraph("一、落实生育政策，构建友好生育环境"), DocxLetterRenderer.HEITI, 16);
        XWPFParagraph body = paragraph("最后，感谢您对卫生健康事业的关心与支持！");
        assertFont(body, DocxLetterRenderer.FANGSONG, 16);
        assertThat(body.getIndentationFirstLine()).as("two characters").isEqualTo(640);
        XWPFParagraph docNo = paragraph("新卫提字〔2024〕1号");
        assertThat(docNo.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
        assertThat(paragraph("分类：A").getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
        XWPFParagraph copy = paragraph("抄送：区人大常委会选举任免联络办公室，区政府督查室。");
        assertFont(copy, DocxLetterRenderer.FANGSONG, 14);
        assertThat(copy.getText()).endsWith("。");
        assertThat(paragraph("2024年6月20日").getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
    }

    @Test
    @DisplayName("正文依次包含参考文件从文号到邮政编码的每一行，之后是征询意见表，满意已勾选")
    void readsLikeTheReferenceDocument() throws Exception {
        List<String> reference = ReferenceDocument.letterLines();
        String text = normalize(String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList()));
        int at = 0;
        for (String line : reference) {
            int found = text.indexOf(normalize(line), at);
            assertThat(found).as("reference line in order: " + line).isGreaterThanOrEqualTo(0);
            at = found + normalize(line).length();
        }
        XWPFTable form = doc.getTables().get(0);
        assertThat(form.getText()).contains("代表人姓名").contains("程绮南").contains("通讯地址").contains("邮政编码")
                .contains("建议内容").contains("关于健全生育服务保障机制的建议").contains("承办单位").contains("电话")
                .contains("83752009").contains("330100").contains("代表对办理情况的意见");
        assertThat(form.getRow(4).getCell(1).getText()).as("满意").isEqualTo("☑");
        assertThat(form.getRow(4).getCell(3).getText()).as("基本满意").isEqualTo("□");
        assertThat(form.getRow(4).getCell(5).getText()).as("不满意").isEqualTo("□");
        assertThat(text).contains("建议人签名：程绮南").contains("2024年6月28日");
        int formStart = text.indexOf("人大代表建议办理情况征询意见表", text.indexOf("邮政编码：330100"));
        assertThat(formStart).as("the form follows the letter").isGreaterThan(0);
        assertThat(doc.getParagraphs().stream().filter(XWPFParagraph::isPageBreak).count())
                .as("the form starts a page").isEqualTo(1);
    }

    private static String normalize(String text) {
        return text.replaceAll("\\s+", "");
    }

    private XWPFParagraph paragraph(String text) {
        return doc.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + text));
    }

    private static void assertFont(XWPFParagraph p, String font, double points) {
        for (XWPFRun run : p.getRuns()) {
            assertThat(run.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo(font);
            assertThat(run.getFontFamily(XWPFRun.FontCharRange.ascii)).isEqualTo(font);
            assertThat(run.getFontSizeAsDouble()).isEqualTo(points);
        }
    }

    private static double mm(Object twips) {
        return ((BigInteger) twips).doubleValue() / 1440 * 25.4;
    }
}
